import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/me.ts';
import { startDestination } from './start-destination.ts';

const membership = (slug: string) => ({ tenantId: slug, slug, name: slug, role: 'editor' as const });
const me = (overrides: Partial<Me>): Me => ({
  user: { id: 'u', email: 'a@b.se', name: 'A' },
  globalRoles: [],
  memberships: [],
  ...overrides,
});

describe('startDestination', () => {
  it('sends a member of one förbund straight to it', () => {
    expect(startDestination(me({ memberships: [membership('gavleborg')] }))).toBe('/f/gavleborg');
  });

  it('lets a member of several förbund choose', () => {
    expect(startDestination(me({ memberships: [membership('gavleborg'), membership('insjoriket')] }))).toBe(
      '/valj-forbund',
    );
  });

  it('sends the national network to the national views', () => {
    expect(startDestination(me({ globalRoles: ['network'] }))).toBe('/nationellt');
  });

  it('sends a platform admin to platform administration', () => {
    expect(startDestination(me({ globalRoles: ['platform_admin'] }))).toBe('/plattform');
  });

  it('has nowhere to send an account without förbund or role', () => {
    expect(startDestination(me({}))).toBeNull();
  });
});
