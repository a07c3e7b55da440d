/** Where the login page sends you when no (usable) `next` is given. */
export const DEFAULT_AFTER_LOGIN = '/';

const LOGIN_PATH = '/logga-in';

/**
 * The path to return to after login, from an untrusted `?next=` value. Only same-site relative
 * paths pass (`/f/gavleborg?x=1#y`); anything that could leave the site (`//evil.example`,
 * `/\evil.example`, `https://…`, `javascript:…`) or loop back to the login page gives the default.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 2000) return DEFAULT_AFTER_LOGIN;
  // Browsers treat a backslash like a slash and drop tabs and newlines, so `/\x` and `/\t/x` are
  // protocol-relative URLs in disguise; control characters have no business in a path anyway.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (!raw.startsWith('/') || raw.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(raw)) {
    return DEFAULT_AFTER_LOGIN;
  }
  const base = 'https://samsyn.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (url.origin !== base) return DEFAULT_AFTER_LOGIN;
  if (url.pathname === LOGIN_PATH || url.pathname.startsWith(`${LOGIN_PATH}/`)) return DEFAULT_AFTER_LOGIN;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login URL that brings the user back to `path` afterwards. */
export function loginPathFor(path: string): string {
  const next = safeNextPath(path);
  return next === DEFAULT_AFTER_LOGIN ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}
