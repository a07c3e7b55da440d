import type { Me } from '../lib/me.ts';
import type { MessageKey } from '../lib/message-key.ts';

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Active only on exactly this path (the overview), not on pages below it. */
  end?: boolean;
}

/**
 * The main navigation. With a current förbund (inside it, or on /nationellt, /katalog and /profil
 * after being in it): its pages and the national views. Without one: the pages of the user's
 * global roles.
 */
export function navItemsFor(me: Me, tenantSlug: string | null): NavItem[] {
  if (tenantSlug) {
    const items: NavItem[] = [{ to: `/f/${tenantSlug}`, label: 'nav.overview', end: true }];
    items.push({ to: `/f/${tenantSlug}/ekonomi`, label: 'economy.title' });
    items.push({ to: `/f/${tenantSlug}/insatser`, label: 'interventions.title' });
    items.push({ to: `/f/${tenantSlug}/ansokningar`, label: 'applications.title' });
    items.push({ to: `/f/${tenantSlug}/plan`, label: 'plan.title' });
    items.push({ to: `/f/${tenantSlug}/moten`, label: 'board.title' });
    items.push({ to: `/f/${tenantSlug}/rapporter`, label: 'periodReports.title' });
    items.push({ to: `/f/${tenantSlug}/jamforelse`, label: 'nationalViews.compareNav' });
    // The national views are open to every member of an active förbund (nationalViewerProcedure).
    items.push({ to: '/nationellt', label: 'nav.national' });
    // Team, settings, log and outbox sit behind one entry, for the förbund's admins only.
    const role = me.memberships.find((membership) => membership.slug === tenantSlug)?.role;
    if (role === 'admin') items.push({ to: `/f/${tenantSlug}/administration`, label: 'nav.administration' });
    return items;
  }
  const items: NavItem[] = [];
  if (me.globalRoles.includes('network')) {
    items.push({ to: '/nationellt', label: 'nav.national' });
    items.push({ to: '/katalog', label: 'nationalViews.catalogueTitle' });
  }
  if (me.globalRoles.includes('platform_admin')) items.push({ to: '/plattform', label: 'nav.platform' });
  return items;
}
