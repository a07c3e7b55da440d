import { appRouter, createApp, loadConfig, type ProcedureMeta } from '@samsyn/api';
import { type Caller, createTestApi, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRegistry, type Victim } from './support/access-registry.ts';
import { fingerprintChain } from './support/fingerprint-chain.ts';
import { victimApplications } from './support/victim-applications.ts';
import { victimBoard } from './support/victim-board.ts';
import { victimPeriodReports } from './support/victim-period-reports.ts';

/**
 * The input fuzz: every procedure in the access registry gets a fixed set of hostile values, as
 * its whole input and in place of each field of a valid-ish input, called by a user allowed to
 * call it. Nothing may answer INTERNAL_SERVER_ERROR, nothing PostgreSQL refuses may get that far
 * (the schemas are the first line), hostile text in any string field is refused by the input
 * schema, and a procedure whose calls were all refused has changed no row. Deterministic: no
 * random values, the same calls in the same order every run.
 *
 * The bulk goes through tRPC callers (≈ 10× faster than HTTP, and they can carry what JSON
 * cannot: NaN, undefined, bigint); what only HTTP has (bodies, batches, sizes) goes through the
 * Hono app below.
 */
type AnyProcedure = {
  _def: { meta?: ProcedureMeta; type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] };
};
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();

const noSuchId = '00000000-0000-4000-8000-000000000000';
const deepNesting = (depth: number) => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
};

/**
 * Text no schema may let through: each one broke PostgreSQL, the audit JSON or a reader's eye.
 * Secrets (passwords, tokens) are taken as typed, invisible characters included (text.ts); they
 * refuse only what no keyboard types: controls and lone surrogates.
 */
const hostileText: [string, string, { secretsToo: boolean }][] = [
  ['NUL', 'Kapad\u0000', { secretsToo: true }],
  ['lone surrogate', 'Kapad\uD800', { secretsToo: true }],
  ['escape sequence', 'Kapad\u001b[2J', { secretsToo: true }],
  ['RTL override', 'Kapad\u202Eexe.pdf', { secretsToo: false }],
  ['zero-width space', 'Ka\u200Bpad', { secretsToo: false }],
];
const secretFields = new Set(['password', 'currentPassword', 'newPassword', 'token']);

/** Everything else: wrong types, sizes, numbers at the edges, strings that look like code. */
const hostileValues: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['true', true],
  ['zero', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-1e308', -1e308],
  ['2^31', 2 ** 31],
  ['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
  ['2^53+2', 2 ** 53 + 2],
  ['bigint', 10n],
  ['empty string', ''],
  ['1 MB string', 'x'.repeat(1024 * 1024)],
  ['SQL', "x'); drop table users; --"],
  ['__proto__ string', '__proto__'],
  ['empty array', []],
  ['10 000 nulls', new Array(10_000).fill(null)],
  ['empty object', {}],
  [
    '__proto__ object',
    JSON.parse('{"__proto__": {"isPlatformAdmin": true}, "constructor": {"prototype": {}}}'),
  ],
  ['deep nesting', deepNesting(5_000)],
  ...hostileText.map(([label, text]): [string, unknown] => [label, text]),
];

/**
 * Valid-ish inputs for the procedures outside a förbund (the registry has them for tenant
 * procedures): each passes the schema but changes nothing (a wrong password, an unknown token, a
 * taken slug, a stale version), so that a hostile value in one field is all that differs.
 */
const outsideInputs: Record<string, Record<string, unknown>> = {
  'auth.login': { email: 'ingen@example.se', password: 'inte-rätt-lösenord' },
  'auth.logout': {},
  'auth.me': {},
  'profile.update': { name: 'Fuzz Testsson' },
  'profile.changePassword': { currentPassword: 'inte-rätt-lösenord', newPassword: 'ett-nytt-långt-lösenord' },
  'invitation.get': { token: 'x'.repeat(43) },
  'invitation.accept': { token: 'x'.repeat(43), name: 'Ny Person', password: 'ett-långt-lösenord' },
  'national.overview': { year: 2019 },
  'nns.national': { year: 2019 },
  'catalogue.search': { query: 'arbete', kind: 'individual', limit: 20, offset: 0 },
  'catalogue.get': { id: noSuchId },
  'platform.tenants.list': {},
  'platform.tenants.isSlugAvailable': { slug: 'nytt-forbund' },
  'platform.tenants.onboard': {
    name: 'Nytt förbund',
    orgNumber: null,
    slug: 'gavleborg',
    countyCode: '21',
    municipalityCodes: ['2180'],
    firstAdminEmail: 'ny@example.se',
  },
  'platform.tenants.setStatus': { slug: 'finns-inte', status: 'suspended', expectedVersion: 999_999 },
  'platform.tenants.delete': { slug: 'finns-inte', confirmSlug: 'finns-inte' },
  'platform.audit': { action: 'tenant.onboard', limit: 10 },
  'platform.outbox': {},
  'profile.sessions.list': {},
  'profile.sessions.end': { sessionId: noSuchId },
  'profile.sessions.endOthers': {},
};

/**
 * Where the registry's harmless input stops before the part worth fuzzing: its figures go to an
 * unknown intervention, so the verb never reads them. A stale version on a real one makes it.
 */
const harmlessOverrides: Record<string, (victim: Victim) => Record<string, unknown>> = {
  'interventions.figures.save': (v) => ({
    interventionId: v.interventionIds[0],
    period: '2019-H1',
    figures: {
      kind: 'structural',
      staffReached: 0,
      managersReached: 0,
      unspecifiedReached: 0,
      meetingsHeld: 0,
    },
    expectedVersion: 999_999,
  }),
};

/** Optional string fields the registry's inputs leave out, so that they are fuzzed too. */
const optionalStrings: Record<string, Record<string, unknown>> = {
  'interventions.setStatus': { note: 'Notering' },
  'catalogue.publish': { resultsText: 'Resultat' },
  'economy.actuals.importPreview': { fileName: 'utfall.csv' },
  'economy.actuals.importCommit': { fileName: 'utfall.csv' },
  'audit.list': { action: 'member.add' },
};

/** Which demo user calls a procedure: someone its access rule lets in. */
function callerEmail(path: string): string | null {
  const access = accessRegistry[path]?.access;
  if (access === 'tenant') return 'admin@gavleborg.demo';
  if (access === 'platform') return 'platform@samsyn.demo';
  if (access === 'network') return 'network@samsyn.demo';
  if (access === 'authed')
    return path === 'national.overview' ? 'network@samsyn.demo' : 'editor@insjoriket.demo';
  return null;
}

const db = useTestDatabase();
let api: TestApi;
let superuser: Sql;
let victim: Victim;
const sessions = new Map<string, string>();

/** Tables whose rows are bookkeeping of logins and sessions, written by refused calls on purpose. */
const bookkeeping = new Set(['sessions', 'login_attempts', 'login_devices']);

/** Row count and an order-independent checksum of every other table, in one round trip. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await superuser<{ name: string }[]>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`;
  const counted = tables.map((t) => t.name).filter((name) => !bookkeeping.has(name));
  const rows = await superuser.unsafe<{ name: string; n: string; sum: string }[]>(
    counted
      .map(
        (name) =>
          `select '${name}' as name, count(*)::text as n, coalesce(sum(hashtextextended(t::text, 0)), 0)::text as sum from ${name} t`,
      )
      .join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, `${row.n}:${row.sum}`]));
}

/** Before and after each procedure's calls: one fingerprint between two procedures. */
const fingerprints = fingerprintChain(fingerprint);

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

interface Outcome {
  code: string;
  /** The first issue's message when the input schema refused, else null. */
  schemaIssue: string | null;
  /** The reason of an error that is no schema issue (a domain or database reason). */
  reason: string | null;
}

async function outcomeOf(promise: Promise<unknown>): Promise<Outcome> {
  try {
    await promise;
    return { code: 'OK', schemaIssue: null, reason: null };
  } catch (error) {
    // A TRPCError (this package does not depend on @trpc/server: recognised by its shape).
    if (!(error instanceof Error) || error.name !== 'TRPCError' || !('code' in error)) throw error;
    const issues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues;
    const reason = (error.cause as { reason?: unknown } | undefined)?.reason;
    return {
      code: String(error.code),
      schemaIssue: Array.isArray(issues) ? (issues[0]?.message ?? '?') : null,
      reason: typeof reason === 'string' ? reason : null,
    };
  }
}

/** A caller allowed to call `path`; logout gets a fresh session each time (it ends the one it has). */
async function callerFor(path: string): Promise<Caller> {
  if (path === 'auth.logout') return api.caller(await api.login('viewer@insjoriket.demo'));
  const email = callerEmail(path);
  if (!email) return api.caller(null, { clientAddress: '192.0.2.77' });
  let token = sessions.get(email);
  if (!token) {
    token = await api.login(email);
    sessions.set(email, token);
  }
  return api.caller(token);
}

/** The valid-ish input of a procedure: the registry's harmless one, with optional strings added. */
function validInputOf(path: string): Record<string, unknown> {
  const rule = accessRegistry[path];
  const base =
    rule?.access === 'tenant'
      ? { ...(harmlessOverrides[path] ?? rule.harmless ?? rule.input)(victim), tenant: victim.slug }
      : (outsideInputs[path] ?? {});
  return { ...base, ...(optionalStrings[path] ?? {}) };
}

type Leaf = { path: (string | number)[]; value: unknown };

/** Every leaf (and every object or array, as a whole) of a valid input, with its path. */
function fieldsOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  const here: Leaf[] = path.length > 0 ? [{ path, value }] : [];
  if (Array.isArray(value)) {
    // The first element stands for all (an import's 2 × 3 cells, a budget's lines).
    return value.length > 0 ? [...here, ...fieldsOf(value[0], [...path, 0])] : here;
  }
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([key, child]) => fieldsOf(child, [...path, key]))];
  }
  return here;
}

function withValueAt(input: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const child = withValueAt((input as Record<string | number, unknown>)[head], rest, value);
  if (Array.isArray(input)) return input.map((element, index) => (index === head ? child : element));
  return { ...(input as Record<string, unknown>), [head]: child };
}

interface ProcedureReport {
  path: string;
  calls: number;
  internal: string[];
  refusedByDatabase: string[];
  hostileTextLetThrough: string[];
  accepted: string[];
  changedTables: string[];
}

async function fuzzProcedure(path: string): Promise<ProcedureReport> {
  const report: ProcedureReport = {
    path,
    calls: 0,
    internal: [],
    refusedByDatabase: [],
    hostileTextLetThrough: [],
    accepted: [],
    changedTables: [],
  };
  const before = await fingerprints.start();
  const valid = validInputOf(path);
  const attempt = async (label: string, input: unknown) => {
    report.calls++;
    const outcome = await outcomeOf(call(await callerFor(path), path, input));
    if (outcome.code === 'INTERNAL_SERVER_ERROR') report.internal.push(label);
    if (outcome.reason === 'input.invalid') report.refusedByDatabase.push(label);
    if (outcome.code === 'OK') report.accepted.push(label);
    return outcome;
  };
  for (const [label, value] of hostileValues) await attempt(`input = ${label}`, value);
  for (const field of fieldsOf(valid)) {
    const where = field.path.join('.');
    // The slug picks the förbund and the caller's rights: checked before the input, by the tier.
    if (where === 'tenant') continue;
    for (const [label, value] of hostileValues) {
      const outcome = await attempt(`${where} = ${label}`, withValueAt(valid, field.path, value));
      const text = hostileText.find(([, candidate]) => candidate === value);
      const isSecret = secretFields.has(String(field.path.at(-1)));
      const mustRefuse = text !== undefined && (!isSecret || text[2].secretsToo);
      // Refused at the edge: by the input schema, or by the verb's own validation (figures).
      const refusedAtTheEdge = outcome.code === 'BAD_REQUEST' && outcome.reason !== 'input.invalid';
      if (typeof field.value === 'string' && mustRefuse && !refusedAtTheEdge) {
        report.hostileTextLetThrough.push(`${where} = ${label} → ${outcome.code} ${outcome.reason ?? ''}`);
      }
    }
  }
  const after = await fingerprints.end();
  report.changedTables = Object.keys(after).filter((table) => after[table] !== before[table]);
  return report;
}

const reports: ProcedureReport[] = [];
let stringFieldsChecked = 0;

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  const [tenant] = await superuser<{ id: string }[]>`select id from tenants where slug = 'gavleborg'`;
  if (!tenant) throw new Error('demo förbund gavleborg missing');
  const ids = async (table: string) =>
    (
      await superuser.unsafe<{ id: string }[]>(`select id from ${table} where tenant_id = $1 order by id`, [
        tenant.id,
      ])
    ).map((row) => row.id);
  const invitation = await (await callerFor('team.invitations.create')).team.invitations.create({
    tenant: 'gavleborg',
    email: 'kommande@gavleborg.demo',
    role: 'editor',
  });
  // Log everyone in now: a login is audited, and no procedure's fingerprint should see that.
  for (const path of ['tenant.get', 'platform.audit', 'profile.update', 'national.overview']) {
    await callerFor(path);
  }
  victim = {
    slug: 'gavleborg',
    tenantId: tenant.id,
    memberIds: await ids('members'),
    userIds: (
      await superuser<{ id: string }[]>`select user_id as id from memberships where tenant_id = ${tenant.id}`
    ).map((row) => row.id),
    invitationIds: [invitation.id],
    memberEmail: 'viewer@gavleborg.demo',
    interventionIds: await ids('interventions'),
    goalIds: await ids('intervention_goals'),
    localGroupIds: await ids('local_groups'),
    actualIds: await ids('actuals'),
    planIds: await ids('plans'),
    planAreaIds: await ids('plan_areas'),
    planGoalIds: await ids('plan_goals'),
    planIndicatorIds: await ids('plan_indicators'),
    planActivityIds: await ids('plan_activities'),
    planRiskIds: await ids('plan_risks'),
    // A held, unapproved meeting of the förbund's own, so the board's writes reach their checks.
    ...(await victimBoard(superuser, tenant.id, (await ids('members'))[0], (await ids('interventions'))[0])),
    // A draft half-year report with sections, a comment and a note, and an adopted one (issue 23).
    ...(await victimPeriodReports(
      superuser,
      tenant.id,
      (
        await superuser<{ id: string }[]>`
          select user_id as id from memberships where tenant_id = ${tenant.id} order by user_id limit 1`
      )[0]?.id ?? '',
    )),
    // An application under review and a granted one with its agreement (issue 22).
    ...(await victimApplications(
      superuser,
      tenant.id,
      await ids('members'),
      (
        await superuser<{ id: string }[]>`
          select user_id as id from memberships where tenant_id = ${tenant.id} order by user_id limit 1`
      )[0]?.id ?? '',
    )),
  };
});
afterAll(async () => {
  const calls = reports.reduce((sum, report) => sum + report.calls, 0);
  const internal = reports.reduce((sum, report) => sum + report.internal.length, 0);
  // The figures the issue asks for, in the test output.
  process.stdout.write(
    `input fuzz: ${reports.length} procedures × ${hostileValues.length} hostile values ` +
      `(whole input and in each field) = ${calls} calls; 500s: ${internal}; ` +
      `string fields under the text rules: ${stringFieldsChecked}; ` +
      `accepted (valid after all, e.g. SQL-looking text as a name): ${reports.reduce((sum, r) => sum + r.accepted.length, 0)}\n`,
  );
  await api?.close();
  await superuser?.end();
});

/** zod's own description of a schema (v4 keeps it on `_zod.def`). */
type SchemaDef = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): SchemaDef | null =>
  ((schema as { _zod?: { def?: SchemaDef } } | null)?._zod?.def as SchemaDef | undefined) ?? null;

/**
 * Every string schema inside an input schema, with its path: objects, arrays, unions, records,
 * optional/nullable/default wrappers and pipes are walked; other leaves (numbers, enums) are not
 * text. What the registry's inputs leave out (optional fields) is found here too.
 */
function stringLeavesOf(schema: unknown, path: string[] = []): { path: string[]; schema: unknown }[] {
  const def = defOf(schema);
  if (!def) return [];
  const walk = (child: unknown, key?: string) =>
    stringLeavesOf(child, key === undefined ? path : [...path, key]);
  switch (def.type) {
    case 'string':
      return [{ path, schema }];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) => walk(child, key));
    case 'array':
      return walk(def.element, '0');
    case 'union':
      return (def.options as unknown[]).flatMap((option) => walk(option));
    case 'intersection':
      return [...walk(def.left), ...walk(def.right)];
    case 'record':
      return [...walk(def.keyType, '(key)'), ...walk(def.valueType, '*')];
    case 'tuple':
      return (def.items as unknown[]).flatMap((item, index) => walk(item, String(index)));
    case 'pipe':
      return [...walk(def.in), ...walk(def.out)];
    case 'lazy':
      return walk((def.getter as () => unknown)());
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return walk(def.innerType);
    default:
      return [];
  }
}

describe('the text rules guard every string field of every procedure', () => {
  it.each(paths)('%s', (path) => {
    const inputs = procedures[path]?._def.inputs ?? [];
    const letThrough: string[] = [];
    const leaves = inputs.flatMap((input) => stringLeavesOf(input));
    stringFieldsChecked += leaves.length;
    for (const leaf of leaves) {
      const isSecret = secretFields.has(leaf.path.at(-1) ?? '');
      for (const [label, text, { secretsToo }] of hostileText) {
        if (isSecret && !secretsToo) continue;
        const parsed = (leaf.schema as { safeParse: (value: unknown) => { success: boolean } }).safeParse(
          text,
        );
        if (parsed.success) letThrough.push(`${leaf.path.join('.')}: ${label}`);
      }
    }
    expect(letThrough).toEqual([]);
  });
});

describe('input fuzz over every procedure', () => {
  it('knows a valid-ish input for every procedure of the router', () => {
    const known = new Set([
      ...Object.keys(accessRegistry).filter((path) => accessRegistry[path]?.access === 'tenant'),
      ...Object.keys(outsideInputs),
    ]);
    expect(paths.filter((path) => !known.has(path))).toEqual([]);
  });

  // A procedure with many fields makes a few hundred calls: 60 s, not the project's 20, because
  // `pnpm test` runs this beside the browser tests on a saturated machine (docs/test-loop.md).
  it.each(paths)(
    '%s: no 500, nothing past the schemas, refused calls change nothing',
    { timeout: 60_000 },
    async (path) => {
      const report = await fuzzProcedure(path);
      reports.push(report);
      if (process.env.FUZZ_DEBUG) process.stdout.write(`${JSON.stringify(report)}\n`);
      expect(report.internal).toEqual([]);
      expect(report.refusedByDatabase).toEqual([]);
      expect(report.hostileTextLetThrough).toEqual([]);
      // A query never writes; a mutation writes only if one of its calls was accepted.
      const mayWrite = procedures[path]?._def.type === 'mutation' && report.accepted.length > 0;
      if (!mayWrite) expect(report.changedTables).toEqual([]);
      // Procedures without an input never read it: what they were sent does not matter.
      const readsInput = (procedures[path]?._def.inputs.length ?? 0) > 0;
      for (const accepted of readsInput ? report.accepted : []) {
        expect(accepted, `${path} accepted hostile text`).not.toMatch(
          new RegExp(hostileText.map(([label]) => label).join('|')),
        );
      }
    },
  );
});

/** What only HTTP has: bodies, their size, batches. Through the Hono app, as a browser would. */
describe('over HTTP: body size, batches, bodies that are not JSON', () => {
  const origin = 'http://localhost';
  let app: ReturnType<typeof createApp>;
  let appSql: Sql;
  let adminCookie: string;

  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin', ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
  const loginAttempts = async () =>
    (await superuser<{ n: number }[]>`select count(*)::int as n from login_attempts`)[0]?.n ?? -1;
  const megabytes = (size: number) => 'x'.repeat(Math.round(size * 1024 * 1024));
  /** An import's cells, about `size` MB as JSON: rows of 10 cells of 90 characters. */
  const importRows = (size: number) => {
    const row = Array.from({ length: 10 }, () => 'y'.repeat(90));
    const rows = Array.from({ length: Math.round((size * 1024 * 1024) / 930) }, () => row);
    return [['period', 'rad', 'belopp', 'a', 'b', 'c', 'd', 'e', 'f', 'g'], ...rows];
  };

  beforeAll(async () => {
    appSql = createSql(db.current.appUrl, { max: 2 });
    app = createApp({ sql: appSql, config: loadConfig({}), log: pino({ level: 'silent' }) });
    const login = await post(
      '/trpc/auth.login',
      JSON.stringify({ email: 'admin@gavleborg.demo', password: 'samsyn-demo' }),
    );
    adminCookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(adminCookie).toMatch(/^samsyn_session=/);
  });
  afterAll(() => appSql?.end());

  it('refuses 2 MB to auth.login with 413 in tRPC’s shape, before any password is checked', async () => {
    const before = await loginAttempts();
    const response = await post(
      '/trpc/auth.login',
      JSON.stringify({ email: 'admin@gavleborg.demo', password: megabytes(2) }),
    );
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { data: Record<string, unknown> } };
    expect(body.error.data).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      httpStatus: 413,
      reason: 'request.tooLarge',
    });
    expect(await loginAttempts()).toBe(before);
  });

  it('counts a body without Content-Length as it streams in, and stops it at the limit', async () => {
    const chunk = new TextEncoder().encode(megabytes(0.25));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 40) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await post('/trpc/auth.login', stream);
    expect(response.status).toBe(413);
    // Stopped at the limit: 1 MB read of the 10 MB offered (a chunk or so of slack).
    expect(sent).toBeLessThan(10);
  });

  it('lets the actuals import carry 5 MB, but refuses 9 MB', async () => {
    const headers = { cookie: adminCookie };
    const fiveMb = JSON.stringify({ tenant: 'gavleborg', rows: importRows(5) });
    expect(fiveMb.length).toBeGreaterThan(5 * 1024 * 1024);
    const preview = await post('/trpc/economy.actuals.importPreview', fiveMb, headers);
    expect(preview.status).not.toBe(413);
    expect(preview.status).toBeLessThan(500);
    const nineMb = JSON.stringify({ tenant: 'gavleborg', rows: importRows(9) });
    expect((await post('/trpc/economy.actuals.importPreview', nineMb, headers)).status).toBe(413);
    expect((await post('/trpc/economy.actuals.importCommit', nineMb, headers)).status).toBe(413);
    // Any other procedure keeps the 1 MB limit.
    const twoMb = JSON.stringify({ tenant: 'gavleborg', rows: importRows(2) });
    expect((await post('/trpc/economy.actuals.save', twoMb, headers)).status).toBe(413);
  });

  it.each([
    ['two logins', 'auth.login,auth.login'],
    ['ten logins', Array.from({ length: 10 }, () => 'auth.login').join(',')],
    ['a login behind another call', 'auth.me,auth.login'],
    ['a comma written %2C', 'auth.login%2Cauth.login'],
    ['two invitation acceptances', 'invitation.accept,invitation.accept'],
    ['a password change in a batch', 'auth.me,profile.changePassword'],
  ])('refuses a batch with %s (400), before any password is checked', async (_, procedures) => {
    const before = await loginAttempts();
    const count = decodeURIComponent(procedures).split(',').length;
    const input = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        index,
        { email: 'admin@gavleborg.demo', password: `fel-${index}`, token: 'x'.repeat(43) },
      ]),
    );
    const response = await post(`/trpc/${procedures}?batch=1`, JSON.stringify(input));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { data: Record<string, unknown> } };
    expect(body.error.data).toMatchObject({ code: 'BAD_REQUEST', reason: 'request.notBatchable' });
    expect(await loginAttempts()).toBe(before);
  });

  it('still takes a login as a batch of one (as the web client sends it)', async () => {
    const response = await post(
      '/trpc/auth.login?batch=1',
      JSON.stringify({ 0: { email: 'editor@gavleborg.demo', password: 'samsyn-demo' } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^samsyn_session=/);
  });

  it.each([
    ['malformed JSON', '{"email": "a@b.se", "password": '],
    ['JSON nested 100 000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['a bare string', '"admin@gavleborg.demo"'],
    ['not JSON at all', '\u0000\u0001binary'],
  ])('answers %s with 400, never 500', async (_, body) => {
    const before = await loginAttempts();
    const response = await post('/trpc/auth.login', body);
    expect(response.status).toBe(400);
    expect(await loginAttempts()).toBe(before);
  });

  it('judges a login with a __proto__ key on email and password alone', async () => {
    const response = await post(
      '/trpc/auth.login',
      '{"__proto__": {"isPlatformAdmin": true}, "email": "admin@gavleborg.demo", "password": "fel"}',
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a NUL in the login email with the text key, beside the field', async () => {
    const response = await post(
      '/trpc/auth.login',
      JSON.stringify({ email: 'admin@gavleborg.demo\u0000', password: 'samsyn-demo' }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { data: { issues: unknown } } };
    expect(body.error.data.issues).toEqual([{ path: 'email', message: 'text.controlCharacter' }]);
  });
});
