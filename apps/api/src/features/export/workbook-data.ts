import type { ContributionPeriod, ParticipantFigures } from '@samsyn/domain';
import { type AuditRow, listTenantAudit } from '../audit/list-audit.ts';
import { getContributions } from '../economy/contributions/get-contributions.ts';
import { listTeam } from '../team/team.ts';
import type { TenantCtx } from '../verb-context.ts';

/**
 * The förbund's data as people read it, for the Excel workbook: names instead of ids, amounts in
 * öre (the browser writes kronor), dates as ISO days, codes (kinds, statuses) left for the
 * browser's catalogue to put in Swedish. The browser builds the sheets because the audit log's
 * Swedish sentences and every label live in the web app's catalogue.
 */
export interface WorkbookData {
  tenantName: string;
  members: {
    name: string;
    kind: string;
    officialCode: string | null;
    joinedOn: string | null;
    leftOn: string | null;
  }[];
  /** One row per budget, year of it and line (a multi-year budget plans several years). */
  budget: {
    budgetYear: number;
    year: number;
    lineName: string;
    /** The line a "varav" line is part of (it is not added to the totals again). */
    partOf: string | null;
    lineKind: string;
    amount: number;
  }[];
  /** Each funder line of each year's or half-year's contribution plan, as the split gives it. */
  contributions: {
    year: number;
    period: string;
    name: string;
    group: string;
    amount: number;
    comment: string | null;
  }[];
  /** `period` as the app writes it: 2026-03, 2026-H1 or 2026. */
  actuals: {
    year: number;
    period: string;
    lineName: string;
    lineKind: string;
    amount: number;
    note: string | null;
  }[];
  balances: { date: string; section: string; lineName: string; amount: number }[];
  forecast: { year: number; lineName: string; lineKind: string; amount: number }[];
  interventions: {
    name: string;
    kind: string;
    status: string;
    lead: string | null;
    localGroup: string | null;
    startDate: string | null;
    endDate: string | null;
    isArchived: boolean;
  }[];
  participants: { intervention: string; period: string; figures: ParticipantFigures }[];
  goals: {
    intervention: string;
    description: string;
    type: string;
    measure: string | null;
    target: number | null;
    targetPercent: number | null;
    comparison: string | null;
    goalPeriod: string | null;
  }[];
  /** One row per local group and year it reported (a group without years has one with `year` null). */
  localGroups: {
    name: string;
    members: string[];
    population: number | null;
    year: number | null;
    budget: number | null;
    spend: number | null;
    meetingsHeld: number | null;
    hasUpdatedActionPlan: boolean | null;
  }[];
  team: { name: string; email: string; role: string; isActive: boolean; lastActiveAt: string | null }[];
  audit: Omit<AuditRow, 'id' | 'actorUserId' | 'requestId'>[];
}

/** The log is read in pages of this size, newest first, to its beginning. */
const AUDIT_PAGE = 1000;

/**
 * Everything the workbook shows, read in the caller's one tenant transaction (a consistent
 * snapshot). Förbund admins, like the data export: it holds the team's e-mail addresses and the
 * audit log. Scoped to the förbund by `tenant_id` in every query and by row-level security.
 */
export async function getWorkbookData(ctx: TenantCtx): Promise<WorkbookData> {
  const { tx, tenant } = ctx;
  const tenantId = tenant.id;
  const members = await tx<WorkbookData['members']>`
    select name, kind, official_code as "officialCode", to_char(joined_on, 'YYYY-MM-DD') as "joinedOn",
           to_char(left_on, 'YYYY-MM-DD') as "leftOn"
    from members where tenant_id = ${tenantId} order by name, id`;
  const budget = await tx<WorkbookData['budget']>`
    select b.first_year::int as "budgetYear", (b.first_year + a.index - 1)::int as year,
           bl.name as "lineName", p.name as "partOf", l.kind as "lineKind", a.amount::float8 as amount
    from budgets b
    join budget_lines bl on bl.tenant_id = b.tenant_id and bl.budget_id = b.id
    join economy_lines l on l.tenant_id = bl.tenant_id and l.id = bl.line_id
    left join budget_lines p on p.tenant_id = bl.tenant_id and p.budget_id = bl.budget_id and p.line_id = l.parent_line_id
    cross join lateral unnest(bl.amounts_ore) with ordinality as a(amount, index)
    where b.tenant_id = ${tenantId}
    order by b.first_year, a.index, bl.position`;
  const plans = await tx<{ year: number; period: ContributionPeriod }[]>`
    select year::int as year, period from contribution_plans where tenant_id = ${tenantId}
    order by year, case period when 'year' then 0 when 'H1' then 1 else 2 end`;
  const contributions: WorkbookData['contributions'] = [];
  for (const plan of plans) {
    const view = await getContributions(ctx, plan);
    for (const line of view.split?.lines ?? []) {
      contributions.push({
        year: plan.year,
        period: plan.period,
        name: line.name,
        group: line.group,
        amount: line.amount,
        comment: line.override?.comment ?? null,
      });
    }
  }
  const actuals = await tx<WorkbookData['actuals']>`
    select a.year::int as year,
           case a.period_kind when 'month' then a.year || '-' || lpad(a.period_number::text, 2, '0')
                              when 'half' then a.year || '-H' || a.period_number
                              else a.year::text end as period,
           l.name as "lineName", l.kind as "lineKind", a.amount_ore::float8 as amount, a.note
    from actuals a join economy_lines l on l.tenant_id = a.tenant_id and l.id = a.line_id
    where a.tenant_id = ${tenantId}
    order by a.year, case a.period_kind when 'year' then 13 when 'half' then a.period_number * 6
                                        else a.period_number end, l.position, l.name`;
  const balances = await tx<WorkbookData['balances']>`
    select to_char(s.balance_date, 'YYYY-MM-DD') as date, bl.section, bl.name as "lineName",
           bl.amount_ore::float8 as amount
    from balance_sheets s join balance_lines bl on bl.tenant_id = s.tenant_id and bl.balance_sheet_id = s.id
    where s.tenant_id = ${tenantId} order by s.balance_date, bl.position`;
  const forecast = await tx<WorkbookData['forecast']>`
    select f.year::int as year, l.name as "lineName", l.kind as "lineKind", fl.amount_ore::float8 as amount
    from forecasts f
    join forecast_lines fl on fl.tenant_id = f.tenant_id and fl.forecast_id = f.id
    join economy_lines l on l.tenant_id = fl.tenant_id and l.id = fl.line_id
    where f.tenant_id = ${tenantId} order by f.year, l.position, l.name`;
  return {
    tenantName: tenant.name,
    members: [...members],
    budget: [...budget],
    contributions,
    actuals: [...actuals],
    balances: [...balances],
    forecast: [...forecast],
    ...(await readInterventionSheets(ctx)),
    team: (await listTeam(ctx)).map(({ name, email, role, isActive, lastActiveAt }) => ({
      name,
      email,
      role,
      isActive,
      lastActiveAt,
    })),
    audit: await readWholeAudit(ctx),
  };
}

async function readInterventionSheets({
  tx,
  tenant: { id: tenantId },
}: TenantCtx): Promise<Pick<WorkbookData, 'interventions' | 'participants' | 'goals' | 'localGroups'>> {
  const interventions = await tx<WorkbookData['interventions']>`
    select i.name, i.kind, i.status, m.name as lead, g.name as "localGroup",
           to_char(i.start_date, 'YYYY-MM-DD') as "startDate", to_char(i.end_date, 'YYYY-MM-DD') as "endDate",
           i.archived_at is not null as "isArchived"
    from interventions i
    left join members m on m.tenant_id = i.tenant_id and m.id = i.lead_member_id
    left join local_groups g on g.tenant_id = i.tenant_id and g.id = i.local_group_id
    where i.tenant_id = ${tenantId} order by i.name, i.id`;
  const participants = await tx<WorkbookData['participants']>`
    select i.name as intervention, p.period, p.figures
    from participant_figures p join interventions i on i.tenant_id = p.tenant_id and i.id = p.intervention_id
    where p.tenant_id = ${tenantId} order by i.name, p.period_start, p.period_end desc`;
  const goals = await tx<WorkbookData['goals']>`
    select i.name as intervention, g.description, g.type, g.measure, g.target::float8 as target,
           g.target_percent as "targetPercent", g.comparison, g.goal_period as "goalPeriod"
    from intervention_goals g join interventions i on i.tenant_id = g.tenant_id and i.id = g.intervention_id
    where g.tenant_id = ${tenantId} order by i.name, g.position, g.created_at`;
  const localGroups = await tx<WorkbookData['localGroups']>`
    select g.name,
           array(select m.name from local_group_members lm
                 join members m on m.tenant_id = lm.tenant_id and m.id = lm.member_id
                 where lm.tenant_id = g.tenant_id and lm.local_group_id = g.id order by m.name) as members,
           g.population, y.year::int as year, y.budget_ore::float8 as budget, y.spend_ore::float8 as spend,
           y.meetings_held as "meetingsHeld", y.has_updated_action_plan as "hasUpdatedActionPlan"
    from local_groups g
    left join local_group_years y on y.tenant_id = g.tenant_id and y.local_group_id = g.id
    where g.tenant_id = ${tenantId} order by g.name, g.id, y.year`;
  return {
    interventions: [...interventions],
    participants: [...participants],
    goals: [...goals],
    localGroups: [...localGroups],
  };
}

/** The whole log, newest first, as the audit page lists it. */
async function readWholeAudit(ctx: TenantCtx): Promise<WorkbookData['audit']> {
  const entries: WorkbookData['audit'] = [];
  let before: number | undefined;
  for (;;) {
    const page = await listTenantAudit(ctx, { limit: AUDIT_PAGE, before });
    for (const { id: _id, actorUserId: _actor, requestId: _request, ...entry } of page.rows)
      entries.push(entry);
    if (page.nextBefore === null) return entries;
    before = page.nextBefore;
  }
}
