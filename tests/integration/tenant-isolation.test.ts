import { appRouter, type ProcedureMeta } from '@samsyn/api';
import { type Caller, createTestApi, outcomeOf, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRegistry, type Victim } from './support/access-registry.ts';
import { tenantTables } from './support/catalogue.ts';
import { fingerprintChain } from './support/fingerprint-chain.ts';
import { victimApplications } from './support/victim-applications.ts';
import { victimBoard } from './support/victim-board.ts';
import { victimPeriodReports } from './support/victim-period-reports.ts';

/**
 * The tenant-isolation suite: for every procedure in the app router, whoever is not allowed is
 * refused, a member of another förbund gets nothing of the victim's back (not with the victim's
 * slug, not with the victim's ids under their own slug), and the victim's data is byte-for-byte
 * unchanged afterwards.
 */
type AnyProcedure = { _def: { meta?: ProcedureMeta; type: 'query' | 'mutation' | 'subscription' } };
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();
const tenantPaths = paths.filter((path) => procedures[path]?._def.meta?.access === 'tenant');

const db = useTestDatabase();
let api: TestApi;
let superuser: Sql;
let victim: Victim;

/** Calls a procedure by its dotted path. */
function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

/**
 * Row count and checksum of every tenant table, for one förbund, in one round trip: taken before
 * and after each tenant procedure's probes, a query per table was most of the suite's time.
 */
async function fingerprint(tenantId: string): Promise<Record<string, string>> {
  const tables = await tenantTables(superuser);
  const rows = await superuser.unsafe<{ name: string; n: number; sum: string | null }[]>(
    tables
      .map(
        (table) => `select '${table}' as name, count(*)::int as n,
                           md5(string_agg(t::text, '|' order by t::text)) as sum
                    from ${table} t where tenant_id = $1`,
      )
      .join(' union all '),
    [tenantId],
  );
  return Object.fromEntries(rows.map((row) => [row.name, `${row.n}:${row.sum}`]));
}

/**
 * A caller logged in as `email`, one login per account for the whole file: each login is an
 * argon2 hash (≈ 30 ms) and a session, and the suite makes thousands of calls. Nothing here logs
 * out or changes a password, so the sessions stay valid.
 */
const sessionTokens = new Map<string, Promise<string>>();
async function callerFor(email: string) {
  let token = sessionTokens.get(email);
  if (!token) {
    token = api.login(email);
    sessionTokens.set(email, token);
  }
  return api.caller(await token);
}

/** A draft plan of the victim's with one of everything in its tree, for the plans.* probes. */
async function victimPlan(tenantId: string, interventionId: string | undefined) {
  const insert = async (query: Promise<{ id: string }[]>) => {
    const [row] = await query;
    if (!row) throw new Error('victim plan insert returned no row');
    return row.id;
  };
  const planId = await insert(superuser`
    insert into plans (tenant_id, name, first_year, last_year, target_groups)
    values (${tenantId}, 'Gävleborgs målplan 2031', 2031, 2031, '{Unga vuxna}') returning id`);
  const areaId = await insert(superuser`
    insert into plan_areas (tenant_id, plan_id, position, title) values (${tenantId}, ${planId}, 0, 'Område')
    returning id`);
  const goalId = await insert(superuser`
    insert into plan_goals (tenant_id, plan_id, area_id, position, title)
    values (${tenantId}, ${planId}, ${areaId}, 0, 'Mål') returning id`);
  const indicatorId = await insert(superuser`
    insert into plan_indicators (tenant_id, goal_id, position, text, source, comparison, unit)
    values (${tenantId}, ${goalId}, 0, 'Bedöms', 'entered', 'judged', 'none') returning id`);
  const activityId = await insert(superuser`
    insert into plan_activities (tenant_id, goal_id, position, text) values (${tenantId}, ${goalId}, 0, 'Aktivitet')
    returning id`);
  if (interventionId)
    await superuser`insert into plan_goal_interventions (tenant_id, goal_id, intervention_id)
                    values (${tenantId}, ${goalId}, ${interventionId})`;
  return {
    planIds: [planId],
    planAreaIds: [areaId],
    planGoalIds: [goalId],
    planIndicatorIds: [indicatorId],
    planActivityIds: [activityId],
  };
}

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  const [tenant] = await superuser<{ id: string }[]>`select id from tenants where slug = 'gavleborg'`;
  if (!tenant) throw new Error('demo förbund gavleborg missing');
  const members = await superuser<{ id: string }[]>`select id from members where tenant_id = ${tenant.id}`;
  // Users of the victim alone: process@samsyn.demo belongs to Insjöriket too, so may show there.
  const users = await superuser<{ userId: string }[]>`
    select user_id as "userId" from memberships m where tenant_id = ${tenant.id}
      and not exists (select 1 from memberships o where o.user_id = m.user_id and o.tenant_id <> m.tenant_id)`;
  // Something of every kind for the attackers to aim at: an open invitation too.
  const victimAdmin = await callerFor('admin@gavleborg.demo');
  const invitation = await victimAdmin.team.invitations.create({
    tenant: 'gavleborg',
    email: 'kommande@gavleborg.demo',
    role: 'editor',
  });
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const interventionIds = ids(
    await superuser`select id from interventions where tenant_id = ${tenant.id} order by name`,
  );
  const goalIds = ids(
    await superuser`select id from intervention_goals where tenant_id = ${tenant.id} order by id`,
  );
  const localGroupIds = ids(
    await superuser`select id from local_groups where tenant_id = ${tenant.id} order by name`,
  );
  const actualIds = ids(await superuser`select id from actuals where tenant_id = ${tenant.id} order by id`);
  const plan = await victimPlan(tenant.id, interventionIds[0]);
  const planRiskIds = ids(
    await superuser<{ id: string }[]>`
      insert into plan_risks (tenant_id, plan_id, position, event, likelihood, consequence)
      values (${tenant.id}, ${plan.planIds[0] ?? null}, 0, 'Risk', 2, 2) returning id`,
  );
  const board = await victimBoard(superuser, tenant.id, members[0]?.id, interventionIds[0]);
  const applications = await victimApplications(
    superuser,
    tenant.id,
    members.map((m) => m.id),
    users[0]?.userId ?? '',
  );
  const periodReports = await victimPeriodReports(superuser, tenant.id, users[0]?.userId ?? '');
  victim = {
    actualIds,
    ...periodReports,
    ...plan,
    ...board,
    ...applications,
    planRiskIds,
    interventionIds,
    goalIds,
    localGroupIds,
    slug: 'gavleborg',
    tenantId: tenant.id,
    memberIds: members.map((m) => m.id),
    userIds: users.map((u) => u.userId),
    invitationIds: [invitation.id],
    memberEmail: 'viewer@gavleborg.demo',
  };
});
afterAll(async () => {
  await api.close();
  await superuser.end();
});

describe('every procedure declares who may call it', () => {
  it('has an access rule in the registry for every procedure, and no stale entries', () => {
    expect(paths).toEqual(Object.keys(accessRegistry).sort());
  });

  it.each(paths)('%s: its tier matches the registry', (path) => {
    const meta = procedures[path]?._def.meta;
    const rule = accessRegistry[path];
    expect(meta?.access).toBe(rule?.access);
    if (rule?.access === 'tenant') expect(meta?.minRole).toBe(rule.minRole);
  });
});

describe('tenant.get', () => {
  it('gives Gävleborg its 13 members and Insjöriket its 6, each only their own', async () => {
    const gavleborg = await (await callerFor('viewer@gavleborg.demo')).tenant.get({
      tenant: 'gavleborg',
    });
    const insjoriket = await (await callerFor('viewer@insjoriket.demo')).tenant.get({
      tenant: 'insjoriket',
    });
    expect(gavleborg.members).toHaveLength(13);
    expect(insjoriket.members).toHaveLength(6);
    const overlap = gavleborg.members.filter((m) => insjoriket.members.some((n) => n.id === m.id));
    expect(overlap).toEqual([]);
    expect(gavleborg.orgNumber).toBe('222000-3137');
  });

  it('lets the two-förbund user read both förbund and no third', async () => {
    const caller = await callerFor('process@samsyn.demo');
    expect((await caller.tenant.get({ tenant: 'gavleborg' })).name).toBe('Samordningsförbund Gävleborg');
    expect((await caller.tenant.get({ tenant: 'insjoriket' })).name).toBe('Samordningsförbundet Insjöriket');
    expect(await outcomeOf(caller.tenant.get({ tenant: 'harnosand-timra' }))).toBe('FORBIDDEN');
  });

  it('refuses a member whose membership is deactivated', async () => {
    await superuser`
      update memberships set is_active = false
      where user_id = (select id from users where email = 'viewer@harnosand-timra.demo')`;
    const caller = await callerFor('viewer@harnosand-timra.demo');
    expect(await outcomeOf(caller.tenant.get({ tenant: 'harnosand-timra' }))).toBe('FORBIDDEN');
    await superuser`update memberships set is_active = true`;
  });

  it('refuses everyone while the förbund is suspended', async () => {
    await superuser`update tenants set status = 'suspended' where slug = 'harnosand-timra'`;
    const caller = await callerFor('admin@harnosand-timra.demo');
    expect(await outcomeOf(caller.tenant.get({ tenant: 'harnosand-timra' }))).toBe('FORBIDDEN');
    await superuser`update tenants set status = 'active' where slug = 'harnosand-timra'`;
  });
});

/** Before and after each procedure's probes: one fingerprint of the victim between two procedures. */
const victimFingerprints = fingerprintChain(() => fingerprint(victim.tenantId));

describe.each(tenantPaths)('tenant procedure %s', (path) => {
  const rule = () => {
    const found = accessRegistry[path];
    if (found?.access !== 'tenant') throw new Error(`${path} is not registered as a tenant procedure`);
    return found;
  };
  const victimInput = () => ({ ...rule().input(victim), tenant: victim.slug });
  let before: Record<string, string>;
  beforeAll(async () => {
    before = await victimFingerprints.start();
  });
  afterAll(async () => {
    expect(await victimFingerprints.end()).toEqual(before);
  });

  it('refuses an anonymous caller', async () => {
    expect(await outcomeOf(call(await api.caller(), path, victimInput()))).toBe('UNAUTHORIZED');
  });

  it.each([
    'admin@insjoriket.demo',
    'editor@harnosand-timra.demo',
    'network@samsyn.demo',
    'platform@samsyn.demo',
  ])("refuses %s, who is not a member, the victim's förbund", async (email) => {
    expect(await outcomeOf(call(await callerFor(email), path, victimInput()))).toBe('FORBIDDEN');
  });

  it("refuses an unknown förbund with the same answer as someone else's", async () => {
    const caller = await callerFor('admin@insjoriket.demo');
    expect(await outcomeOf(call(caller, path, { ...victimInput(), tenant: 'finns-inte' }))).toBe('FORBIDDEN');
  });

  it("returns none of the victim's data to a member who sends the victim's ids under their own förbund", async () => {
    const caller = await callerFor('admin@insjoriket.demo');
    const result = await call(caller, path, { ...rule().input(victim), tenant: 'insjoriket' }).catch(
      (error: unknown) => error,
    );
    const text = JSON.stringify(result) ?? '';
    for (const id of [victim.tenantId, ...victim.memberIds, ...victim.userIds])
      expect(text).not.toContain(id);
    expect(text).not.toMatch(/Gävle/);
  });

  it('refuses members below the minimum role', async () => {
    const { minRole } = rule();
    const below = { viewer: [], editor: ['viewer'], admin: ['viewer', 'editor'] }[minRole];
    for (const role of below) {
      const caller = await callerFor(`${role}@gavleborg.demo`);
      expect(await outcomeOf(call(caller, path, victimInput()))).toBe('FORBIDDEN');
    }
    const allowed = await callerFor(`${minRole}@gavleborg.demo`);
    const harmless = { ...(rule().harmless ?? rule().input)(victim), tenant: victim.slug };
    expect(await outcomeOf(call(allowed, path, harmless))).not.toBe('FORBIDDEN');
  });
});

const nonTenantPaths = (access: string) =>
  paths.filter((path) => procedures[path]?._def.meta?.access === access);

describe.each(nonTenantPaths('platform'))('platform procedure %s', (path) => {
  it('refuses anonymous callers, förbund admins and the network user', async () => {
    expect(await outcomeOf(call(await api.caller(), path, {}))).toBe('UNAUTHORIZED');
    for (const email of ['admin@gavleborg.demo', 'network@samsyn.demo', 'process@samsyn.demo']) {
      expect(await outcomeOf(call(await callerFor(email), path, {}))).toBe('FORBIDDEN');
    }
  });
});

describe.each(nonTenantPaths('authed'))('logged-in procedure %s', (path) => {
  it('refuses an anonymous caller', async () => {
    expect(await outcomeOf(call(await api.caller(), path, {}))).toBe('UNAUTHORIZED');
  });
});

/** Logged-in procedures that name the caller's own things (a session): aimed at another user's. */
const hostileAuthedPaths = nonTenantPaths('authed').filter((path) => {
  const rule = accessRegistry[path];
  return rule?.access === 'authed' && rule.hostile !== undefined;
});

describe.each(hostileAuthedPaths)('logged-in procedure %s, aimed at another user', (path) => {
  it('answers NOT_FOUND and changes nothing of theirs', async () => {
    const rule = accessRegistry[path];
    if (rule?.access !== 'authed' || !rule.hostile) throw new Error(`${path} has no hostile input`);
    const victimSessions = async () =>
      (
        await superuser<{ id: string }[]>`
          select s.public_id as id from sessions s join users u on u.id = s.user_id
          where u.email = 'admin@gavleborg.demo' order by s.public_id`
      ).map((row) => row.id);
    await callerFor('admin@gavleborg.demo');
    const before = await victimSessions();
    expect(before.length).toBeGreaterThan(0);
    const attacker = await callerFor('admin@insjoriket.demo');
    expect(await outcomeOf(call(attacker, path, rule.hostile({ sessionIds: before })))).toBe('NOT_FOUND');
    expect(await victimSessions()).toEqual(before);
  });
});
