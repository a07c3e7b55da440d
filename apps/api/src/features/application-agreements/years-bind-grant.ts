import { DomainError, formatMoney, type Ore, yearsDifference } from '@samsyn/domain';

/** "1 100 000 kr" for a sentence's figures. */
export const kr = (amount: number) => formatMoney(amount as Ore);

/**
 * Refuses an agreement whose commitment per year does not add up to exactly the grant
 * (`agreements.yearsNotGrant`, quoting the sum and the difference): "varav beviljat" on the budget
 * page adds the years up, and the signed terms must be the board's.
 */
export function refuseYearsNotGrant(years: readonly { amountOre: number }[], grantedOre: number): void {
  const difference = yearsDifference(years, grantedOre);
  if (difference !== 0)
    throw new DomainError('INVALID', 'agreements.yearsNotGrant', {
      sum: kr(grantedOre + difference),
      difference: kr(Math.abs(difference)),
      granted: kr(grantedOre),
    });
}
