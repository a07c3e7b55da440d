import type { Me } from '../lib/me.ts';

/**
 * The förbund whose menu the frame shows. On a förbund's own pages (`/f/<slug>/…`) that förbund,
 * if the user is a member (on the no-access page a menu would lead nowhere). On the pages outside
 * any förbund (/nationellt, /katalog, /profil) the one the user was last in, or their only one, so
 * that leaving for the national views does not lose the way back.
 */
export function currentTenantSlug(
  me: Me,
  urlSlug: string | null,
  rememberedSlug: string | null,
): string | null {
  const isMember = (slug: string | null) =>
    slug !== null && me.memberships.some((membership) => membership.slug === slug);
  if (urlSlug !== null) return isMember(urlSlug) ? urlSlug : null;
  if (isMember(rememberedSlug)) return rememberedSlug;
  return me.memberships.length === 1 ? (me.memberships[0]?.slug ?? null) : null;
}

// Per tab (sessionStorage): two tabs may work in two förbund. Only a slug, checked against the
// user's memberships on every read, so the next person at the computer gains nothing from it.
const storageKey = 'samsyn.currentTenant';

export function rememberedTenantSlug(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

export function rememberTenantSlug(slug: string): void {
  try {
    globalThis.sessionStorage?.setItem(storageKey, slug);
  } catch {
    // Storage refused (private mode): outside a förbund the menu falls back to the only förbund.
  }
}
