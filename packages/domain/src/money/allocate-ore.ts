import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import { ORE_PER_KRONA, type Ore, ore } from './ore.ts';

/** The unit an allocation is made in: contributions in whole kronor, internal splits to the öre. */
export type AllocationUnit = 'krona' | 'ore';

/**
 * Splits an amount among weights in whole kronor (or öre) with largest remainder, so the parts add
 * up to exactly the amount. The amount must itself be a whole number of the unit.
 */
export function allocateOre(total: Ore, weights: readonly bigint[], unit: AllocationUnit): Ore[] {
  const unitOre = unit === 'krona' ? ORE_PER_KRONA : 1;
  if (total % unitOre !== 0) throw new RangeError('allocation.notWholeUnit');
  return allocateLargestRemainder(BigInt(total / unitOre), weights).map((units) =>
    ore(Number(units) * unitOre),
  );
}
