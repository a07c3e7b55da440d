import {
  type ContributionPeriod,
  financingSplit,
  isDomainError,
  oreFromDb,
  type Ratio,
  roundPercent,
  STATE_LINE_ID,
} from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { loadMembers } from '../economy-store.ts';
import { type ContributionsView, loadPlan, splitInput, trimPercent } from './contribution-plan.ts';
import { reconcile } from './reconcile-contributions.ts';

const percentOf = (share: Ratio) => roundPercent(share, 2);

/**
 * A year's or half-year's contributions: the plan as entered, each member's amount by the Finsam
 * split (with the office's overrides and their comments), each funder group's share against
 * 50/25/25, and the invoiced total beside the revenue booked for the period. Any member.
 */
export async function getContributions(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { year: number; period: ContributionPeriod },
): Promise<ContributionsView> {
  const members = await loadMembers(tx, tenantId);
  const plan = await loadPlan(tx, tenantId, input.year, input.period);
  const base: ContributionsView = {
    year: input.year,
    period: input.period,
    members: members.map(({ id, kind, name }) => ({ id, kind, name })),
    plan: null,
    split: null,
    splitError: null,
    reconciliation: null,
  };
  if (!plan) return base;

  const [percentages, populations, overrides] = await Promise.all([
    tx<{ memberId: string; percent: string }[]>`
      select member_id as "memberId", percent::text as percent from allocation_percentages
      where tenant_id = ${tenantId} and plan_id = ${plan.id}`,
    tx<{ memberId: string; population: number }[]>`
      select member_id as "memberId", population from member_populations
      where tenant_id = ${tenantId} and year = ${plan.populationYear ?? -1}`,
    tx<{ memberId: string | null; amount: string; comment: string }[]>`
      select member_id as "memberId", amount_ore::text as amount, comment from contribution_overrides
      where tenant_id = ${tenantId} and plan_id = ${plan.id} order by member_id nulls first`,
  ]);
  const viewPlan: NonNullable<ContributionsView['plan']> = {
    basis: { kind: plan.basisKind, amount: oreFromDb(plan.basis) },
    key:
      plan.keyKind === 'population'
        ? {
            kind: 'population',
            populationYear: plan.populationYear ?? input.year - 1,
            populations: [...populations],
          }
        : {
            kind: 'agreed',
            percentages: percentages.map((row) => ({ ...row, percent: trimPercent(row.percent) })),
          },
    stateLines:
      plan.stateLines === 'combined'
        ? { kind: 'combined' }
        : {
            kind: 'separate',
            ...(plan.fkSharePercent ? { fkSharePercent: trimPercent(plan.fkSharePercent) } : {}),
          },
    overrides: overrides.map((row) => ({
      lineId: row.memberId ?? STATE_LINE_ID,
      amount: oreFromDb(row.amount),
      comment: row.comment,
    })),
    version: plan.version,
  };
  const view: ContributionsView = { ...base, plan: viewPlan };
  const activeMembers = members.filter((member) => !member.leftOn || member.leftOn > `${input.year}-01-01`);
  try {
    const split = financingSplit(splitInput(activeMembers, viewPlan));
    const keyValues = new Map<string, string>(
      viewPlan.key.kind === 'population'
        ? viewPlan.key.populations.map((row) => [row.memberId, String(row.population)])
        : viewPlan.key.percentages.map((row) => [row.memberId, row.percent]),
    );
    view.split = {
      lines: split.lines.map((line) => ({
        id: line.id,
        group: line.group,
        name: line.name,
        computed: line.computed,
        amount: line.amount,
        override: line.override ?? null,
        keyValue: keyValues.get(line.id) ?? null,
      })),
      total: split.total,
      computedTotal: split.computedTotal,
      groups: split.groups.map((group) => ({
        group: group.group,
        amount: group.amount,
        standardPercent: percentOf(group.standardShare),
        sharePercent: percentOf(group.share),
        deviationPoints: percentOf(group.deviation),
        deviationAmount: group.deviationAmount,
        isStandard: group.deviation.numerator === 0n,
      })),
      deviatesFromStandard: split.deviatesFromStandard,
    };
    view.reconciliation = await reconcile(tx, tenantId, input, split.total);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    view.splitError = { reason: error.reason, details: error.details ?? null };
  }
  return view;
}
