import { isUniqueViolation, recordAudit, type TransactionSql } from '@samsyn/db';
import {
  allocateLocalGroupBudgets,
  DomainError,
  type LocalGroup,
  type LocalGroupBudgetDistribution,
  type LocalGroupYear,
  type LocalGroupYearTerms,
  throwIfProblems,
  ValidationFailed,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import { readLocalGroupSpend, type SpendSource } from '../economy/allocations/intervention-spend.ts';
import type { TenantCtx } from '../verb-context.ts';
import { type LocalGroupTermRecord, termSumProblems, writeYearTerms } from './local-groups-terms.ts';
import { unknownMemberProblems } from './records/intervention-record.ts';

export interface LocalGroupRecord extends LocalGroup {
  id: string;
  version: number;
  /**
   * `spend` follows the books (allocations to the group, issue 19) and is the typed spend only for
   * a year without any; `typedSpend` is what the year form edits.
   */
  years: (LocalGroupYear & {
    version: number;
    isDemoEstimate: boolean;
    estimatedFields: string[];
    typedSpend: number;
    spendSource: SpendSource;
    /** The year's terms, spring first; none for a year kept only as a yearly total. */
    terms: LocalGroupTermRecord[];
  })[];
  /** The interventions the group started (registered with it). */
  interventions: { id: string; name: string; kind: string; status: string; archivedAt: string | null }[];
}

interface LocalGroupRow {
  id: string;
  name: string;
  population: number | null;
  version: number;
  municipalityMemberIds: string[];
  years: {
    year: number;
    budget: string | number;
    spend: string | number;
    meetingsHeld: number;
    hasUpdatedActionPlan: boolean;
    version: number;
    isDemoEstimate: boolean;
    estimatedFields: string[];
    terms: LocalGroupTermRecord[];
  }[];
  interventions: LocalGroupRecord['interventions'];
}

/** The förbund's local groups with their members, years and interventions, by name. Any member. */
export const listLocalGroups = ({ tx, tenant }: TenantCtx): Promise<LocalGroupRecord[]> =>
  readLocalGroups(tx, tenant.id);

/** The local groups (or the one with `groupId`), as `listLocalGroups` shows them. */
async function readLocalGroups(
  tx: TransactionSql,
  tenantId: string,
  groupId?: string,
): Promise<LocalGroupRecord[]> {
  const rows = await tx<LocalGroupRow[]>`
    select g.id, g.name, g.population, g.version,
           array(select m.member_id from local_group_members m
                 where m.tenant_id = g.tenant_id and m.local_group_id = g.id order by m.member_id) as "municipalityMemberIds",
           coalesce((select json_agg(json_build_object('year', y.year, 'budget', y.budget_ore::text,
                       'spend', y.spend_ore::text, 'meetingsHeld', y.meetings_held,
                       'hasUpdatedActionPlan', y.has_updated_action_plan, 'version', y.version,
                       'isDemoEstimate', y.is_demo_estimate, 'estimatedFields', y.estimated_fields,
                       'terms', coalesce((select json_agg(json_build_object('term', t.term, 'meetingsHeld', t.meetings_held,
                           'allPartiesPresent', t.all_parties_present, 'version', t.version,
                           'isDemoEstimate', t.is_demo_estimate) order by t.term desc)
                         from local_group_terms t where t.tenant_id = y.tenant_id and t.local_group_id = y.local_group_id
                           and t.year = y.year), '[]')) order by y.year)
                     from local_group_years y where y.tenant_id = g.tenant_id and y.local_group_id = g.id), '[]') as years,
           coalesce((select json_agg(json_build_object('id', i.id, 'name', i.name, 'kind', i.kind, 'status', i.status,
                       'archivedAt', i.archived_at) order by i.name)
                     from interventions i where i.tenant_id = g.tenant_id and i.local_group_id = g.id), '[]') as interventions
    from local_groups g
    where g.tenant_id = ${tenantId} ${groupId === undefined ? tx`` : tx`and g.id = ${groupId}`}
    order by g.name`;
  const spendByYear = new Map<number, Awaited<ReturnType<typeof readLocalGroupSpend>>>();
  for (const year of new Set(rows.flatMap((row) => row.years.map((entry) => entry.year))))
    spendByYear.set(year, await readLocalGroupSpend(tx, { from: `${year}-01-01`, to: `${year}-12-31` }));
  return rows.map((row) => ({
    ...row,
    years: row.years.map((year) => {
      const spend = spendByYear.get(year.year)?.get(row.id);
      return {
        ...year,
        budget: Number(year.budget),
        spend: spend ? Number(spend.spendOre) : Number(year.spend),
        typedSpend: Number(year.spend),
        spendSource: spend?.source ?? 'typed',
      };
    }),
  }));
}

export async function getLocalGroup(
  tx: TransactionSql,
  tenantId: string,
  id: string,
): Promise<LocalGroupRecord> {
  const [group] = await readLocalGroups(tx, tenantId, id);
  if (!group) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'localGroup' });
  return group;
}

async function writeMembers(tx: TransactionSql, tenantId: string, id: string, memberIds: readonly string[]) {
  const problems = await unknownMemberProblems(
    tx,
    tenantId,
    memberIds.map((memberId, index) => ({ id: memberId, path: ['municipalityMemberIds', index] })),
    'localGroup.memberNotFound',
  );
  throwIfProblems('localGroup.invalid', problems);
  await tx`delete from local_group_members where tenant_id = ${tenantId} and local_group_id = ${id}`;
  for (const memberId of new Set(memberIds)) {
    await tx`insert into local_group_members (tenant_id, local_group_id, member_id) values (${tenantId}, ${id}, ${memberId})`;
  }
}

/** Sets up a local group. Names are unique per förbund. Editors. */
export async function createLocalGroup(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: LocalGroup,
): Promise<LocalGroupRecord> {
  try {
    const [row] = await tx.savepoint(
      (sp) => sp<{ id: string }[]>`
        insert into local_groups (tenant_id, name, population) values (${tenantId}, ${input.name}, ${input.population})
        returning id`,
    );
    if (!row) throw new Error('local group insert returned no row');
    await writeMembers(tx, tenantId, row.id, input.municipalityMemberIds);
    await recordAudit(tx, {
      action: 'localGroup.create',
      entity: 'localGroup',
      entityId: row.id,
      after: input,
    });
    return getLocalGroup(tx, tenantId, row.id);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'localGroup.duplicateName');
    throw error;
  }
}

/** Renames a local group, changes its municipalities or population. Editors; optimistic concurrency. */
export async function updateLocalGroup(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: LocalGroup & { id: string; expectedVersion: number },
): Promise<LocalGroupRecord> {
  const before = await getLocalGroup(tx, tenantId, input.id);
  try {
    const updated = await tx.savepoint(
      (sp) => sp`
        update local_groups set name = ${input.name}, population = ${input.population}, version = version + 1
        where tenant_id = ${tenantId} and id = ${input.id} and version = ${input.expectedVersion}
        returning 1`,
    );
    if (updated.length === 0) staleOrMissing('localGroup', true);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'localGroup.duplicateName');
    throw error;
  }
  await writeMembers(tx, tenantId, input.id, input.municipalityMemberIds);
  const { years: _y, interventions: _i, version: _v, ...beforeFields } = before;
  const { id: _id, expectedVersion: _e, ...afterFields } = input;
  await recordAudit(tx, {
    action: 'localGroup.update',
    entity: 'localGroup',
    entityId: input.id,
    before: beforeFields,
    after: afterFields,
  });
  return getLocalGroup(tx, tenantId, input.id);
}

/**
 * Removes a local group with its years — refused (CONFLICT `localGroup.inUse`) while an
 * intervention or an application for funds belongs to it. Editors; optimistic concurrency; the UI
 * confirms first.
 */
export async function deleteLocalGroup(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { id: string; expectedVersion: number },
): Promise<{ id: string }> {
  const before = await getLocalGroup(tx, tenantId, input.id);
  if (before.interventions.length > 0) throw new DomainError('CONFLICT', 'localGroup.inUse');
  const [applications] = await tx<{ count: number }[]>`
    select count(*)::int from applications where tenant_id = ${tenantId} and local_group_id = ${input.id}`;
  if ((applications?.count ?? 0) > 0) throw new DomainError('CONFLICT', 'localGroup.inUse');
  const deleted = await tx`
    delete from local_groups where tenant_id = ${tenantId} and id = ${input.id} and version = ${input.expectedVersion}
    returning 1`;
  if (deleted.length === 0) staleOrMissing('localGroup', true);
  await recordAudit(tx, {
    action: 'localGroup.delete',
    entity: 'localGroup',
    entityId: input.id,
    before: { name: before.name, years: before.years },
  });
  return { id: input.id };
}

/**
 * A local group's year: budget, spend (öre), meetings held, action plan updated, and — when `terms`
 * is given — its terms (a null term is not kept). A year with terms has their sum as its meetings,
 * so a different yearly figure is refused beside the field. `expectedVersion` null creates the
 * year. Editors.
 */
export async function saveLocalGroupYear(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: LocalGroupYear & {
    localGroupId: string;
    expectedVersion: number | null;
    terms?: LocalGroupYearTerms | undefined;
  },
): Promise<LocalGroupRecord> {
  const group = await getLocalGroup(tx, tenantId, input.localGroupId);
  const before = group.years.find((year) => year.year === input.year);
  throwIfProblems('localGroup.invalid', termSumProblems(input, before?.terms ?? []));
  if (input.expectedVersion === null) {
    if (before) staleOrMissing('localGroupYear', true);
    await tx`
      insert into local_group_years (tenant_id, local_group_id, year, budget_ore, spend_ore, meetings_held,
        has_updated_action_plan)
      values (${tenantId}, ${input.localGroupId}, ${input.year}, ${input.budget}, ${input.spend}, ${input.meetingsHeld},
        ${input.hasUpdatedActionPlan})`;
  } else {
    const updated = await tx`
      update local_group_years set budget_ore = ${input.budget}, spend_ore = ${input.spend},
        meetings_held = ${input.meetingsHeld}, has_updated_action_plan = ${input.hasUpdatedActionPlan},
        is_demo_estimate = false, estimated_fields = '{}', version = version + 1
      where tenant_id = ${tenantId} and local_group_id = ${input.localGroupId} and year = ${input.year}
        and version = ${input.expectedVersion}
      returning 1`;
    if (updated.length === 0) staleOrMissing('localGroupYear', before !== undefined);
  }
  if (input.terms) await writeYearTerms(tx, tenantId, input.localGroupId, input.year, input.terms);
  const { localGroupId: _g, expectedVersion: _e, ...after } = input;
  await recordAudit(tx, {
    action: 'localGroup.saveYear',
    entity: 'localGroup',
    entityId: input.localGroupId,
    before,
    after,
  });
  return getLocalGroup(tx, tenantId, input.localGroupId);
}

/**
 * "Fördela": sets every local group's budget for the year to its share of `total` by population
 * (the domain's `allocateLocalGroupBudgets`, largest remainder, exact to the öre), in one
 * transaction with one audit entry. A year the group has not entered yet is created with nothing
 * spent and no meetings. CONFLICT when the groups or their populations differ from the preview's
 * `basis`. Editors.
 */
export async function distributeLocalGroupBudgets(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: LocalGroupBudgetDistribution,
): Promise<LocalGroupRecord[]> {
  const groups = await tx<{ id: string; population: number | null; budget: string | null }[]>`
    select g.id, g.population, y.budget_ore::text as budget from local_groups g
    left join local_group_years y on y.tenant_id = g.tenant_id and y.local_group_id = g.id and y.year = ${input.year}
    where g.tenant_id = ${tenantId}
    order by g.id
    for update of g`;
  const basis = new Map(input.basis.map((entry) => [entry.localGroupId, entry.population]));
  const isSameBasis =
    basis.size === groups.length &&
    groups.every((group) => basis.has(group.id) && basis.get(group.id) === group.population);
  if (!isSameBasis) throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'localGroup' });
  const allocated = allocateLocalGroupBudgets(input.total, groups);
  if (!allocated.ok)
    throw new ValidationFailed(
      'localGroup.invalid',
      allocated.problems.map((problem) => ({ ...problem, path: ['total'] })),
    );
  for (const group of allocated.value) {
    await tx`
      insert into local_group_years (tenant_id, local_group_id, year, budget_ore, spend_ore, meetings_held,
        has_updated_action_plan)
      values (${tenantId}, ${group.id}, ${input.year}, ${group.budget}, 0, 0, false)
      on conflict (tenant_id, local_group_id, year) do update set budget_ore = excluded.budget_ore,
        estimated_fields = array_remove(local_group_years.estimated_fields, 'budget'),
        version = local_group_years.version + 1`;
  }
  await recordAudit(tx, {
    action: 'localGroup.distributeBudgets',
    entity: 'tenant',
    entityId: tenantId,
    before: groups.map((group) => ({
      id: group.id,
      budget: group.budget === null ? null : Number(group.budget),
    })),
    after: {
      year: input.year,
      total: input.total,
      budgets: allocated.value.map(({ id, budget }) => ({ id, budget })),
    },
  });
  return readLocalGroups(tx, tenantId);
}
