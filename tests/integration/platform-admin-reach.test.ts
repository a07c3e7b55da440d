import { createHash } from 'node:crypto';
import { type Caller, createTestApi, outcomeOf, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 17, point 5: the platform admin never reaches a förbund's data — not through the outbox
 * (whoever reads an invitation link can take the invitation), not by inviting themselves, not by
 * accepting an invitation to their address, not by a membership written behind the API's back.
 */
const db = useTestDatabase();
let api: TestApi;
let superuser: Sql;
let platform: Caller;
let gavleborgAdmin: Caller;

const onboardInput = {
  name: 'Samordningsförbundet Räckvidd',
  orgNumber: '222000-3137',
  slug: 'rackvidd',
  countyCode: '03',
  municipalityCodes: ['0380'],
  firstAdminEmail: 'chef@rackvidd.test',
};

/** The invitation secret as it was queued for `email` (read as the database's operator). */
async function queuedToken(email: string): Promise<string> {
  const [mail] = await superuser<{ text: string }[]>`
    select body_text as text from mail_outbox where to_address = ${email} order by id desc limit 1`;
  const token = /\/inbjudan#([a-z2-7]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no invitation queued for ${email}`);
  return token;
}

const reasonOf = async (call: Promise<unknown>) =>
  call.then(
    () => 'succeeded',
    (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`,
  );

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  platform = await api.callerFor('platform@samsyn.demo');
  gavleborgAdmin = await api.callerFor('admin@gavleborg.demo');
  await platform.platform.tenants.onboard(onboardInput);
  await gavleborgAdmin.team.invitations.create({
    tenant: 'gavleborg',
    email: 'ny@gavleborg.test',
    role: 'editor',
  });
});
afterAll(async () => {
  await api.close();
  await superuser.end();
});

describe('the outbox shows each reader the mail of their own scope, never a secret', () => {
  it('shows the platform its onboarding invitation with the link’s secret blanked out', async () => {
    const token = await queuedToken('chef@rackvidd.test');
    const outbox = await platform.platform.outbox();
    const mail = outbox.find((m) => m.to === 'chef@rackvidd.test');
    expect(mail?.text).toContain('/inbjudan#••••••');
    expect(JSON.stringify(outbox)).not.toContain(token);
  });

  it('shows the platform no förbund’s own mail', async () => {
    const outbox = await platform.platform.outbox();
    expect(outbox.map((m) => m.to)).not.toContain('ny@gavleborg.test');
  });

  it('shows a förbund admin the förbund’s mail, secret blanked out, and nobody else’s', async () => {
    const token = await queuedToken('ny@gavleborg.test');
    const outbox = await gavleborgAdmin.outbox.list({ tenant: 'gavleborg' });
    expect(outbox.find((m) => m.to === 'ny@gavleborg.test')?.text).toContain('/inbjudan#••••••');
    expect(JSON.stringify(outbox)).not.toContain(token);
    expect(outbox.map((m) => m.to)).not.toContain('chef@rackvidd.test');
    const harnosand = await api.callerFor('admin@harnosand-timra.demo');
    const theirs = await harnosand.outbox.list({ tenant: 'harnosand-timra' });
    expect(theirs.map((m) => m.to)).not.toContain('ny@gavleborg.test');
  });
});

describe('the platform admin cannot obtain a session in any förbund', () => {
  it('cannot onboard a förbund with themselves as its first admin, and nothing is created', async () => {
    const attempt = platform.platform.tenants.onboard({
      ...onboardInput,
      slug: 'egen',
      firstAdminEmail: 'platform@samsyn.demo',
    });
    expect(await reasonOf(attempt)).toBe('BAD_REQUEST: invitation.platformAdmin');
    expect(await superuser`select 1 from tenants where slug = 'egen'`).toHaveLength(0);
  });

  it('cannot be invited by a förbund admin', async () => {
    const attempt = gavleborgAdmin.team.invitations.create({
      tenant: 'gavleborg',
      email: 'platform@samsyn.demo',
      role: 'viewer',
    });
    expect(await reasonOf(attempt)).toBe('BAD_REQUEST: invitation.platformAdmin');
  });

  it('cannot accept an invitation to their address that was written behind the API’s back', async () => {
    const token = 'a'.repeat(48);
    await superuser`
      insert into invitations (tenant_id, email, role, token_hash)
      select id, 'platform@samsyn.demo', 'admin', decode(${createHash('sha256').update(token).digest('hex')}, 'hex')
      from tenants where slug = 'gavleborg'`;
    const anonymous = await api.caller();
    const attempt = anonymous.invitation.accept({ token, password: 'samsyn-demo' });
    expect(await reasonOf(attempt)).toBe('FORBIDDEN: invitation.platformAdmin');
  });

  it('is refused a membership by the database itself, whichever code writes it', async () => {
    const owner = createSql(db.current.ownerUrl, { max: 1 });
    try {
      const insert = owner.begin(async (tx) => {
        const [tenant] = await superuser<{ id: string }[]>`select id from tenants where slug = 'gavleborg'`;
        await tx`select set_config('app.tenant_id', ${tenant?.id ?? ''}, true)`;
        await tx`
          insert into memberships (tenant_id, user_id, role)
          select ${tenant?.id ?? ''}::uuid, id, 'admin' from users where email = 'platform@samsyn.demo'`;
      });
      await expect(insert).rejects.toMatchObject({ code: '42501' });
    } finally {
      await owner.end();
    }
  });

  it('cannot turn a member of a förbund into a platform admin', async () => {
    const grant = superuser`
      insert into user_global_roles (user_id, role)
      select id, 'platform_admin' from users where email = 'editor@gavleborg.demo'`;
    await expect(grant).rejects.toMatchObject({ code: '42501' });
  });

  it('has no membership and is refused by every förbund', async () => {
    const me = await platform.auth.me();
    expect(me?.memberships).toEqual([]);
    const slugs = await superuser<{ slug: string }[]>`select slug from tenants where status = 'active'`;
    expect(slugs.length).toBeGreaterThan(40);
    for (const { slug } of slugs) {
      expect(await outcomeOf(platform.tenant.get({ tenant: slug })), slug).toBe('FORBIDDEN');
    }
  });
});
