import { describe, expect, it } from 'vitest';
import type { Me } from '../lib/me.ts';
import { currentTenantSlug } from './current-tenant.ts';

const membership = (slug: string) => ({ tenantId: slug, slug, name: slug, role: 'viewer' as const });
const me = (...slugs: string[]): Me =>
  ({
    user: { id: 'u', email: 'a@b.se', name: 'A' },
    globalRoles: [],
    memberships: slugs.map(membership),
  }) as unknown as Me;

describe('currentTenantSlug', () => {
  it("is the förbund in the address when the user is a member, and none on someone else's", () => {
    expect(currentTenantSlug(me('gavleborg', 'insjoriket'), 'insjoriket', 'gavleborg')).toBe('insjoriket');
    expect(currentTenantSlug(me('gavleborg'), 'insjoriket', 'gavleborg')).toBeNull();
  });

  it('outside a förbund keeps the one the user was last in, if still a member', () => {
    expect(currentTenantSlug(me('gavleborg', 'insjoriket'), null, 'insjoriket')).toBe('insjoriket');
    expect(currentTenantSlug(me('gavleborg', 'insjoriket'), null, 'borttaget')).toBeNull();
    expect(currentTenantSlug(me('gavleborg', 'insjoriket'), null, null)).toBeNull();
  });

  it("falls back to the user's only förbund, and to none without one", () => {
    expect(currentTenantSlug(me('gavleborg'), null, null)).toBe('gavleborg');
    expect(currentTenantSlug(me('gavleborg'), null, 'annat')).toBe('gavleborg');
    expect(currentTenantSlug(me(), null, 'gavleborg')).toBeNull();
  });
});
