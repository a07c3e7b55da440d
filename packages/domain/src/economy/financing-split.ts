import { z } from 'zod';
import { DomainError, type ReasonKey } from '../errors.ts';
import { allocateOre } from '../money/allocate-ore.ts';
import { oreSchema } from '../money/money-schemas.ts';
import { isWholeKronor, type Ore } from '../money/ore.ts';
import { subtractOre, sumOre } from '../money/ore-math.ts';
import { applyRatio, type Ratio, ratio, shareOfOre, subtractRatio } from '../money/ratio.ts';
import { type MemberKind, memberKindSchema } from '../tenant.ts';
import { multiLineText, nameText, singleLineText } from '../text.ts';
import {
  allocationKeyWeights,
  type MunicipalityAllocationKey,
  municipalityAllocationKeySchema,
} from './municipality-allocation-key.ts';

/** The three funder groups of Finsam § 7: the state (FK + AF), the region, the municipalities. */
export const funderGroups = ['state', 'region', 'municipalities'] as const;
export type FunderGroup = (typeof funderGroups)[number];

/** The standard split: the state half, the region a quarter, the municipalities together a quarter. */
export const standardFunderShares: Readonly<Record<FunderGroup, Ratio>> = {
  state: ratio(1, 2),
  region: ratio(1, 4),
  municipalities: ratio(1, 4),
};

export interface FinancingMember {
  id: string;
  kind: MemberKind;
  name: string;
}

/**
 * What the year's contributions start from.
 * - `total`: the förbund's total is split 50/25/25.
 * - `state`: the state's amount is decided first (FK announces the förbund's share of the state
 *   appropriation) and the region and the municipalities each match half of it. This is how the
 *   money actually arises; the region's and the municipalities' parts follow from the state's.
 */
export type FinancingBasis = { kind: 'total'; total: Ore } | { kind: 'state'; state: Ore };

/**
 * How the state's half is listed. `combined` (the default): one line "Staten (FK+AF)", paid by
 * Försäkringskassan, because in practice FK pays the state's whole contribution out of the state
 * appropriation — Gävleborg's books show one "Driftbidrag från staten". `separate`: for a förbund
 * that lists FK and AF apart, the state's amount is split between them, by default in equal halves
 * (largest remainder, whole kronor), or by the share the förbund gives FK.
 */
export type StateLines = { kind: 'combined' } | { kind: 'separate'; fkShare?: Ratio };

/** A förbund's own figure for one line, e.g. an amount rounded by hand; the comment says why. */
export interface FinancingOverride {
  /** `'state'` for the combined state line, else the member's id. */
  lineId: string;
  amount: Ore;
  comment: string;
}

export interface FinancingSplitInput {
  members: readonly FinancingMember[];
  basis: FinancingBasis;
  /** The fördelningsnyckel among the municipalities. */
  key: MunicipalityAllocationKey;
  stateLines?: StateLines;
  overrides?: readonly FinancingOverride[];
}

export interface FinancingLine {
  /** `'state'` for the combined state line, else the member's id. */
  id: string;
  group: FunderGroup;
  name: string;
  /** The member who pays the line; for the combined state line, Försäkringskassan. */
  payerMemberId: string;
  /** What the rules give. */
  computed: Ore;
  /** What the member pays: the override when there is one, else `computed`. */
  amount: Ore;
  override?: { comment: string; difference: Ore };
}

export interface FunderGroupSummary {
  group: FunderGroup;
  amount: Ore;
  standardShare: Ratio;
  /** amount / total, exact. */
  share: Ratio;
  /** share − standard share, as a fraction (× 100 = percentage points). */
  deviation: Ratio;
  /** amount − standard share × total, to the öre (half away from zero). */
  deviationAmount: Ore;
}

export interface FinancingSplit {
  lines: FinancingLine[];
  /** Sum of what the members pay. */
  total: Ore;
  /** Sum of what the rules give (before overrides). */
  computedTotal: Ore;
  groups: FunderGroupSummary[];
  /** True when any group's actual share differs from 50/25/25 by any amount. */
  deviatesFromStandard: boolean;
}

export const STATE_LINE_ID = 'state';
export const STATE_LINE_NAME = 'Staten (FK+AF)';

const invalid = (reason: ReasonKey, details?: Record<string, string | number>) =>
  new DomainError('INVALID', reason, details);

/**
 * Computes each member's contribution (medlemsbidrag) for a year or a period: the state half, the
 * region a quarter, the municipalities a quarter split by the fördelningsnyckel. Every split is a
 * largest-remainder allocation in whole kronor, so the parts add up to the krona. Overrides keep
 * the figures a förbund actually invoiced; the result then states each funder group's actual share
 * and how far it is from 50/25/25, so a deviation is shown rather than hidden.
 *
 * Pure; throws `DomainError('INVALID', 'financing.*' | 'allocationKey.*')` on unusable input.
 */
export function financingSplit(input: FinancingSplitInput): FinancingSplit {
  const fk = onlyMember(input.members, 'fk');
  const region = onlyMember(input.members, 'region');
  const municipalities = input.members.filter((member) => member.kind === 'municipality');
  if (municipalities.length === 0) throw invalid('financing.noMunicipality');

  const basisAmount = input.basis.kind === 'total' ? input.basis.total : input.basis.state;
  if (basisAmount < 0 || !isWholeKronor(basisAmount)) throw invalid('financing.notWholeKronor');

  const [state, regionAmount, municipalitiesAmount] =
    input.basis.kind === 'total'
      ? (allocateOre(basisAmount, [2n, 1n, 1n], 'krona') as [Ore, Ore, Ore])
      : ([basisAmount, ...allocateOre(basisAmount, [1n, 1n], 'krona')] as [Ore, Ore, Ore]);

  const lines: Omit<FinancingLine, 'amount'>[] = [];
  const stateLines = input.stateLines ?? { kind: 'combined' };
  if (stateLines.kind === 'combined') {
    lines.push({
      id: STATE_LINE_ID,
      group: 'state',
      name: STATE_LINE_NAME,
      payerMemberId: fk.id,
      computed: state,
    });
  } else {
    const af = onlyMember(input.members, 'af');
    const fkShare = stateLines.fkShare ?? ratio(1, 2);
    const afShare = subtractRatio(ratio(1), fkShare);
    if (fkShare.numerator < 0n || afShare.numerator < 0n) throw invalid('financing.invalidFkShare');
    const common = fkShare.denominator * afShare.denominator;
    const [fkAmount, afAmount] = allocateOre(
      state,
      [
        (fkShare.numerator * common) / fkShare.denominator,
        (afShare.numerator * common) / afShare.denominator,
      ],
      'krona',
    ) as [Ore, Ore];
    lines.push({ id: fk.id, group: 'state', name: fk.name, payerMemberId: fk.id, computed: fkAmount });
    lines.push({ id: af.id, group: 'state', name: af.name, payerMemberId: af.id, computed: afAmount });
  }
  lines.push({
    id: region.id,
    group: 'region',
    name: region.name,
    payerMemberId: region.id,
    computed: regionAmount,
  });

  const weights = allocationKeyWeights(
    input.key,
    municipalities.map((member) => member.id),
  );
  if (!weights.ok)
    throw invalid(weights.error, weights.memberId ? { memberId: weights.memberId } : undefined);
  const municipalityAmounts = allocateOre(municipalitiesAmount, weights.weights, 'krona');
  municipalities.forEach((member, index) => {
    lines.push({
      id: member.id,
      group: 'municipalities',
      name: member.name,
      payerMemberId: member.id,
      computed: municipalityAmounts[index] as Ore,
    });
  });

  const overrides = new Map<string, FinancingOverride>();
  for (const override of input.overrides ?? []) {
    if (!lines.some((line) => line.id === override.lineId)) {
      throw invalid('financing.unknownOverrideLine', { lineId: override.lineId });
    }
    if (override.comment.trim() === '')
      throw invalid('financing.overrideNeedsComment', { lineId: override.lineId });
    if (override.amount < 0 || !isWholeKronor(override.amount)) throw invalid('financing.notWholeKronor');
    overrides.set(override.lineId, override);
  }

  const result: FinancingLine[] = lines.map((line) => {
    const override = overrides.get(line.id);
    if (!override) return { ...line, amount: line.computed };
    return {
      ...line,
      amount: override.amount,
      override: { comment: override.comment, difference: subtractOre(override.amount, line.computed) },
    };
  });

  const total = sumOre(result.map((line) => line.amount));
  const groups = funderGroups.map((group) => summarise(group, result, total));
  return {
    lines: result,
    total,
    computedTotal: sumOre(result.map((line) => line.computed)),
    groups,
    deviatesFromStandard: groups.some((group) => group.deviation.numerator !== 0n),
  };
}

function onlyMember(members: readonly FinancingMember[], kind: MemberKind): FinancingMember {
  const found = members.filter((member) => member.kind === kind);
  if (found.length !== 1 || !found[0]) throw invalid('financing.needsExactlyOne', { kind });
  return found[0];
}

function summarise(group: FunderGroup, lines: readonly FinancingLine[], total: Ore): FunderGroupSummary {
  const amount = sumOre(lines.filter((line) => line.group === group).map((line) => line.amount));
  const standardShare = standardFunderShares[group];
  const share = total === 0 ? standardShare : shareOfOre(amount, total);
  return {
    group,
    amount,
    standardShare,
    share,
    deviation: subtractRatio(share, standardShare),
    deviationAmount: subtractOre(amount, applyRatio(total, standardShare)),
  };
}

const ratioSchema = z.object({ numerator: z.bigint(), denominator: z.bigint().positive() });

/** Input schema for `financingSplit` (amounts in öre); error messages are stable keys. */
export const financingSplitInputSchema = z.object({
  members: z.array(
    z.object({ id: singleLineText().min(1), kind: memberKindSchema, name: nameText().min(1) }),
  ),
  basis: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('total'), total: oreSchema }),
    z.object({ kind: z.literal('state'), state: oreSchema }),
  ]),
  key: municipalityAllocationKeySchema,
  stateLines: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('combined') }),
      z.object({ kind: z.literal('separate'), fkShare: ratioSchema.optional() }),
    ])
    .optional(),
  overrides: z
    .array(
      z.object({
        lineId: singleLineText().min(1),
        amount: oreSchema,
        comment: multiLineText().min(1, { error: 'financing.overrideNeedsComment' }),
      }),
    )
    .optional(),
});
