import { recordAudit } from '@samsyn/db';
import { type ContributionsSaveInput, DomainError, financingSplit, STATE_LINE_ID } from '@samsyn/domain';
import { staleOrMissing } from '../../concurrency.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { ensureFiscalYear, loadMembers } from '../economy-store.ts';
import { type ContributionsView, loadPlan, splitInput } from './contribution-plan.ts';
import { getContributions } from './get-contributions.ts';

/**
 * Saves how a year's or half-year's contributions are computed: basis, allocation key (with the
 * populations of the population year, which are kept per municipality and year), state lines and
 * overrides with comments. The split must be computable, so an incomplete key is refused with its
 * reason. Editors and admins; optimistic concurrency on the plan; audited.
 */
export async function saveContributions(
  ctx: TenantCtx,
  input: ContributionsSaveInput,
): Promise<ContributionsView> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const members = await loadMembers(tx, tenantId);
  const known = new Set(members.map((member) => member.id));
  const referenced = [
    ...(input.key.kind === 'population'
      ? input.key.populations.map((row) => row.memberId)
      : input.key.percentages.map((row) => row.memberId)),
    ...input.overrides.map((row) => row.lineId).filter((id) => id !== STATE_LINE_ID),
  ];
  if (referenced.some((id) => !known.has(id)))
    throw new DomainError('INVALID', 'allocationKey.unknownMember');
  if (input.overrides.some((row) => row.amount % 100 !== 0))
    throw new DomainError('INVALID', 'financing.notWholeKronor');
  if (input.basis.amount % 100 !== 0) throw new DomainError('INVALID', 'financing.notWholeKronor');

  const normalisedKey =
    input.key.kind === 'agreed'
      ? {
          ...input.key,
          percentages: input.key.percentages.map((row) => ({
            ...row,
            percent: row.percent.replace(',', '.'),
          })),
        }
      : input.key;
  const plan: NonNullable<ContributionsView['plan']> = {
    basis: input.basis,
    key: normalisedKey,
    stateLines:
      input.stateLines.kind === 'separate' && input.stateLines.fkSharePercent
        ? { kind: 'separate', fkSharePercent: input.stateLines.fkSharePercent.replace(',', '.') }
        : input.stateLines.kind === 'separate'
          ? { kind: 'separate' }
          : { kind: 'combined' },
    overrides: input.overrides,
    version: input.expectedVersion ?? 1,
  };
  const active = members.filter((member) => !member.leftOn || member.leftOn > `${input.year}-01-01`);
  // Refuse a plan whose split cannot be computed (missing municipality, percentages not 100 …).
  financingSplit(splitInput(active, plan));

  const existing = await loadPlan(tx, tenantId, input.year, input.period);
  if (input.expectedVersion === null && existing)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'contributions' });
  if (input.expectedVersion !== null && !existing) staleOrMissing('contributions', false);
  const before = existing ? (await getContributions(ctx, input)).plan : null;

  const fiscalYearId = await ensureFiscalYear(tx, tenantId, input.year);
  const populationYear = input.key.kind === 'population' ? input.key.populationYear : null;
  const fkShare = plan.stateLines.kind === 'separate' ? (plan.stateLines.fkSharePercent ?? null) : null;
  let planId: string;
  if (existing) {
    const updated = await tx<{ id: string }[]>`
      update contribution_plans set basis_kind = ${input.basis.kind}, basis_ore = ${input.basis.amount},
        key_kind = ${input.key.kind}, population_year = ${populationYear}, state_lines = ${input.stateLines.kind},
        fk_share_percent = ${fkShare}, version = version + 1
      where tenant_id = ${tenantId} and id = ${existing.id} and version = ${input.expectedVersion}
      returning id`;
    if (updated.length === 0) staleOrMissing('contributions', true);
    planId = existing.id;
    await tx`delete from allocation_percentages where tenant_id = ${tenantId} and plan_id = ${planId}`;
    await tx`delete from contribution_overrides where tenant_id = ${tenantId} and plan_id = ${planId}`;
  } else {
    const [row] = await tx<{ id: string }[]>`
      insert into contribution_plans (tenant_id, fiscal_year_id, year, period, basis_kind, basis_ore, key_kind,
                                      population_year, state_lines, fk_share_percent)
      values (${tenantId}, ${fiscalYearId}, ${input.year}, ${input.period}, ${input.basis.kind}, ${input.basis.amount},
              ${input.key.kind}, ${populationYear}, ${input.stateLines.kind}, ${fkShare})
      returning id`;
    if (!row) throw new Error('plan insert returned no row');
    planId = row.id;
  }
  if (plan.key.kind === 'agreed') {
    for (const row of plan.key.percentages) {
      await tx`insert into allocation_percentages (tenant_id, plan_id, member_id, percent)
               values (${tenantId}, ${planId}, ${row.memberId}, ${row.percent})`;
    }
  } else {
    for (const row of plan.key.populations) {
      await tx`insert into member_populations (tenant_id, member_id, year, population)
               values (${tenantId}, ${row.memberId}, ${plan.key.populationYear}, ${row.population})
               on conflict (tenant_id, member_id, year) do update set population = excluded.population`;
    }
  }
  for (const row of input.overrides) {
    await tx`insert into contribution_overrides (tenant_id, plan_id, member_id, amount_ore, comment)
             values (${tenantId}, ${planId}, ${row.lineId === STATE_LINE_ID ? null : row.lineId}, ${row.amount}, ${row.comment})`;
  }
  await recordAudit(tx, {
    action: 'contributions.save',
    entity: 'contributionPlan',
    entityId: planId,
    before,
    after: { year: input.year, period: input.period, ...plan, version: undefined },
  });
  return getContributions(ctx, input);
}
