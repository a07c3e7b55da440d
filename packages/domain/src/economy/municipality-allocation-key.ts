import { z } from 'zod';
import { percent, type Ratio } from '../money/ratio.ts';
import { singleLineText } from '../text.ts';

/**
 * A förbund's fördelningsnyckel: how the municipalities' quarter is split among them. Either the
 * municipalities' populations (as of a date the förbund chooses) or percentages the members have
 * agreed on in the förbundsordning. Keyed by member id. The kinds are the values of the tenant
 * setting `allocationKeys` ('population' | 'agreed'), so a förbund's default maps onto a key.
 */
export type MunicipalityAllocationKey =
  | { kind: 'population'; population: Readonly<Record<string, number>>; asOf?: string }
  | { kind: 'agreed'; percentages: Readonly<Record<string, string | number>> };

export const municipalityAllocationKeySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('population'),
    population: z.record(
      singleLineText(),
      z.number().int({ error: 'allocationKey.notInteger' }).min(0, { error: 'allocationKey.negative' }),
    ),
    asOf: singleLineText().optional(),
  }),
  z.object({
    kind: z.literal('agreed'),
    percentages: z.record(
      singleLineText(),
      z.union([singleLineText(), z.number()]).refine((value) => isPercentText(value), {
        error: 'allocationKey.invalidPercent',
      }),
    ),
  }),
]);

const isPercentText = (value: string | number): boolean => {
  try {
    return percent(value).numerator >= 0n;
  } catch {
    return false;
  }
};

/** Why a key cannot be used for a set of municipalities; stable keys. */
export type MunicipalityAllocationKeyError =
  | 'allocationKey.missingMunicipality'
  | 'allocationKey.unknownMember'
  | 'allocationKey.percentagesNot100'
  | 'allocationKey.noWeight';

/**
 * Turns a key into integer weights in the order of `municipalityIds`, for largest-remainder
 * allocation. Percentages must add up to exactly 100 — a key of 99,9 % would silently shift the
 * missing tenth onto someone, so it is refused instead.
 */
export function allocationKeyWeights(
  key: MunicipalityAllocationKey,
  municipalityIds: readonly string[],
): { ok: true; weights: bigint[] } | { ok: false; error: MunicipalityAllocationKeyError; memberId?: string } {
  const entries = key.kind === 'population' ? key.population : key.percentages;
  for (const id of Object.keys(entries)) {
    if (!municipalityIds.includes(id))
      return { ok: false, error: 'allocationKey.unknownMember', memberId: id };
  }
  const shares: Ratio[] = [];
  for (const id of municipalityIds) {
    const value = entries[id];
    if (value === undefined) return { ok: false, error: 'allocationKey.missingMunicipality', memberId: id };
    shares.push(key.kind === 'population' ? { numerator: BigInt(value), denominator: 1n } : percent(value));
  }
  // A common denominator turns exact shares into integer weights with the same proportions.
  const common = shares.reduce((lcm, share) => (lcm * share.denominator) / gcd(lcm, share.denominator), 1n);
  const weights = shares.map((share) => (share.numerator * common) / share.denominator);
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return { ok: false, error: 'allocationKey.noWeight' };
  // percent() gives fractions of 1, so 100 % is a weight sum of exactly `common`.
  if (key.kind === 'agreed' && sum !== common) return { ok: false, error: 'allocationKey.percentagesNot100' };
  return { ok: true, weights };
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
