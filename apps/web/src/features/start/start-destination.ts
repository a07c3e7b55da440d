import type { Me } from '../../lib/me.ts';

/**
 * Where `/` sends a logged-in user: straight into their only förbund, to the picker when they have
 * several, to their global role's start page when they have none; null when there is nowhere to go.
 */
export function startDestination(me: Me): string | null {
  const [first, ...rest] = me.memberships;
  if (first && rest.length === 0) return `/f/${first.slug}`;
  if (first) return '/valj-forbund';
  if (me.globalRoles.includes('network')) return '/nationellt';
  if (me.globalRoles.includes('platform_admin')) return '/plattform';
  return null;
}
