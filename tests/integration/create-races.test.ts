import { type Caller, createTestApi, structuralFigures, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { interventionFundsLine } from '@samsyn/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultFiguresInput } from './support/result-figures-input.ts';

/**
 * Two editors create the same new record at the same moment: exactly one wins, the other gets
 * CONFLICT (never a 500 from the unique violation), and the database holds one record and one
 * audit entry.
 *
 * The race is forced, not hoped for: a superuser transaction holds a SHARE lock on the record's
 * table (reads pass, writes wait), both calls run on their own connections until both wait for
 * it (both have checked that the record is absent), and only then is the lock released. The
 * first insert commits; the second runs into the unique index and fails.
 */
interface RaceCase {
  path: string;
  /** Who creates: the förbund's admin unless said (the platform admin, for a new förbund). */
  as?: 'platform@samsyn.demo';
  /** The table whose unique key decides the race. */
  table: string;
  input: (ids: DemoIds) => Record<string, unknown>;
  /** The new record's key in `table`, column by column (exactly one such row must remain). */
  key: (ids: DemoIds) => Record<string, string | number>;
  /** The audit entries one creation writes (`table:action`). */
  audit: string[];
  /**
   * The loser's reason: `conflict.exists` where the unique violation itself reaches the caller
   * (mapped in apps/api/src/trpc/database-errors.ts), the verb's own where it waits and looks again.
   */
  loser: string;
}

interface DemoIds {
  tenantId: string;
  qualitativeGoalId: string;
  structuralInterventionId: string;
  localGroupId: string;
}

const year = 2031;
const tenant = 'gavleborg';

const cases: RaceCase[] = [
  {
    path: 'economy.actuals.save',
    table: 'actuals',
    audit: ['audit_log:actual.create'],
    loser: 'conflict.exists',
    input: () => ({
      period: `${year}-06`,
      lineCode: 'intervention-funds',
      amount: 100,
      note: null,
      expectedVersion: null,
    }),
    key: (ids) => ({ tenant_id: ids.tenantId, year }),
  },
  {
    path: 'economy.resultFigures.save',
    table: 'result_figures',
    audit: ['audit_log:resultFigures.save'],
    loser: 'conflict.exists',
    input: () => ({ ...resultFiguresInput(year), expectedVersion: null }),
    key: (ids) => ({ tenant_id: ids.tenantId, year }),
  },
  {
    path: 'economy.balances.save',
    table: 'balance_sheets',
    audit: ['audit_log:balances.save'],
    loser: 'conflict.exists',
    input: () => ({
      date: `${year}-06-30`,
      lines: [{ code: 'equity', name: 'Eget kapital', section: 'equity', amount: 1, note: null }],
      expectedVersion: null,
    }),
    key: (ids) => ({ tenant_id: ids.tenantId, year }),
  },
  {
    path: 'economy.forecast.save',
    table: 'forecasts',
    audit: ['audit_log:forecast.save'],
    loser: 'conflict.exists',
    input: () => ({ year, lines: [{ lineCode: 'intervention-funds', amount: 0 }], expectedVersion: null }),
    key: (ids) => ({ tenant_id: ids.tenantId, year }),
  },
  {
    path: 'economy.budget.save',
    table: 'budgets',
    audit: ['audit_log:budget.save'],
    loser: 'budget.exists',
    input: () => ({
      budget: {
        years: [year],
        lines: [interventionFundsLine([100])],
      },
      expectedVersion: null,
    }),
    key: (ids) => ({ tenant_id: ids.tenantId, first_year: year }),
  },
  {
    path: 'interventions.goals.assess',
    table: 'intervention_goal_assessments',
    audit: ['audit_log:goal.assess'],
    loser: 'conflict.exists',
    input: (ids) => ({
      goalId: ids.qualitativeGoalId,
      period: `${year}-H1`,
      status: 'met',
      enteredActual: null,
      comment: 'Bedömning',
      expectedVersion: null,
    }),
    key: (ids) => ({ tenant_id: ids.tenantId, goal_id: ids.qualitativeGoalId, period: `${year}-H1` }),
  },
  {
    path: 'interventions.localGroups.saveYear',
    table: 'local_group_years',
    audit: ['audit_log:localGroup.saveYear'],
    loser: 'conflict.exists',
    input: (ids) => ({
      localGroupId: ids.localGroupId,
      year,
      budget: 0,
      spend: 0,
      meetingsHeld: 1,
      hasUpdatedActionPlan: true,
      expectedVersion: null,
    }),
    key: (ids) => ({ tenant_id: ids.tenantId, local_group_id: ids.localGroupId, year }),
  },
  {
    path: 'interventions.budget.save',
    table: 'intervention_budgets',
    audit: ['audit_log:budget.save'],
    loser: 'conflict.stale',
    input: (ids) => ({
      interventionId: ids.structuralInterventionId,
      year,
      totalBudget: 100,
      spendToDate: 0,
      plannedParticipants: null,
      expectedVersion: null,
    }),
    key: (ids) => ({ tenant_id: ids.tenantId, intervention_id: ids.structuralInterventionId, year }),
  },
  {
    path: 'interventions.figures.save',
    table: 'participant_figures',
    audit: ['audit_log:figures.create'],
    loser: 'conflict.stale',
    input: (ids) => ({
      interventionId: ids.structuralInterventionId,
      period: `${year}-H1`,
      figures: structuralFigures({ staffReached: 1, meetingsHeld: 1 }),
      expectedVersion: null,
    }),
    key: (ids) => ({
      tenant_id: ids.tenantId,
      intervention_id: ids.structuralInterventionId,
      period: `${year}-H1`,
    }),
  },
  {
    path: 'interventions.notes.save',
    table: 'intervention_period_notes',
    audit: ['audit_log:note.save'],
    loser: 'conflict.stale',
    input: (ids) => ({
      interventionId: ids.structuralInterventionId,
      period: `${year}-H1`,
      resultsText: 'Resultat',
      comment: '',
      expectedVersion: null,
    }),
    key: (ids) => ({
      tenant_id: ids.tenantId,
      intervention_id: ids.structuralInterventionId,
      period: `${year}-H1`,
    }),
  },
  {
    path: 'members.add',
    table: 'members',
    audit: ['audit_log:member.create'],
    loser: 'member.duplicateName',
    input: () => ({ kind: 'municipality', name: 'Kapplöpningsköping', officialCode: null, joinedOn: null }),
    key: (ids) => ({ tenant_id: ids.tenantId, name: 'Kapplöpningsköping' }),
  },
  {
    path: 'interventions.localGroups.create',
    table: 'local_groups',
    audit: ['audit_log:localGroup.create'],
    loser: 'localGroup.duplicateName',
    input: () => ({ name: 'Kapplöpningsgruppen', municipalityMemberIds: [], population: null }),
    key: (ids) => ({ tenant_id: ids.tenantId, name: 'Kapplöpningsgruppen' }),
  },
  {
    path: 'team.invitations.create',
    table: 'invitations',
    audit: ['audit_log:invitation.create'],
    loser: 'conflict.exists',
    input: () => ({ email: 'kapplopning@example.se', role: 'viewer' }),
    key: (ids) => ({ tenant_id: ids.tenantId, email: 'kapplopning@example.se' }),
  },
  {
    path: 'platform.tenants.onboard',
    as: 'platform@samsyn.demo',
    table: 'tenants',
    audit: ['audit_log:tenant.onboard', 'audit_log:invitation.create', 'platform_audit_log:tenant.create'],
    loser: 'conflict.exists',
    input: () => ({
      name: 'Kapplöpningsförbundet',
      orgNumber: null,
      slug: 'kapplopning',
      countyCode: '21',
      municipalityCodes: ['2180'],
      firstAdminEmail: 'forsta@kapplopning.example',
    }),
    key: () => ({ slug: 'kapplopning' }),
  },
];

const db = useTestDatabase();
let api: TestApi;
let superuser: Sql;
let ids: DemoIds;
const tokens = new Map<string, string>();

/** A caller of its own (with a fresh context) for each of the two racers; one login per account. */
async function callerAs(email: string): Promise<Caller> {
  let token = tokens.get(email);
  if (!token) {
    token = await api.login(email);
    tokens.set(email, token);
  }
  return api.caller(token);
}

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

/** 'OK', or the TRPCError code and reason a call failed with. */
async function settle(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    const { code, cause } = error as { code?: string; cause?: { reason?: string } };
    return `${code ?? String(error)}${cause?.reason ? ` ${cause.reason}` : ''}`;
  }
}

/** Backends of this database (but not `except`) that wait for a lock. */
async function lockWaiters(except: number): Promise<number> {
  const [row] = await superuser<{ n: number }[]>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock' and pid <> ${except}`;
  return row?.n ?? 0;
}

/** How many rows of `table` have the values of `key` in its columns. */
async function rowsWithKey(table: string, key: Record<string, string | number>): Promise<number> {
  const where = Object.entries(key)
    .map(([column, value]) => superuser`${superuser(column)} = ${value}`)
    .reduce((all, condition) => superuser`${all} and ${condition}`);
  const [row] = await superuser<{ n: number }[]>`
    select count(*)::int as n from ${superuser(table)} where ${where}`;
  return row?.n ?? -1;
}

/** Audit entries of the förbund and of the platform, as `table:action` (in no particular order). */
async function auditEntries(): Promise<string[]> {
  const rows = await superuser<{ entry: string }[]>`
    select 'audit_log:' || action as entry from audit_log
    union all select 'platform_audit_log:' || action from platform_audit_log`;
  return rows.map((row) => row.entry);
}

/** The entries in `after` that are not in `before` (as multisets). */
function added(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((entry) => {
    const index = left.indexOf(entry);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

/**
 * Runs two identical creations against a SHARE lock on `table`, released once both wait (or
 * both have finished, when something stopped them before their insert).
 */
async function race(raceCase: RaceCase): Promise<{ outcomes: string[]; waited: number }> {
  const input = { ...raceCase.input(ids), ...(raceCase.as ? {} : { tenant }) };
  const racer = raceCase.as ?? 'admin@gavleborg.demo';
  const callers = await Promise.all([callerAs(racer), callerAs(racer)]);
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let lockerPid = 0;
  let locked = () => {};
  const isLocked = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const locker = superuser.begin(async (tx) => {
    const [self] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
    lockerPid = self?.pid ?? 0;
    await tx.unsafe(`lock table ${raceCase.table} in share mode`);
    locked();
    await released;
  });
  await isLocked;
  let settled = 0;
  const racing = Promise.all(
    callers.map((caller) =>
      settle(call(caller, raceCase.path, input)).finally(() => {
        settled++;
      }),
    ),
  );
  let waited = 0;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && settled < 2 && waited < 2) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    waited = await lockWaiters(lockerPid);
  }
  release();
  await locker;
  return { outcomes: await racing, waited };
}

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  superuser = createSql(db.current.superuserUrl, { max: 3 });
  const [row] = await superuser<DemoIds[]>`
    select t.id as "tenantId",
      (select g.id from intervention_goals g where g.tenant_id = t.id and g.type = 'qualitative' order by g.id limit 1)
        as "qualitativeGoalId",
      (select i.id from interventions i where i.tenant_id = t.id and i.kind = 'structural' order by i.id limit 1)
        as "structuralInterventionId",
      (select l.id from local_groups l where l.tenant_id = t.id order by l.id limit 1) as "localGroupId"
    from tenants t where t.slug = ${tenant}`;
  if (!row?.qualitativeGoalId || !row.structuralInterventionId || !row.localGroupId)
    throw new Error('demo data lacks a qualitative goal, a structural intervention or a local group');
  ids = row;
  // Log in now: a login is audited, and the audit counts below must see only the races.
  await callerAs('admin@gavleborg.demo');
  await callerAs('platform@samsyn.demo');
});
afterAll(async () => {
  await api?.close();
  await superuser?.end();
});

describe('two concurrent creations of the same new record', () => {
  it.each(cases.map((raceCase) => [raceCase.path, raceCase] as const))(
    '%s: one succeeds, the other gets CONFLICT; one record, one audit entry',
    async (_, raceCase) => {
      const auditBefore = await auditEntries();
      expect(await rowsWithKey(raceCase.table, raceCase.key(ids))).toBe(0);
      const { outcomes, waited } = await race(raceCase);
      // Both really raced: both had passed their own "is it there?" check and waited on the lock.
      expect(waited, `outcomes: ${outcomes.join(', ')}`).toBe(2);
      expect([...outcomes].sort()).toEqual([`CONFLICT ${raceCase.loser}`, 'OK']);
      expect(await rowsWithKey(raceCase.table, raceCase.key(ids))).toBe(1);
      expect(added(auditBefore, await auditEntries())).toEqual(raceCase.audit);
    },
  );
});
