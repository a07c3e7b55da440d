import type { TransactionSql } from '@samsyn/db';
import {
  type ContributionPeriod,
  type FinancingSplitInput,
  type MunicipalityAllocationKey,
  type Ore,
  percent,
} from '@samsyn/domain';
import type { MemberRow } from '../economy-store.ts';

/* A contribution plan as stored and as shown, shared by reading and saving it. */

export interface PlanRow {
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

export async function loadPlan(
  tx: TransactionSql,
  tenantId: string,
  year: number,
  period: ContributionPeriod,
) {
  const [plan] = await tx<PlanRow[]>`
    select id, basis_kind as "basisKind", basis_ore::text as basis, key_kind as "keyKind",
           population_year as "populationYear", state_lines as "stateLines",
           fk_share_percent::text as "fkSharePercent", version
    from contribution_plans where tenant_id = ${tenantId} and year = ${year} and period = ${period}`;
  return plan ?? null;
}

export const trimPercent = (text: string) => text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/** The domain's financing split input for a plan and the members active in its year. */
export function splitInput(
  members: MemberRow[],
  plan: NonNullable<ContributionsView['plan']>,
): FinancingSplitInput {
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
