import type { LoadJob, LoadSpec, RequestSpec } from './load/types.ts';
import type { LoggedInUser } from './sessions.ts';
import { trpcMutation, trpcQuery } from './trpc.ts';
import type { BenchUser } from './volume.ts';

/** What scenarios need to build their requests. */
export interface BenchContext {
  apiOrigin: string;
  floorOrigin: string;
  /** Logged-in förbund admins, each reading (or writing) their own förbund. */
  readers: LoggedInUser[];
  /** The national network's account (network@samsyn.demo), logged in like the readers. */
  network: LoggedInUser;
  /** First and last year of the national figures. */
  nationalYears: [number, number];
  /** Accounts the login scenarios log in as, each from its own client address. */
  loginUsers: BenchUser[];
  password: string;
  tenantIds: string[];
}

export interface Scenario {
  id: string;
  title: string;
  /** Context only (e.g. bare HTTP): reported, but no budget refers to it. */
  isContext?: boolean;
  /** Only at these connection counts (of those asked for); default every one. */
  connections?: number[];
  /** Runs only when named in --only: context worth having, but the default run must stay under 10 min. */
  isOnRequest?: boolean;
  /**
   * The naive build this one is judged against: in every pair the two run back to back (their
   * order alternating), and the budgets compare their CPU per request and req/s pair by pair.
   */
  reference?: string;
  /** Runs only as another scenario's reference, never on its own. */
  isReference?: boolean;
  job: (ctx: BenchContext, connections: number, seconds: number) => LoadJob;
}

/**
 * The write scenario's input: an office registering a new intervention (`interventions.create`) —
 * the row, its first status in the history and the audit entry, in one transaction, answered with
 * the stored record. Each bench förbund admin registers into their own förbund; a plain create
 * needs no version, so a replayed request is a new, valid write every time. (Edits of existing
 * records carry the version the editor saw, and a replay of one would rightly conflict.)
 */
const newIntervention = (user: LoggedInUser) => ({
  tenant: user.slug,
  name: 'Arbetsträning i kommunal regi',
  kind: 'individual',
  purpose: 'Deltagarna ska närma sig arbete eller studier.',
  targetGroupIds: [],
  targetGroupText: '',
  methodTagIds: [],
  freeTags: ['bench'],
  leadOrganisation: { type: 'forbund' },
  partnerMemberIds: [],
  startDate: '2026-01-01',
  endDate: null,
  status: 'pre_study',
  participantRegistration: 'volume_only',
  localGroupId: null,
});

/** Logins per second the "read while logging in" scenario runs in the background (issue 7). */
export const BACKGROUND_LOGINS_PER_SECOND = 4;

const spec = (origin: string, connections: number, seconds: number, requests: RequestSpec[]): LoadSpec => ({
  origin,
  connections,
  durationSeconds: seconds,
  requests,
});

/** Whether a scenario runs at this connection count. */
export const runsAt = (scenario: Scenario, connections: number) =>
  !scenario.connections || scenario.connections.includes(connections);

/** The connection counts a scenario runs at, of those asked for. */
export const connectionsOf = (scenario: Scenario, asked: number[]) =>
  asked.filter((c) => runsAt(scenario, c));

/** How many (floor, scenario) pairs a bench of these scenarios measures (references ride along). */
export const pairsOf = (scenarios: Scenario[], connections: number[], repetitions: number) =>
  scenarios.filter((s) => !s.isReference).reduce((n, s) => n + connectionsOf(s, connections).length, 0) *
  repetitions;

/** How many load runs those pairs take: the floor, the scenario and its reference, if any. */
export const runsOf = (scenarios: Scenario[], connections: number[], repetitions: number) =>
  scenarios
    .filter((s) => !s.isReference)
    .reduce((n, s) => n + connectionsOf(s, connections).length * (s.reference ? 3 : 2), 0) * repetitions;

/** The scenario by id (references are looked up this way). */
export const scenarioById = (id: string): Scenario => {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};

/** The national overview as the network user sees it: GET /trpc/national.overview?input=… */
const nationalRequests = (ctx: BenchContext, inputs: { year?: number }[]) =>
  inputs.map((input) => trpcQuery('national.overview', input, { cookie: ctx.network.cookie }));

/** The floor: one primary-key SELECT per request (see floor-server.ts), over all bench förbund. */
export const floorJob = (ctx: BenchContext, connections: number, seconds: number): LoadJob => ({
  main: spec(
    ctx.floorOrigin,
    connections,
    seconds,
    ctx.tenantIds.map((id) => ({ method: 'GET', path: `/floor/${id}` })),
  ),
});

/** A context read on the floor server, one request per logged-in reader (their own förbund). */
const readsOnFloorServer = (
  ctx: BenchContext,
  connections: number,
  seconds: number,
  request: (user: LoggedInUser) => RequestSpec,
): LoadJob => ({ main: spec(ctx.floorOrigin, connections, seconds, ctx.readers.map(request)) });

const readRequests = (ctx: BenchContext) =>
  ctx.readers.map((user) => trpcQuery('tenant.get', { tenant: user.slug }, { cookie: user.cookie }));

const loginRequests = (ctx: BenchContext) =>
  ctx.loginUsers.map((user) =>
    trpcMutation(
      ctx.apiOrigin,
      'auth.login',
      { email: user.email, password: ctx.password },
      { 'x-forwarded-for': user.address },
    ),
  );

export const scenarios: Scenario[] = [
  {
    id: 'hono-bare',
    title: 'Bare Hono, no database (context)',
    isContext: true,
    // Context, and the cheapest thing measured: one connection count keeps the run under 10 min.
    connections: [1],
    job: (ctx, connections, seconds) => ({
      main: spec(ctx.floorOrigin, connections, seconds, [{ method: 'GET', path: '/bare' }]),
    }),
  },
  {
    id: 'rls-floor',
    title: "The floor's SELECT in a READ ONLY transaction that sets app.tenant_id, one round trip (context)",
    isContext: true,
    isOnRequest: true,
    job: (ctx, connections, seconds) => ({
      main: spec(
        ctx.floorOrigin,
        connections,
        seconds,
        ctx.tenantIds.map((id) => ({ method: 'GET', path: `/rls-floor/${id}` })),
      ),
    }),
  },
  {
    id: 'sql-read',
    title: 'The SQL of tenant.get on plain Hono, no tRPC (context)',
    isContext: true,
    // At 50 connections it measured 17–19 % of the floor (docs/performance.md); one count keeps the run under 10 min.
    connections: [1],
    job: (ctx, connections, seconds) =>
      readsOnFloorServer(ctx, connections, seconds, (user) => ({
        method: 'GET',
        path: `/sql-read/${user.slug}`,
        headers: { cookie: user.cookie },
      })),
  },
  {
    id: 'naive-read',
    title: "tenant.get built naively (the read budgets' reference): tRPC, each statement awaited in turn",
    isContext: true,
    isReference: true,
    job: (ctx, connections, seconds) =>
      readsOnFloorServer(ctx, connections, seconds, (user) => {
        const query = trpcQuery('tenant.get', { tenant: user.slug }, { cookie: user.cookie });
        return { ...query, path: `/naive${query.path}` };
      }),
  },
  {
    id: 'trpc-bare',
    title: 'The API answering auth.me without a cookie: HTTP, middleware and tRPC, no database (context)',
    isContext: true,
    connections: [1],
    job: (ctx, connections, seconds) => ({
      main: spec(ctx.apiOrigin, connections, seconds, [trpcQuery('auth.me', undefined, {})]),
    }),
  },
  {
    id: 'trpc-read',
    title: 'Authenticated read through tRPC with RLS (tenant.get)',
    reference: 'naive-read',
    job: (ctx, connections, seconds) => ({
      main: spec(ctx.apiOrigin, connections, seconds, readRequests(ctx)),
    }),
  },
  {
    id: 'naive-write',
    title:
      "interventions.create built naively (the write budgets' reference): tRPC, each statement awaited in turn",
    isContext: true,
    isReference: true,
    job: (ctx, connections, seconds) =>
      readsOnFloorServer(ctx, connections, seconds, (user) => {
        const request = trpcMutation(ctx.floorOrigin, 'interventions.create', newIntervention(user), {
          cookie: user.cookie,
        });
        return { ...request, path: `/naive-write${request.path}` };
      }),
  },
  {
    id: 'trpc-write',
    title: 'Write with audit through tRPC (interventions.create)',
    reference: 'naive-write',
    job: (ctx, connections, seconds) => ({
      main: spec(
        ctx.apiOrigin,
        connections,
        seconds,
        ctx.readers.map((user) =>
          trpcMutation(ctx.apiOrigin, 'interventions.create', newIntervention(user), { cookie: user.cookie }),
        ),
      ),
    }),
  },
  // The budgets are at 1 connection (issue 7); 50 would add two minutes and check nothing.
  {
    id: 'national-year',
    title: 'National overview, one year (national.overview for the last year)',
    connections: [1],
    job: (ctx, connections, seconds) => ({
      main: spec(
        ctx.apiOrigin,
        connections,
        seconds,
        nationalRequests(ctx, [{ year: ctx.nationalYears[1] }]),
      ),
    }),
  },
  {
    id: 'national-all',
    title: 'National overview, all years (national.overview for each year in turn)',
    connections: [1],
    job: (ctx, connections, seconds) => {
      const [first, last] = ctx.nationalYears;
      const years = Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i }));
      return { main: spec(ctx.apiOrigin, connections, seconds, nationalRequests(ctx, years)) };
    },
  },
  {
    id: 'login',
    title: 'Login (argon2id; figures are logins/s)',
    job: (ctx, connections, seconds) => ({
      main: spec(ctx.apiOrigin, connections, seconds, loginRequests(ctx)),
    }),
  },
  {
    id: 'read-during-logins',
    title: `tRPC read while ${BACKGROUND_LOGINS_PER_SECOND} logins/s run`,
    job: (ctx, connections, seconds) => ({
      main: spec(ctx.apiOrigin, connections, seconds, readRequests(ctx)),
      background: {
        ...spec(ctx.apiOrigin, 2, seconds, loginRequests(ctx)),
        overallRate: BACKGROUND_LOGINS_PER_SECOND,
      },
    }),
  },
];
