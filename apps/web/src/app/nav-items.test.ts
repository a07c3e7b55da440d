import { describe, expect, it } from 'vitest';
import type { Me } from '../lib/me.ts';
import { navItemsFor } from './nav-items.ts';

const me = (globalRoles: Me['globalRoles']): Me => ({
  user: { id: 'u', email: 'a@b.se', name: 'A' },
  globalRoles,
  memberships: [],
});

describe('navItemsFor', () => {
  it("lists the förbund's pages inside a förbund", () => {
    expect(navItemsFor(me([]), 'gavleborg')).toEqual([
      { to: '/f/gavleborg', label: 'nav.overview', end: true },
      { to: '/f/gavleborg/ekonomi', label: 'economy.title' },
      { to: '/f/gavleborg/insatser', label: 'interventions.title' },
      { to: '/f/gavleborg/ansokningar', label: 'applications.title' },
      { to: '/f/gavleborg/plan', label: 'plan.title' },
      { to: '/f/gavleborg/moten', label: 'board.title' },
      { to: '/f/gavleborg/rapporter', label: 'periodReports.title' },
      { to: '/f/gavleborg/jamforelse', label: 'nationalViews.compareNav' },
      { to: '/nationellt', label: 'nav.national' },
    ]);
  });

  it("lists the global roles' pages outside a förbund", () => {
    expect(navItemsFor(me(['network']), null).map((item) => item.to)).toEqual(['/nationellt', '/katalog']);
    expect(navItemsFor(me(['platform_admin']), null).map((item) => item.to)).toEqual(['/plattform']);
    expect(navItemsFor(me([]), null)).toEqual([]);
  });
});
