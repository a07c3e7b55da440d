/**
 * How many synthetic förbund stand behind the year shown: the notice about synthetic data names
 * that number, and is left out when it is 0 (other years may have synthetic förbund, this one not).
 */
export function syntheticInYear(data: {
  year: number | null;
  years: readonly { year: number; synthetic: number }[];
}): number {
  return data.years.find((y) => y.year === data.year)?.synthetic ?? 0;
}
