import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { freshDatabaseForThisFile, newSessionCookie } from './fresh-database.ts';

/** Every demo account's password (demo mode only). */
export const DEMO_PASSWORD = 'samsyn-demo';

/**
 * A spec file's first login gives it a clean clone of the demo database (support/fresh-database.ts);
 * the sessions of the database replaced are forgotten with it.
 */
async function startOfFile(): Promise<void> {
  if (await freshDatabaseForThisFile()) sessions.clear();
}

/** Fills in and sends the login form on the page the browser is on (the login page). */
export async function submitLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await startOfFile();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/**
 * Logs in through the login form and waits until the app has moved on from it. For the tests of
 * logging in and of sessions themselves (each call is a new session); the others use `logIn`.
 */
export async function logInThroughForm(page: Page, email: string): Promise<void> {
  await startOfFile();
  await page.goto('/logga-in');
  await submitLogin(page, email);
  await expect(page).not.toHaveURL(/\/logga-in/);
}

/** A cookie as the browser context takes it. */
type SessionCookie = Parameters<BrowserContext['addCookies']>[0][number];

/**
 * Each account's session cookie in this spec file (a worker runs its specs one after another
 * against its own server and database, and each file starts on a clean database). Reusing the
 * session is what a returning user's browser does.
 */
const sessions = new Map<string, SessionCookie>();

/** Whether the browser's cookies carry a live session (asked the way the app asks, `auth.me`). */
async function hasLiveSession(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const response = await fetch('/trpc/auth.me');
    const body = (await response.json()) as { result?: { data?: unknown } };
    return response.ok && Boolean(body.result?.data);
  });
}

/**
 * Opens `path` as `email` without the login form: with this file's session for the account while
 * it lives, else with a new one that support/databases.ts opens in this worker's database (no
 * password hash, no login page). The cookie replaces any other account's session cookie in the
 * browser. Returns false, having opened nothing, where there is no control server to ask.
 */
async function openWithSession(page: Page, email: string, path: string): Promise<boolean> {
  const kept = sessions.get(email);
  if (kept) {
    await page.context().addCookies([kept]);
    await page.goto(path);
    if (await hasLiveSession(page)) return true;
    // A test ended it (logged out, or ended the account's other sessions).
    sessions.delete(email);
  }
  const opened = await newSessionCookie(email);
  if (!opened) return false;
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('the project has no baseURL to put the session cookie on');
  // As the API sets it (auth/cookie.ts) and the browser then keeps it: for this host only, on every
  // path, HttpOnly, Secure (localhost counts as secure), Lax, gone when the browser closes.
  const cookie: SessionCookie = {
    ...opened,
    domain: new URL(baseURL).hostname,
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
  };
  await page.context().addCookies([cookie]);
  sessions.set(email, cookie);
  await page.goto(path);
  return true;
}

/**
 * Logs in as `email` and leaves the page where the app sends a freshly logged-in user (`/`, which
 * the login page moves a live session on to). Puts a session cookie in the browser instead of
 * sending the form (`openWithSession`); `logInThroughForm` is for the tests of logging in.
 */
export async function logIn(page: Page, email: string): Promise<void> {
  await startOfFile();
  if (!(await openWithSession(page, email, '/'))) {
    // Another account's live session in this browser would move the login page on to `/`.
    await page.context().clearCookies();
    await logInThroughForm(page, email);
  }
  await expect(page).not.toHaveURL(/\/logga-in/);
}

/**
 * Logs in as `email` and opens `path` directly, as a returning user's bookmark would: the page
 * itself is the first load. Cheaper than `logIn` and then `page.goto(path)`, which first loads the
 * landing page (Översikt, with all its figures). Without a control server it sends the login form
 * from `/logga-in?next=<path>`, which the app follows to `path`.
 */
export async function logInAt(page: Page, email: string, path: string): Promise<void> {
  await startOfFile();
  if (await openWithSession(page, email, path)) return;
  await page.context().clearCookies();
  await page.goto(`/logga-in?next=${encodeURIComponent(path)}`);
  await submitLogin(page, email);
  await expect(page).not.toHaveURL(/\/logga-in/);
}
