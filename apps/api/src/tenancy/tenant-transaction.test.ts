import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RequestSession } from '../auth/request-session.ts';
import { newInterventionInput } from '../testing/intervention-input.ts';
import { outcomeOf } from '../testing/test-api.ts';
import { useTestApi } from '../testing/use-test-api.ts';
import { inTenantTransaction } from './tenant-transaction.ts';

/**
 * A session that entered a förbund once sends its next requests' work right behind the check
 * (the entry cache). These tests change what was remembered behind the session's back — role,
 * membership, förbund, session — and show each change takes effect on the very next request,
 * with nothing of a refused write kept.
 */
const env = useTestApi();
const tenant = 'harnosand-timra';
const editorEmail = 'editor@harnosand-timra.demo';

const newIntervention = (name: string) => ({ tenant, ...newInterventionInput(name) });

const interventionsNamed = async (name: string) => {
  const [row] = await env.superuser<{ n: number }[]>`
    select count(*)::int as n from interventions i join tenants t on t.id = i.tenant_id
    where t.slug = ${tenant} and i.name = ${name}`;
  return row?.n;
};

const membership = (email: string) => env.superuser`
  select m.* from memberships m join users u on u.id = m.user_id join tenants t on t.id = m.tenant_id
  where u.email = ${email} and t.slug = ${tenant}`;

beforeAll(async () => {});
afterEach(async () => {
  await env.superuser`
    update memberships m set role = 'editor', is_active = true
    from users u, tenants t
    where m.user_id = u.id and u.email = ${editorEmail} and m.tenant_id = t.id and t.slug = ${tenant}`;
  await env.superuser`update tenants set status = 'active', name = 'Samordningsförbundet Härnösand-Timrå' where slug = ${tenant}`;
});

describe('a remembered entry into a förbund', () => {
  it('refuses a write once the role is lowered, keeps nothing of it, and reads show the new role', async () => {
    const editor = await env.api.callerFor(editorEmail);
    expect((await editor.tenant.get({ tenant })).role).toBe('editor');
    await editor.interventions.create(newIntervention('Före rollbytet'));
    expect(await interventionsNamed('Före rollbytet')).toBe(1);

    const [before] = await membership(editorEmail);
    expect(before?.role).toBe('editor');
    await env.superuser`update memberships set role = 'viewer' where user_id = ${before?.user_id} and tenant_id = ${before?.tenant_id}`;

    expect((await editor.tenant.get({ tenant })).role).toBe('viewer');
    expect(await outcomeOf(editor.interventions.create(newIntervention('Efter rollbytet')))).toBe(
      'FORBIDDEN',
    );
    expect(await interventionsNamed('Efter rollbytet')).toBe(0);
  });

  it('shows a renamed förbund under its new name on the next request', async () => {
    const viewer = await env.api.callerFor('viewer@harnosand-timra.demo');
    expect((await viewer.tenant.get({ tenant })).name).toBe('Samordningsförbundet Härnösand-Timrå');
    await env.superuser`update tenants set name = 'Samordningsförbundet Höga kusten' where slug = ${tenant}`;
    expect((await viewer.tenant.get({ tenant })).name).toBe('Samordningsförbundet Höga kusten');
  });

  it('refuses the next request once the membership is deactivated or the förbund suspended', async () => {
    const editor = await env.api.callerFor(editorEmail);
    await editor.tenant.get({ tenant });
    const [row] = await membership(editorEmail);
    await env.superuser`update memberships set is_active = false where user_id = ${row?.user_id} and tenant_id = ${row?.tenant_id}`;
    expect(await outcomeOf(editor.tenant.get({ tenant }))).toBe('FORBIDDEN');
    expect(await outcomeOf(editor.interventions.create(newIntervention('Utan medlemskap')))).toBe(
      'FORBIDDEN',
    );
    expect(await interventionsNamed('Utan medlemskap')).toBe(0);

    await env.superuser`update memberships set is_active = true where user_id = ${row?.user_id} and tenant_id = ${row?.tenant_id}`;
    await editor.tenant.get({ tenant });
    await env.superuser`update tenants set status = 'suspended' where slug = ${tenant}`;
    expect(await outcomeOf(editor.tenant.get({ tenant }))).toBe('FORBIDDEN');
  });

  it('refuses the next request once the session has ended (UNAUTHORIZED)', async () => {
    const token = await env.api.login(editorEmail);
    const editor = await env.api.caller(token);
    await editor.tenant.get({ tenant });
    await env.superuser`delete from sessions where id = ${token.split('.')[0] ?? ''}`;
    expect(await outcomeOf(editor.tenant.get({ tenant }))).toBe('UNAUTHORIZED');
    expect(await outcomeOf(editor.interventions.create(newIntervention('Utan session')))).toBe(
      'UNAUTHORIZED',
    );
    expect(await interventionsNamed('Utan session')).toBe(0);
  });

  it('refuses a forged secret even for a session id that entered before', async () => {
    const token = await env.api.login(editorEmail);
    await (await env.api.caller(token)).tenant.get({ tenant });
    const [id] = token.split('.');
    const forged = await env.api.caller(`${id}.${'a'.repeat(24)}`);
    expect(await outcomeOf(forged.tenant.get({ tenant }))).toBe('UNAUTHORIZED');
    expect(await outcomeOf(forged.interventions.create(newIntervention('Förfalskad')))).toBe('UNAUTHORIZED');
    expect(await interventionsNamed('Förfalskad')).toBe(0);
  });
});

describe('a read (readOnly)', () => {
  const probes = async () => {
    const [row] = await env.superuser<{ n: number }[]>`
      select count(*)::int as n from audit_log where action = 'test.readOnlyProbe'`;
    return row?.n;
  };
  const writeProbe = async (readOnly: boolean) => {
    const token = await env.api.login(editorEmail);
    const session = new RequestSession(env.api.sql, token, env.api.config.session);
    return inTenantTransaction(
      env.api.sql,
      { session, requestId: `test-${crypto.randomUUID()}`, slug: tenant, minRole: 'editor', readOnly },
      (tx) => tx`
        insert into audit_log (tenant_id, actor_user_id, action, entity)
        values (current_tenant_id(), current_user_id(), 'test.readOnlyProbe', 'probe')`,
    );
  };

  it('runs READ ONLY: PostgreSQL refuses its writes and nothing is kept', async () => {
    await expect(writeProbe(true)).rejects.toMatchObject({ code: '25006' });
    expect(await probes()).toBe(0);
    // The same work as a mutation is kept: the refusal above is the transaction's, not the role's.
    await writeProbe(false);
    expect(await probes()).toBe(1);
  });
});
