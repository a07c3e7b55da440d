import { describe, expect, it } from 'vitest';
import { useCaller } from './support/use-caller.ts';

/**
 * "Senast aktiv" on the team page: a user's last activity stays known after her sessions end
 * (logout, expiry, deactivation), instead of falling back to "–" (issue 24).
 */
const admin = useCaller('admin@gavleborg.demo');
const tenant = 'gavleborg';

const lastActiveOf = async (email: string) =>
  (await admin.caller.team.list({ tenant })).find((member) => member.email === email)?.lastActiveAt ?? null;

describe('the team’s last activity', () => {
  it('is kept after the user logs out', async () => {
    const editor = await admin.api.callerFor('editor@gavleborg.demo');
    const whileLoggedIn = await lastActiveOf('editor@gavleborg.demo');
    expect(whileLoggedIn).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    await editor.auth.logout();
    expect(await lastActiveOf('editor@gavleborg.demo')).toBe(whileLoggedIn);
  });

  it('is kept when a deactivation ends every session of the user', async () => {
    await admin.api.callerFor('viewer@gavleborg.demo');
    const whileLoggedIn = await lastActiveOf('viewer@gavleborg.demo');
    expect(whileLoggedIn).not.toBeNull();
    const viewer = (await admin.caller.team.list({ tenant })).find(
      (m) => m.email === 'viewer@gavleborg.demo',
    );
    if (!viewer) throw new Error('no demo viewer in Gävleborg');
    await admin.caller.team.setActive({
      tenant,
      userId: viewer.userId,
      isActive: false,
      expectedVersion: viewer.version,
    });
    expect(await lastActiveOf('viewer@gavleborg.demo')).toBe(whileLoggedIn);
  });
});
