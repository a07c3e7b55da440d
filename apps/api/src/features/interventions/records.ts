import type { TransactionSql } from '@samsyn/db';
import {
  DomainError,
  type Goal,
  type GoalAssessment,
  type Intervention,
  type InterventionBudget,
  type InterventionKind,
  type InterventionStatus,
  type MethodTagId,
  type ParticipantFigures,
  type ParticipantRegistration,
  type TargetGroupId,
} from '@samsyn/domain';

/** An intervention as the API hands it out: the domain's fields plus bookkeeping. */
export interface InterventionRecord extends Intervention {
  version: number;
  archivedAt: string | null;
  isDemoEstimate: boolean;
  estimatedFields: string[];
  createdAt: string;
  updatedAt: string;
}

interface InterventionRow {
  id: string;
  name: string;
  kind: InterventionKind;
  purpose: string;
  targetGroupIds: TargetGroupId[];
  targetGroupText: string;
  methodTagIds: MethodTagId[];
  freeTags: string[];
  leadMemberId: string | null;
  partnerMemberIds: string[];
  startDate: string | null;
  endDate: string | null;
  status: InterventionStatus;
  participantRegistration: ParticipantRegistration;
  localGroupId: string | null;
  archivedAt: string | null;
  isDemoEstimate: boolean;
  estimatedFields: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toRecord = ({ leadMemberId, ...row }: InterventionRow): InterventionRecord => ({
  ...row,
  leadOrganisation: leadMemberId === null ? { type: 'forbund' } : { type: 'member', memberId: leadMemberId },
});

/** The förbund's interventions (one or all), with partners in their order. */
export async function selectInterventions(
  tx: TransactionSql,
  tenantId: string,
  filter: { id?: string; includeArchived?: boolean } = {},
): Promise<InterventionRecord[]> {
  const rows = await tx<InterventionRow[]>`
    select i.id, i.name, i.kind, i.purpose, i.target_group_ids as "targetGroupIds",
           i.target_group_text as "targetGroupText", i.method_tag_ids as "methodTagIds", i.free_tags as "freeTags",
           i.lead_member_id as "leadMemberId",
           array(select p.member_id from intervention_partners p
                 where p.tenant_id = i.tenant_id and p.intervention_id = i.id order by p.position) as "partnerMemberIds",
           to_char(i.start_date, 'YYYY-MM-DD') as "startDate", to_char(i.end_date, 'YYYY-MM-DD') as "endDate",
           i.status, i.participant_registration as "participantRegistration", i.local_group_id as "localGroupId",
           i.archived_at::text as "archivedAt", i.is_demo_estimate as "isDemoEstimate",
           i.estimated_fields as "estimatedFields", i.version,
           i.created_at::text as "createdAt", i.updated_at::text as "updatedAt"
    from interventions i
    where i.tenant_id = ${tenantId}
      ${filter.id === undefined ? tx`` : tx`and i.id = ${filter.id}`}
      ${filter.includeArchived ? tx`` : tx`and i.archived_at is null`}
    order by i.name, i.id`;
  return rows.map(toRecord);
}

/** One intervention of the förbund, archived or not; NOT_FOUND when it has none with that id. */
export async function getInterventionRecord(
  tx: TransactionSql,
  tenantId: string,
  id: string,
): Promise<InterventionRecord> {
  const [record] = await selectInterventions(tx, tenantId, { id, includeArchived: true });
  if (!record) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'intervention' });
  return record;
}

/** Locks the intervention row for the rest of the transaction (writes to its parts serialise on it). */
export async function lockIntervention(
  tx: TransactionSql,
  tenantId: string,
  id: string,
  options: { forUpdate: boolean } = { forUpdate: true },
): Promise<{ kind: InterventionKind; version: number; archivedAt: string | null }> {
  const [row] = await tx<{ kind: InterventionKind; version: number; archivedAt: string | null }[]>`
    select kind, version, archived_at::text as "archivedAt" from interventions
    where tenant_id = ${tenantId} and id = ${id} ${options.forUpdate ? tx`for update` : tx``}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'intervention' });
  return row;
}

/** Refuses changes to an archived intervention: restore it first. */
export function assertNotArchived(row: { archivedAt: string | null }): void {
  if (row.archivedAt !== null) throw new DomainError('CONFLICT', 'intervention.archived');
}

export interface GoalRecord {
  id: string;
  interventionId: string;
  position: number;
  goal: Goal;
  isDemoEstimate: boolean;
  version: number;
  assessments: (GoalAssessment & { period: string; version: number })[];
}

interface GoalRow {
  id: string;
  interventionId: string;
  position: number;
  type: Goal['type'];
  description: string;
  measure: string | null;
  target: string | null;
  targetPercent: number | null;
  comparison: 'at_least' | 'at_most' | null;
  goalPeriod: string | null;
  isDemoEstimate: boolean;
  version: number;
  assessments: {
    period: string;
    status: GoalAssessment['status'];
    enteredActual: number | null;
    comment: string;
    version: number;
  }[];
}

/** Rebuilds the domain Goal from its columns (the table's check constraint guarantees the shape). */
function goalOf(row: GoalRow): Goal {
  if (row.type === 'qualitative') return { type: 'qualitative', description: row.description };
  if (row.type === 'count') {
    return {
      type: 'count',
      description: row.description,
      measure: row.measure as Extract<Goal, { type: 'count' }>['measure'],
      target: Number(row.target),
      period: row.goalPeriod,
    };
  }
  return {
    type: 'share',
    description: row.description,
    measure: row.measure as Extract<Goal, { type: 'share' }>['measure'],
    targetPercent: row.targetPercent ?? 0,
    comparison: row.comparison ?? 'at_least',
    period: row.goalPeriod,
  };
}

/** Goals of the given interventions (all of the förbund's when null), each with its assessments by period. */
export async function selectGoals(
  tx: TransactionSql,
  tenantId: string,
  interventionIds: readonly string[] | null,
  goalId?: string,
): Promise<GoalRecord[]> {
  const rows = await tx<GoalRow[]>`
    select g.id, g.intervention_id as "interventionId", g.position, g.type, g.description, g.measure,
           g.target::text as target, g.target_percent as "targetPercent", g.comparison, g.goal_period as "goalPeriod",
           g.is_demo_estimate as "isDemoEstimate", g.version,
           coalesce((select json_agg(json_build_object('period', a.period, 'status', a.status,
                       'enteredActual', a.entered_actual, 'comment', a.comment, 'version', a.version) order by a.period)
                     from intervention_goal_assessments a where a.tenant_id = g.tenant_id and a.goal_id = g.id), '[]') as assessments
    from intervention_goals g
    where g.tenant_id = ${tenantId}
      ${interventionIds === null ? tx`` : tx`and g.intervention_id = any(${interventionIds as string[]}::uuid[])`}
      ${goalId === undefined ? tx`` : tx`and g.id = ${goalId}`}
    order by g.intervention_id, g.position, g.created_at, g.id`;
  return rows.map((row) => ({
    id: row.id,
    interventionId: row.interventionId,
    position: row.position,
    goal: goalOf(row),
    isDemoEstimate: row.isDemoEstimate,
    version: row.version,
    assessments: row.assessments.map((assessment) => ({
      ...assessment,
      enteredActual: assessment.enteredActual === null ? null : Number(assessment.enteredActual),
    })),
  }));
}

export interface BudgetRecord extends InterventionBudget {
  interventionId: string;
  isDemoEstimate: boolean;
  estimatedFields: string[];
  version: number;
}

/** Budgets per year of the given interventions (all when null); amounts öre as numbers. */
export async function selectBudgets(
  tx: TransactionSql,
  tenantId: string,
  interventionIds: readonly string[] | null,
): Promise<BudgetRecord[]> {
  const rows = await tx<
    {
      interventionId: string;
      year: number;
      totalBudget: string;
      spendToDate: string;
      plannedTotal: number | null;
      plannedWomen: number | null;
      plannedMen: number | null;
      plannedOtherUnknown: number | null;
      isDemoEstimate: boolean;
      estimatedFields: string[];
      version: number;
    }[]
  >`
    select intervention_id as "interventionId", year, total_budget_ore::text as "totalBudget",
           spend_ore::text as "spendToDate", planned_total as "plannedTotal", planned_women as "plannedWomen",
           planned_men as "plannedMen", planned_other_unknown as "plannedOtherUnknown",
           is_demo_estimate as "isDemoEstimate", estimated_fields as "estimatedFields", version
    from intervention_budgets
    where tenant_id = ${tenantId}
      ${interventionIds === null ? tx`` : tx`and intervention_id = any(${interventionIds as string[]}::uuid[])`}
    order by intervention_id, year`;
  return rows.map((row) => ({
    interventionId: row.interventionId,
    year: row.year,
    totalBudget: Number(row.totalBudget),
    spendToDate: Number(row.spendToDate),
    plannedParticipants:
      row.plannedTotal === null
        ? null
        : {
            total: row.plannedTotal,
            women: row.plannedWomen ?? 0,
            men: row.plannedMen ?? 0,
            otherUnknown: row.plannedOtherUnknown ?? 0,
          },
    isDemoEstimate: row.isDemoEstimate,
    estimatedFields: row.estimatedFields,
    version: row.version,
  }));
}

export interface FiguresRecord {
  interventionId: string;
  period: string;
  figures: ParticipantFigures;
  isDemoEstimate: boolean;
  estimatedFields: string[];
  version: number;
  updatedAt: string;
}

/** Participant figures of the given interventions (all when null), optionally only periods overlapping [from, to]. */
export async function selectFigures(
  tx: TransactionSql,
  tenantId: string,
  interventionIds: readonly string[] | null,
  range?: { from: string; to: string },
): Promise<FiguresRecord[]> {
  return tx<FiguresRecord[]>`
    select intervention_id as "interventionId", period, figures, is_demo_estimate as "isDemoEstimate",
           estimated_fields as "estimatedFields", version, updated_at::text as "updatedAt"
    from participant_figures
    where tenant_id = ${tenantId}
      ${interventionIds === null ? tx`` : tx`and intervention_id = any(${interventionIds as string[]}::uuid[])`}
      ${range === undefined ? tx`` : tx`and period_start <= ${range.to} and period_end >= ${range.from}`}
    order by intervention_id, period_start, period_end`;
}

export interface NoteRecord {
  interventionId: string;
  period: string;
  resultsText: string;
  comment: string;
  version: number;
}

/** Period notes ("Resultat", "Kommentar") of the given interventions (all when null). */
export async function selectNotes(
  tx: TransactionSql,
  tenantId: string,
  interventionIds: readonly string[] | null,
  period?: string,
): Promise<NoteRecord[]> {
  return tx<NoteRecord[]>`
    select intervention_id as "interventionId", period, results_text as "resultsText", comment, version
    from intervention_period_notes
    where tenant_id = ${tenantId}
      ${interventionIds === null ? tx`` : tx`and intervention_id = any(${interventionIds as string[]}::uuid[])`}
      ${period === undefined ? tx`` : tx`and period = ${period}`}
    order by intervention_id, period`;
}

/** Problems for member ids that are not members of this förbund, at the given field path. */
export async function unknownMemberProblems(
  tx: TransactionSql,
  tenantId: string,
  ids: readonly { id: string; path: (string | number)[] }[],
  key: string,
): Promise<{ key: string; path: (string | number)[] }[]> {
  if (ids.length === 0) return [];
  const found = await tx<{ id: string }[]>`
    select id from members where tenant_id = ${tenantId} and id = any(${ids.map((item) => item.id)}::uuid[])`;
  const known = new Set(found.map((row) => row.id));
  return ids.filter((item) => !known.has(item.id)).map((item) => ({ key, path: item.path }));
}
