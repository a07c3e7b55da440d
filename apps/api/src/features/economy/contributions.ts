import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  type ContributionPeriod,
  type ContributionsSaveInput,
  contributionReconciliation,
  DomainError,
  type FinancingSplitInput,
  financingSplit,
  isDomainError,
  isWithinToDate,
  type MunicipalityAllocationKey,
  type Ore,
  oreFromDb,
  percent,
  periodMonths,
  type Ratio,
  roundPercent,
  STATE_LINE_ID,
  sumOre,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import { ensureFiscalYear, loadActuals, loadMembers, type MemberRow } from './economy-store.ts';

interface PlanRow {
  id: string;
  basisKind: 'total' | 'state';
  basis: string;
  keyKind: 'population' | 'agreed';
  populationYear: number | null;
  stateLines: 'combined' | 'separate';
  fkSharePercent: string | null;
  version: number;
}

export interface ContributionLineView {
  id: string;
  group: 'state' | 'region' | 'municipalities';
  name: string;
  computed: Ore;
  amount: Ore;
  override: { comment: string; difference: Ore } | null;
  /** The municipality's weight in the key: population, or agreed percentage as text. */
  keyValue: string | null;
}

export interface ContributionsView {
  year: number;
  period: ContributionPeriod;
  members: { id: string; kind: MemberRow['kind']; name: string }[];
  plan: {
    basis: { kind: 'total' | 'state'; amount: Ore };
    key:
      | {
          kind: 'population';
          populationYear: number;
          populations: { memberId: string; population: number }[];
        }
      | { kind: 'agreed'; percentages: { memberId: string; percent: string }[] };
    stateLines: { kind: 'combined' } | { kind: 'separate'; fkSharePercent?: string };
    overrides: { lineId: string; amount: Ore; comment: string }[];
    version: number;
  } | null;
  split: {
    lines: ContributionLineView[];
    total: Ore;
    computedTotal: Ore;
    groups: {
      group: 'state' | 'region' | 'municipalities';
      amount: Ore;
      standardPercent: number;
      /** The group's actual share in percent, two decimals. */
      sharePercent: number;
      /** Share − standard share in percentage points, two decimals (0 when exact). */
      deviationPoints: number;
      deviationAmount: Ore;
      isStandard: boolean;
    }[];
    deviatesFromStandard: boolean;
  } | null;
  /** Why the split cannot be computed (an incomplete key, say), as an error reason. */
  splitError: { reason: string; details: Record<string, string | number> | null } | null;
  /** Invoiced contributions beside the revenue booked for the same period. */
  reconciliation: {
    invoicedTotal: Ore;
    booked: { source: 'actuals' | 'incomeStatement'; amount: Ore; difference: Ore }[];
    isReconciled: boolean;
  } | null;
}

const percentOf = (share: Ratio) => roundPercent(share, 2);

const periodMonthsOf = (period: ContributionPeriod) =>
  period === 'H1' ? { first: 1, last: 6 } : period === 'H2' ? { first: 7, last: 12 } : { first: 1, last: 12 };

async function loadPlan(tx: TransactionSql, tenantId: string, year: number, period: ContributionPeriod) {
  const [plan] = await tx<PlanRow[]>`
    select id, basis_kind as "basisKind", basis_ore::text as basis, key_kind as "keyKind",
           population_year as "populationYear", state_lines as "stateLines",
           fk_share_percent::text as "fkSharePercent", version
    from contribution_plans where tenant_id = ${tenantId} and year = ${year} and period = ${period}`;
  return plan ?? null;
}

const trimPercent = (text: string) => text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/**
 * A year's or half-year's contributions: the plan as entered, each member's amount by the Finsam
 * split (with the office's overrides and their comments), each funder group's share against
 * 50/25/25, and the invoiced total beside the revenue booked for the period. Any member.
 */
export async function getContributions(
  tx: TransactionSql,
  tenantId: string,
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

function splitInput(members: MemberRow[], plan: NonNullable<ContributionsView['plan']>): FinancingSplitInput {
  const key: MunicipalityAllocationKey =
    plan.key.kind === 'population'
      ? {
          kind: 'population',
          population: Object.fromEntries(
            plan.key.populations
              .filter((row) => members.some((member) => member.id === row.memberId))
              .map((row) => [row.memberId, row.population]),
          ),
        }
      : {
          kind: 'agreed',
          percentages: Object.fromEntries(plan.key.percentages.map((row) => [row.memberId, row.percent])),
        };
  return {
    members: members.map(({ id, kind, name }) => ({ id, kind, name })),
    basis:
      plan.basis.kind === 'total'
        ? { kind: 'total', total: plan.basis.amount }
        : { kind: 'state', state: plan.basis.amount },
    key,
    stateLines:
      plan.stateLines.kind === 'combined'
        ? { kind: 'combined' }
        : {
            kind: 'separate',
            ...(plan.stateLines.fkSharePercent ? { fkShare: percent(plan.stateLines.fkSharePercent) } : {}),
          },
    overrides: plan.overrides,
  };
}

/**
 * The invoiced total beside what is booked for the same months: contribution lines' actuals, and
 * the income statement's revenue when the ledger figures of the period's last month are entered.
 * Differences are shown, never evened out.
 */
async function reconcile(
  tx: TransactionSql,
  tenantId: string,
  input: { year: number; period: ContributionPeriod },
  invoiced: Ore,
): Promise<ContributionsView['reconciliation']> {
  const months = periodMonthsOf(input.period);
  const actuals = (await loadActuals(tx, tenantId, input.year)).filter((row) => {
    const covered = periodMonths(row.period);
    return (
      row.lineKind === 'contribution' &&
      covered.first >= months.first &&
      isWithinToDate(row.period, months.last)
    );
  });
  const booked: { source: 'actuals' | 'incomeStatement'; amount: Ore }[] = [];
  if (actuals.length > 0)
    booked.push({ source: 'actuals', amount: sumOre(actuals.map((row) => row.amount)) });
  if (months.first === 1) {
    const [figures] = await tx<{ revenue: string }[]>`
      select revenue_ore::text as revenue from result_figures
      where tenant_id = ${tenantId} and year = ${input.year} and through_month = ${months.last}`;
    if (figures) booked.push({ source: 'incomeStatement', amount: oreFromDb(figures.revenue) });
  }
  if (booked.length === 0) return null;
  const result = contributionReconciliation({
    invoiced: [{ id: 'total', name: 'total', amount: invoiced }],
    booked,
  });
  return {
    invoicedTotal: result.invoicedTotal,
    booked: result.booked.map((row) => ({
      source: row.source as 'actuals' | 'incomeStatement',
      amount: row.amount,
      difference: row.difference,
    })),
    isReconciled: result.isReconciled,
  };
}

/**
 * Saves how a year's or half-year's contributions are computed: basis, allocation key (with the
 * populations of the population year, which are kept per municipality and year), state lines and
 * overrides with comments. The split must be computable, so an incomplete key is refused with its
 * reason. Editors and admins; optimistic concurrency on the plan; audited.
 */
export async function saveContributions(
  tx: TransactionSql,
  tenantId: string,
  input: ContributionsSaveInput,
): Promise<ContributionsView> {
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
  const before = existing ? (await getContributions(tx, tenantId, input)).plan : null;

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
  return getContributions(tx, tenantId, input);
}
