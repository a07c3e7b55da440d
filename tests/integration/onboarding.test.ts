import { createApp, createLogger, loadConfig } from '@samsyn/api';
import { type Caller, outcomeOf } from '@samsyn/api/testing';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tenantTables } from './support/catalogue.ts';
import { useCaller } from './support/use-caller.ts';

/**
 * From platform admin to working office, through the procedures the web app calls: onboard a
 * förbund, accept the invitation from the outbox, build the team, and the rules along the way.
 * The tests in this file build on each other, in order.
 */
const platform = useCaller('platform@samsyn.demo');
let newAdmin: Caller;
let newAdminToken: string;
const slug = 'test';

const tokenFromMail = (text: string) => {
  const token = /\/inbjudan#([a-z2-7]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no invitation link in: ${text}`);
  return token;
};
/**
 * The newest mail to `email` as it was queued, link and all. Read from the database, as the
 * machine's operator would (`pnpm samsyn outbox`): no outbox reader sees an invitation's secret.
 */
async function latestMailTo(email: string) {
  const [mail] = await platform.superuser<{ to: string; subject: string; text: string }[]>`
    select to_address as to, subject, body_text as text from mail_outbox
    where to_address = ${email} order by id desc limit 1`;
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

describe('onboarding a förbund', () => {
  const input = {
    name: 'Samordningsförbundet Test',
    orgNumber: '222000-3137',
    slug,
    countyCode: '03',
    municipalityCodes: ['0380', '0381', '0382'],
    firstAdminEmail: 'Chef@Test.se',
  };

  it('rejects an organisation number with a wrong check digit, naming the problem', async () => {
    const error = await platform.caller.platform.tenants
      .onboard({ ...input, orgNumber: '222000-3136' })
      .catch((e) => e);
    expect(error.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(error.cause?.issues ?? error.message)).toContain('orgNumber.checkDigit');
    expect(await platform.caller.platform.tenants.isSlugAvailable({ slug })).toBe(true);
  });

  it('refuses a slug that is taken', async () => {
    expect(await outcomeOf(platform.caller.platform.tenants.onboard({ ...input, slug: 'gavleborg' }))).toBe(
      'CONFLICT',
    );
  });

  it('creates the förbund with FK, AF, the region and the three municipalities, and invites its admin', async () => {
    const created = await platform.caller.platform.tenants.onboard(input);
    expect(created.slug).toBe(slug);
    const members = await platform.superuser<{ name: string; kind: string }[]>`
      select m.name, m.kind from members m join tenants t on t.id = m.tenant_id where t.slug = ${slug} order by m.name`;
    expect(members.map((m) => m.name)).toEqual([
      'Arbetsförmedlingen',
      'Enköpings kommun',
      'Försäkringskassan',
      'Region Uppsala',
      'Uppsala kommun',
      'Östhammars kommun',
    ]);
    const listed = (await platform.caller.platform.tenants.list()).find((t) => t.slug === slug);
    expect(listed).toMatchObject({ name: 'Samordningsförbundet Test', status: 'active', activeUsers: 0 });
    const mail = await latestMailTo('chef@test.se');
    expect(mail.subject).toBe('Inbjudan till Samordningsförbundet Test i Samsyn');
  });

  it('stores the invitation secret only as a hash', async () => {
    const token = tokenFromMail((await latestMailTo('chef@test.se')).text);
    const rows =
      await platform.superuser`select encode(token_hash, 'hex') as hash from invitations where email = 'chef@test.se'`;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.hash).not.toContain(token);
  });

  it('lets the invitee see what they are invited to, and accept with a name and password', async () => {
    const token = tokenFromMail((await latestMailTo('chef@test.se')).text);
    const anonymous = await platform.api.caller();
    expect(await anonymous.invitation.get({ token })).toEqual({
      tenantName: 'Samordningsförbundet Test',
      email: 'chef@test.se',
      role: 'admin',
      state: 'open',
      hasAccount: false,
    });
    expect(await outcomeOf(anonymous.invitation.accept({ token, name: 'Kim Chef', password: 'kort' }))).toBe(
      'BAD_REQUEST',
    );
    // Accepted in a browser someone else was logged in to: their session ends with the new cookie.
    const previousUser = await platform.api.login('viewer@gavleborg.demo');
    const sharedBrowser = await platform.api.caller(previousUser);
    expect(
      await sharedBrowser.invitation.accept({ token, name: 'Kim Chef', password: 'ett långt lösenord' }),
    ).toEqual({
      tenantSlug: slug,
    });
    expect(await (await platform.api.caller(previousUser)).auth.me()).toBeNull();
    newAdminToken = await platform.api.login('chef@test.se', 'ett långt lösenord');
    newAdmin = await platform.api.caller(newAdminToken);
    expect((await newAdmin.auth.me())?.memberships.map((m) => [m.slug, m.role])).toEqual([[slug, 'admin']]);
  });

  it('accepts an invitation only once', async () => {
    const token = tokenFromMail((await latestMailTo('chef@test.se')).text);
    expect((await (await platform.api.caller()).invitation.get({ token })).state).toBe('accepted');
    expect(
      await outcomeOf(
        (await platform.api.caller()).invitation.accept({ token, name: 'X', password: 'ett långt lösenord' }),
      ),
    ).toBe('CONFLICT');
  });

  it('keeps the platform admin out of the new förbund’s data', async () => {
    expect(await outcomeOf(platform.caller.tenant.get({ tenant: slug }))).toBe('FORBIDDEN');
    expect(await outcomeOf(platform.caller.team.list({ tenant: slug }))).toBe('FORBIDDEN');
  });
});

describe('the new admin builds the team', () => {
  it('invites an editor, who accepts and sees only this förbund', async () => {
    await newAdmin.team.invitations.create({ tenant: slug, email: 'redaktor@test.se', role: 'editor' });
    const token = tokenFromMail((await latestMailTo('redaktor@test.se')).text);
    await (await platform.api.caller()).invitation.accept({
      token,
      name: 'Robin Redaktör',
      password: 'redaktörens lösenord',
    });
    const editor = await platform.api
      .callerFor('redaktor@test.se')
      .catch(async () =>
        platform.api.caller(await platform.api.login('redaktor@test.se', 'redaktörens lösenord')),
      );
    const me = await editor.auth.me();
    expect(me?.memberships.map((m) => m.slug)).toEqual([slug]);
    expect((await editor.tenant.get({ tenant: slug })).members).toHaveLength(6);
    expect(await outcomeOf(editor.tenant.get({ tenant: 'gavleborg' }))).toBe('FORBIDDEN');
    expect(await outcomeOf(editor.team.list({ tenant: slug }))).toBe('FORBIDDEN');
  });

  it('lets an existing account join with its own password, as a second membership', async () => {
    await newAdmin.team.invitations.create({ tenant: slug, email: 'process@samsyn.demo', role: 'viewer' });
    const token = tokenFromMail((await latestMailTo('process@samsyn.demo')).text);
    expect((await (await platform.api.caller()).invitation.get({ token })).hasAccount).toBe(true);
    expect(
      await outcomeOf((await platform.api.caller()).invitation.accept({ token, password: 'fel lösenord!!' })),
    ).toBe('UNAUTHORIZED');
    await (await platform.api.caller()).invitation.accept({ token, password: 'samsyn-demo' });
    const me = await (await platform.api.callerFor('process@samsyn.demo')).auth.me();
    expect(me?.memberships.map((m) => m.slug).sort()).toEqual(['gavleborg', 'insjoriket', slug]);
  });

  it('refuses a revoked or expired invitation', async () => {
    const revoked = await newAdmin.team.invitations.create({
      tenant: slug,
      email: 'angrad@test.se',
      role: 'viewer',
    });
    const revokedToken = tokenFromMail((await latestMailTo('angrad@test.se')).text);
    await newAdmin.team.invitations.revoke({ tenant: slug, invitationId: revoked.id });
    expect((await (await platform.api.caller()).invitation.get({ token: revokedToken })).state).toBe(
      'revoked',
    );

    await newAdmin.team.invitations.create({ tenant: slug, email: 'sen@test.se', role: 'viewer' });
    const lateToken = tokenFromMail((await latestMailTo('sen@test.se')).text);
    await platform.superuser`update invitations set expires_at = now() - interval '1 second' where email = 'sen@test.se'`;
    expect((await (await platform.api.caller()).invitation.get({ token: lateToken })).state).toBe('expired');
    expect(
      await outcomeOf(
        (await platform.api.caller()).invitation.accept({
          token: lateToken,
          name: 'Sen',
          password: 'ett långt lösenord',
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('never leaves the förbund without an admin', async () => {
    const team = await newAdmin.team.list({ tenant: slug });
    const self = team.find((m) => m.email === 'chef@test.se');
    if (!self) throw new Error('admin missing from team');
    const demote = newAdmin.team.changeRole({
      tenant: slug,
      userId: self.userId,
      role: 'editor',
      expectedVersion: self.version,
    });
    expect(await demote.catch((e) => e.message)).toBe('team.lastAdmin');
    expect(
      await outcomeOf(
        newAdmin.team.setActive({
          tenant: slug,
          userId: self.userId,
          isActive: false,
          expectedVersion: self.version,
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('ends a deactivated member’s sessions at once', async () => {
    const editorToken = await platform.api.login('redaktor@test.se', 'redaktörens lösenord');
    const editor = (await newAdmin.team.list({ tenant: slug })).find((m) => m.email === 'redaktor@test.se');
    if (!editor) throw new Error('editor missing');
    await newAdmin.team.setActive({
      tenant: slug,
      userId: editor.userId,
      isActive: false,
      expectedVersion: editor.version,
    });
    expect(await (await platform.api.caller(editorToken)).auth.me()).toBeNull();
  });

  it('gives the second of two edits from the same version a conflict, not a silent overwrite', async () => {
    const settings = await newAdmin.settings.get({ tenant: slug });
    const edit = { ...settings, tenant: slug, equityGoalPercent: 15, expectedVersion: settings.version };
    await newAdmin.settings.update(edit);
    const second = await newAdmin.settings.update({ ...edit, equityGoalPercent: 25 }).catch((e) => e);
    expect(second.code).toBe('CONFLICT');
    expect((await newAdmin.settings.get({ tenant: slug })).equityGoalPercent).toBe(15);
  });

  it('records each change in the förbund’s audit log, with actor and before/after', async () => {
    const log = await newAdmin.audit.list({ tenant: slug, limit: 100 });
    const actions = log.rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'tenant.onboard',
        'invitation.create',
        'invitation.accept',
        'invitation.revoke',
        'membership.deactivate',
        'settings.update',
      ]),
    );
    const settingsEntry = log.rows.find((r) => r.action === 'settings.update');
    expect(settingsEntry?.actorName).toBe('Kim Chef');
    expect(settingsEntry?.before).toMatchObject({ equityGoalPercent: 20 });
    expect(settingsEntry?.after).toMatchObject({ equityGoalPercent: 15 });
  });

  it('changing one’s password ends one’s other sessions but not this one', async () => {
    const other = await platform.api.login('chef@test.se', 'ett långt lösenord');
    await newAdmin.profile.changePassword({
      currentPassword: 'ett långt lösenord',
      newPassword: 'ett nytt långt lösenord',
    });
    expect(await (await platform.api.caller(other)).auth.me()).toBeNull();
    expect((await (await platform.api.caller(newAdminToken)).auth.me())?.user.email).toBe('chef@test.se');
  });
});

describe('the förbund’s lifecycle', () => {
  it('suspends a förbund (members are refused, data kept) and reactivates it', async () => {
    const tenant = (await platform.caller.platform.tenants.list()).find((t) => t.slug === slug);
    if (!tenant) throw new Error('förbund missing');
    const suspended = await platform.caller.platform.tenants.setStatus({
      slug,
      status: 'suspended',
      expectedVersion: tenant.version,
    });
    expect(await outcomeOf(newAdmin.tenant.get({ tenant: slug }))).toBe('FORBIDDEN');
    expect(
      await outcomeOf(
        platform.caller.platform.tenants.setStatus({
          slug,
          status: 'active',
          expectedVersion: tenant.version,
        }),
      ),
    ).toBe('CONFLICT');
    await platform.caller.platform.tenants.setStatus({
      slug,
      status: 'active',
      expectedVersion: suspended.version,
    });
    expect((await newAdmin.tenant.get({ tenant: slug })).members).toHaveLength(6);
  });

  it('exports every table of the förbund as CSV with a manifest whose counts match the database', async () => {
    const app = createApp({ sql: platform.api.sql, config: loadConfig({}), log: createLogger('silent') });
    const response = await app.request(`/api/export/${slug}`, {
      headers: { cookie: `samsyn_session=${newAdminToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
    const [tenant] = await platform.superuser<{ id: string }[]>`select id from tenants where slug = ${slug}`;
    if (!tenant) throw new Error('förbund missing');
    for (const table of await tenantTables(platform.superuser)) {
      const [count] = await platform.superuser.unsafe<{ n: number }[]>(
        `select count(*)::int as n from ${table} where tenant_id = $1`,
        [tenant.id],
      );
      const entry = manifest.tables.find((t: { name: string }) => t.name === table);
      expect(entry?.rows, table).toBe(count?.n);
      const csv = strFromU8(files[`${table}.csv`] as Uint8Array);
      expect(csv.trim().split('\r\n')).toHaveLength((count?.n ?? 0) + 1);
    }
    expect(strFromU8(files['invitations.csv'] as Uint8Array)).not.toContain('token_hash');
  });

  it('exports the förbund to a platform admin on request, and records it in the platform log', async () => {
    const app = createApp({ sql: platform.api.sql, config: loadConfig({}), log: createLogger('silent') });
    const platformToken = await platform.api.login('platform@samsyn.demo');
    const response = await app.request(`/api/export/${slug}`, {
      headers: { cookie: `samsyn_session=${platformToken}` },
    });
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
    expect(manifest.tables.find((t: { name: string }) => t.name === 'members')?.rows).toBe(6);
    const [logged] = await platform.superuser<{ n: number }[]>`
      select count(*)::int as n from platform_audit_log l join tenants t on t.id = l.subject_tenant_id
      where t.slug = ${slug} and l.action = 'tenant.export'`;
    expect(logged?.n).toBe(1);
  });

  it('refuses the export to a member of another förbund', async () => {
    const app = createApp({ sql: platform.api.sql, config: loadConfig({}), log: createLogger('silent') });
    const outsider = await platform.api.login('admin@gavleborg.demo');
    const response = await app.request(`/api/export/${slug}`, {
      headers: { cookie: `samsyn_session=${outsider}` },
    });
    expect(response.status).toBe(403);
  });

  it('deletes only an archived förbund, and then every row of it and nothing of the others', async () => {
    expect(await outcomeOf(platform.caller.platform.tenants.delete({ slug, confirmSlug: slug }))).toBe(
      'CONFLICT',
    );
    const tenant = (await platform.caller.platform.tenants.list()).find((t) => t.slug === slug);
    if (!tenant) throw new Error('förbund missing');
    await platform.caller.platform.tenants.setStatus({
      slug,
      status: 'archived',
      expectedVersion: tenant.version,
    });
    expect(await outcomeOf(platform.caller.platform.tenants.delete({ slug, confirmSlug: 'fel' }))).toBe(
      'BAD_REQUEST',
    );

    const tables = await tenantTables(platform.superuser);
    const snapshot = async () => {
      const result: Record<string, string> = {};
      for (const table of tables) {
        const [row] = await platform.superuser.unsafe<{ n: number; sum: string }[]>(
          `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum
           from ${table} t where tenant_id <> $1`,
          [tenant.id],
        );
        result[table] = `${row?.n}:${row?.sum}`;
      }
      return result;
    };
    const othersBefore = await snapshot();
    const { deletedRows } = await platform.caller.platform.tenants.delete({ slug, confirmSlug: slug });
    expect(deletedRows).toBeGreaterThan(10);
    for (const table of tables) {
      const [row] = await platform.superuser.unsafe<{ n: number }[]>(
        `select count(*)::int as n from ${table} where tenant_id = $1`,
        [tenant.id],
      );
      expect(row?.n, table).toBe(0);
    }
    expect(await platform.superuser`select 1 from tenants where id = ${tenant.id}`).toHaveLength(0);
    expect(await snapshot()).toEqual(othersBefore);
    const events = await platform.caller.platform.audit({ limit: 20 });
    expect(events.rows.map((e) => e.action)).toContain('tenant.delete');
  });
});
