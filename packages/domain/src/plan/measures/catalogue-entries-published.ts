import { exactValue, type MeasureResult } from '../exact-value.ts';

/**
 * "Insatskatalogen används": how many of the förbund's interventions are published to the national
 * catalogue (a row in `catalogue_entries`; unpublishing deletes it) and were published by the end
 * of the period. A count, so a plan's target is "at least N". Zero published is a measured 0.
 */
export function catalogueEntriesPublished(
  entries: readonly { publishedOn: string }[],
  periodEnd: string,
): MeasureResult {
  const count = entries.filter((entry) => entry.publishedOn <= periodEnd).length;
  return { kind: 'measured', value: exactValue(count, 1), basis: { part: count, whole: 1, unit: 'count' } };
}
