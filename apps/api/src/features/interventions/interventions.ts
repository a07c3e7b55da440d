import { randomUUID } from 'node:crypto';
import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  type BudgetUsage,
  budgetUsage,
  type CreateInterventionInput,
  checkStatusChange,
  comparePeriods,
  crossFieldProblems,
  DomainError,
  followUpGoal,
  type GoalFollowUp,
  type InterventionStatus,
  type Period,
  parsePeriod,
  type StatusChange,
  throwIfProblems,
  todayInSweden,
  type UpdateInterventionInput,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import {
  assertNotArchived,
  type BudgetRecord,
  type FiguresRecord,
  type GoalRecord,
  getInterventionRecord,
  type InterventionRecord,
  lockIntervention,
  type NoteRecord,
  selectBudgets,
  selectFigures,
  selectGoals,
  selectInterventions,
  selectNotes,
  unknownMemberProblems,
} from './records.ts';

export interface InterventionListItem extends InterventionRecord {
  localGroupName: string | null;
  hasFigures: boolean;
  /** The latest period with figures (by its end), e.g. '2019-H1'. */
  latestPeriod: string | null;
  goalCount: number;
  /** The most recent year with a budget. */
  latestBudget: { year: number; totalBudget: number; spendToDate: number; usage: BudgetUsage } | null;
}

/**
 * The förbund's interventions for the register: every field, plus its local group's name, whether
 * figures exist and its latest budget. Any member may read. Filtering, search and sorting happen
 * in the browser (a förbund has tens of interventions, not thousands).
 */
export async function listInterventions(
  tx: TransactionSql,
  tenantId: string,
  input: { includeArchived: boolean },
): Promise<InterventionListItem[]> {
  const records = await selectInterventions(tx, tenantId, { includeArchived: input.includeArchived });
  const extras = await tx<
    { id: string; localGroupName: string | null; latestPeriod: string | null; goalCount: number }[]
  >`
    select i.id, lg.name as "localGroupName",
           (select f.period from participant_figures f where f.tenant_id = i.tenant_id and f.intervention_id = i.id
            order by f.period_end desc, f.period_start limit 1) as "latestPeriod",
           (select count(*)::int from intervention_goals g where g.tenant_id = i.tenant_id and g.intervention_id = i.id) as "goalCount"
    from interventions i
    left join local_groups lg on lg.tenant_id = i.tenant_id and lg.id = i.local_group_id
    where i.tenant_id = ${tenantId}`;
  const extraById = new Map(extras.map((row) => [row.id, row]));
  const latest = new Map<string, BudgetRecord>();
  for (const budget of await selectBudgets(tx, tenantId, null)) {
    const current = latest.get(budget.interventionId);
    if (!current || budget.year > current.year) latest.set(budget.interventionId, budget);
  }
  return records.map((record) => {
    const extra = extraById.get(record.id);
    const budget = latest.get(record.id);
    return {
      ...record,
      localGroupName: extra?.localGroupName ?? null,
      hasFigures: (extra?.latestPeriod ?? null) !== null,
      latestPeriod: extra?.latestPeriod ?? null,
      goalCount: extra?.goalCount ?? 0,
      latestBudget: budget
        ? {
            year: budget.year,
            totalBudget: budget.totalBudget,
            spendToDate: budget.spendToDate,
            usage: budgetUsage(budget),
          }
        : null,
    };
  });
}

export interface StatusHistoryEntry {
  id: number;
  fromStatus: InterventionStatus | null;
  toStatus: InterventionStatus;
  effectiveDate: string;
  isReopening: boolean;
  note: string;
  changedByName: string | null;
  changedAt: string;
}

export interface InterventionDetail {
  intervention: InterventionRecord;
  localGroupName: string | null;
  statusHistory: StatusHistoryEntry[];
  goals: (GoalRecord & { followUps: { period: string; followUp: GoalFollowUp }[] })[];
  budgets: (BudgetRecord & { usage: BudgetUsage })[];
  figures: FiguresRecord[];
  notes: NoteRecord[];
  /** Periods with figures, notes or assessments, oldest first. */
  periods: string[];
}

/**
 * One intervention with everything about it: status history, goals with their follow-up for every
 * period that has figures or an assessment, budgets with share used, figures and notes per period.
 * Any member may read.
 */
export async function getIntervention(
  tx: TransactionSql,
  tenantId: string,
  input: { id: string },
): Promise<InterventionDetail> {
  const intervention = await getInterventionRecord(tx, tenantId, input.id);
  const ids = [intervention.id];
  const [history, localGroup, goals, budgets, figures, notes] = await Promise.all([
    tx<StatusHistoryEntry[]>`
      select c.id::int as id, c.from_status as "fromStatus", c.to_status as "toStatus",
             to_char(c.effective_date, 'YYYY-MM-DD') as "effectiveDate", c.is_reopening as "isReopening", c.note,
             u.name as "changedByName", c.changed_at::text as "changedAt"
      from intervention_status_changes c left join users u on u.id = c.changed_by
      where c.tenant_id = ${tenantId} and c.intervention_id = ${intervention.id}
      order by c.id`,
    intervention.localGroupId === null
      ? Promise.resolve([])
      : tx<
          { name: string }[]
        >`select name from local_groups where tenant_id = ${tenantId} and id = ${intervention.localGroupId}`,
    selectGoals(tx, tenantId, ids),
    selectBudgets(tx, tenantId, ids),
    selectFigures(tx, tenantId, ids),
    selectNotes(tx, tenantId, ids),
  ]);
  const periodTexts = new Set<string>([
    ...figures.map((entry) => entry.period),
    ...notes.map((note) => note.period),
    ...goals.flatMap((goal) => goal.assessments.map((assessment) => assessment.period)),
  ]);
  const periods = [...periodTexts]
    .map((text) => ({ text, period: parsePeriod(text) as Period }))
    .sort((a, b) => comparePeriods(a.period, b.period));
  return {
    intervention,
    localGroupName: localGroup[0]?.name ?? null,
    statusHistory: history,
    goals: goals.map((goal) => ({
      ...goal,
      followUps: periods.map(({ text, period }) => ({
        period: text,
        followUp: followUpGoal(goal.goal, {
          period,
          figures: figures.find((entry) => entry.period === text)?.figures ?? null,
          assessment: goal.assessments.find((assessment) => assessment.period === text) ?? null,
        }),
      })),
    })),
    budgets: budgets.map((budget) => ({ ...budget, usage: budgetUsage(budget) })),
    figures,
    notes,
    periods: periods.map((entry) => entry.text),
  };
}

/** Member ids, lead and partners, and the local group must belong to this förbund. */
async function checkReferences(
  tx: TransactionSql,
  tenantId: string,
  input: Partial<Pick<CreateInterventionInput, 'leadOrganisation' | 'partnerMemberIds' | 'localGroupId'>>,
): Promise<void> {
  const ids: { id: string; path: (string | number)[] }[] = [];
  if (input.leadOrganisation?.type === 'member')
    ids.push({ id: input.leadOrganisation.memberId, path: ['leadOrganisation', 'memberId'] });
  for (const [index, id] of (input.partnerMemberIds ?? []).entries())
    ids.push({ id, path: ['partnerMemberIds', index] });
  const problems = await unknownMemberProblems(tx, tenantId, ids, 'intervention.memberNotFound');
  if (input.localGroupId) {
    const [group] = await tx`
      select 1 from local_groups where tenant_id = ${tenantId} and id = ${input.localGroupId}`;
    if (!group) problems.push({ key: 'intervention.localGroupNotFound', path: ['localGroupId'] });
  }
  throwIfProblems('intervention.invalid', problems);
}

/** Inserts the partners in their order, as one statement (sent when awaited). */
function insertPartners(tx: TransactionSql, tenantId: string, id: string, partnerIds: readonly string[]) {
  return tx`
    insert into intervention_partners (tenant_id, intervention_id, member_id, position)
    select ${tenantId}, ${id}, member_id, position::int - 1
    from unnest(${partnerIds}::uuid[]) with ordinality as p(member_id, position)`;
}

async function writePartners(
  tx: TransactionSql,
  tenantId: string,
  id: string,
  partnerIds: readonly string[],
) {
  await tx`delete from intervention_partners where tenant_id = ${tenantId} and intervention_id = ${id}`;
  if (partnerIds.length > 0) await insertPartners(tx, tenantId, id, partnerIds);
}

const today = () => todayInSweden();

/**
 * Registers an intervention with its first status in the history. Editors and admins.
 * The id is chosen here so that the row, its partners, its first status, the audit entry and the
 * read-back go to the database as one pipelined batch: one round trip instead of five. Each query
 * is started (`execute`) in the order the statements must run; PostgreSQL runs a connection's
 * statements in the order they arrive.
 */
export async function createIntervention(
  tx: TransactionSql,
  tenantId: string,
  input: CreateInterventionInput,
): Promise<InterventionRecord> {
  await checkReferences(tx, tenantId, input);
  const id = randomUUID();
  const writes = [
    tx`
      insert into interventions (id, tenant_id, name, kind, purpose, target_group_ids, target_group_text,
        method_tag_ids, free_tags, lead_member_id, participant_registration, start_date, end_date, status,
        local_group_id)
      values (${id}, ${tenantId}, ${input.name}, ${input.kind}, ${input.purpose}, ${input.targetGroupIds},
        ${input.targetGroupText}, ${input.methodTagIds}, ${input.freeTags},
        ${input.leadOrganisation.type === 'member' ? input.leadOrganisation.memberId : null},
        ${input.participantRegistration}, ${input.startDate}, ${input.endDate}, ${input.status},
        ${input.localGroupId})`.execute(),
    input.partnerMemberIds.length > 0
      ? insertPartners(tx, tenantId, id, input.partnerMemberIds).execute()
      : null,
    tx`
      insert into intervention_status_changes (tenant_id, intervention_id, from_status, to_status, effective_date, changed_by)
      values (${tenantId}, ${id}, null, ${input.status}, ${input.startDate ?? today()}, current_user_id())`.execute(),
    recordAudit(tx, { action: 'intervention.create', entity: 'intervention', entityId: id, after: input }),
  ];
  const [record] = await Promise.all([getInterventionRecord(tx, tenantId, id), ...writes]);
  return record;
}

/**
 * Changes any of an intervention's fields except its status (see setInterventionStatus), if nobody
 * saved it since the editor loaded it. Editors and admins; not while archived.
 */
export async function updateIntervention(
  tx: TransactionSql,
  tenantId: string,
  input: UpdateInterventionInput & { id: string },
): Promise<InterventionRecord> {
  const { id, expectedVersion, ...changes } = input;
  const locked = await lockIntervention(tx, tenantId, id);
  if (locked.version !== expectedVersion) staleOrMissing('intervention', true);
  assertNotArchived(locked);
  const before = await getInterventionRecord(tx, tenantId, id);
  const merged = { ...before, ...changes };
  throwIfProblems('intervention.invalid', crossFieldProblems(merged));
  if (changes.kind !== undefined && changes.kind !== before.kind) {
    const [figures] =
      await tx`select 1 from participant_figures where tenant_id = ${tenantId} and intervention_id = ${id} limit 1`;
    if (figures)
      throwIfProblems('intervention.invalid', [{ key: 'intervention.kindFixedByFigures', path: ['kind'] }]);
  }
  await checkReferences(tx, tenantId, changes);
  await tx`
    update interventions set
      name = ${merged.name}, kind = ${merged.kind}, purpose = ${merged.purpose},
      target_group_ids = ${merged.targetGroupIds}, target_group_text = ${merged.targetGroupText},
      method_tag_ids = ${merged.methodTagIds}, free_tags = ${merged.freeTags},
      lead_member_id = ${merged.leadOrganisation.type === 'member' ? merged.leadOrganisation.memberId : null},
      participant_registration = ${merged.participantRegistration},
      start_date = ${merged.startDate}, end_date = ${merged.endDate}, local_group_id = ${merged.localGroupId},
      version = version + 1
    where tenant_id = ${tenantId} and id = ${id}`;
  if (changes.partnerMemberIds !== undefined) await writePartners(tx, tenantId, id, changes.partnerMemberIds);
  const after = await getInterventionRecord(tx, tenantId, id);
  const changed = Object.keys(changes) as (keyof typeof changes)[];
  await recordAudit(tx, {
    action: 'intervention.update',
    entity: 'intervention',
    entityId: id,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  });
  return after;
}

/**
 * Moves an intervention to another status along the allowed transitions (reopening an ended one
 * only explicitly), appending to its history. Editors and admins; optimistic concurrency.
 */
export async function setInterventionStatus(
  tx: TransactionSql,
  tenantId: string,
  input: StatusChange & { id: string; expectedVersion: number },
): Promise<InterventionRecord> {
  const locked = await lockIntervention(tx, tenantId, input.id);
  if (locked.version !== input.expectedVersion) staleOrMissing('intervention', true);
  assertNotArchived(locked);
  const before = await getInterventionRecord(tx, tenantId, input.id);
  const checked = checkStatusChange(before.status, input.to, { isReopening: input.isReopening });
  if (!checked.ok) throw new DomainError('INVALID', checked.problems[0]?.key ?? 'intervention.statusInvalid');
  const [last] = await tx<{ effectiveDate: string }[]>`
    select to_char(max(effective_date), 'YYYY-MM-DD') as "effectiveDate" from intervention_status_changes
    where tenant_id = ${tenantId} and intervention_id = ${input.id}`;
  if (last?.effectiveDate && input.effectiveDate < last.effectiveDate)
    throwIfProblems('intervention.invalid', [
      { key: 'intervention.statusDateBeforeLast', path: ['effectiveDate'] },
    ]);
  await tx`
    update interventions set status = ${input.to}, version = version + 1
    where tenant_id = ${tenantId} and id = ${input.id}`;
  await tx`
    insert into intervention_status_changes (tenant_id, intervention_id, from_status, to_status, effective_date,
      is_reopening, note, changed_by)
    values (${tenantId}, ${input.id}, ${before.status}, ${input.to}, ${input.effectiveDate}, ${input.isReopening},
      ${input.note ?? ''}, current_user_id())`;
  await recordAudit(tx, {
    action: 'intervention.setStatus',
    entity: 'intervention',
    entityId: input.id,
    before: { status: before.status },
    after: { status: input.to, effectiveDate: input.effectiveDate, isReopening: input.isReopening },
  });
  return getInterventionRecord(tx, tenantId, input.id);
}

/**
 * Archives an intervention (it leaves the register's default view and the reports, its figures
 * stay), or restores it. Editors and admins; optimistic concurrency.
 */
export async function setInterventionArchived(
  tx: TransactionSql,
  tenantId: string,
  input: { id: string; expectedVersion: number; isArchived: boolean },
): Promise<InterventionRecord> {
  const locked = await lockIntervention(tx, tenantId, input.id);
  if (locked.version !== input.expectedVersion) staleOrMissing('intervention', true);
  if ((locked.archivedAt !== null) === input.isArchived)
    throw new DomainError(
      'CONFLICT',
      input.isArchived ? 'intervention.alreadyArchived' : 'intervention.notArchived',
    );
  await tx`
    update interventions set archived_at = ${input.isArchived ? tx`now()` : null}, version = version + 1
    where tenant_id = ${tenantId} and id = ${input.id}`;
  await recordAudit(tx, {
    action: input.isArchived ? 'intervention.archive' : 'intervention.restore',
    entity: 'intervention',
    entityId: input.id,
  });
  return getInterventionRecord(tx, tenantId, input.id);
}

/**
 * Deletes an intervention registered by mistake — only while it has no participant figures. Once
 * figures exist it is archived instead (CONFLICT `intervention.hasFigures`), so reported results
 * never vanish. Editors and admins; optimistic concurrency.
 */
export async function deleteIntervention(
  tx: TransactionSql,
  tenantId: string,
  input: { id: string; expectedVersion: number },
): Promise<{ id: string }> {
  const locked = await lockIntervention(tx, tenantId, input.id);
  if (locked.version !== input.expectedVersion) staleOrMissing('intervention', true);
  const [figures] = await tx`
    select 1 from participant_figures where tenant_id = ${tenantId} and intervention_id = ${input.id} limit 1`;
  if (figures) throw new DomainError('CONFLICT', 'intervention.hasFigures');
  const before = await getInterventionRecord(tx, tenantId, input.id);
  await tx`delete from interventions where tenant_id = ${tenantId} and id = ${input.id}`;
  await recordAudit(tx, {
    action: 'intervention.delete',
    entity: 'intervention',
    entityId: input.id,
    before: { name: before.name, kind: before.kind, status: before.status },
  });
  return { id: input.id };
}
