/**
 * Whether the split deviates from 50/25/25, judged in öre: a deviation smaller than one öre is
 * the rounding of the shares, not a choice, and must not raise a warning under rows that read
 * 50/25/25 %.
 */
export function deviatesInOre(groups: readonly { deviationAmount: number }[]): boolean {
  return groups.some((group) => group.deviationAmount !== 0);
}
