import type { Ore } from '@samsyn/domain';
import type { ExistingActual } from '../actuals/stored-actual.ts';
import type { SieImportPlan } from './read-sie-import.ts';

export interface SieActualWrite {
  lineKey: string;
  month: number;
  amount: Ore;
  existing: ExistingActual | undefined;
}

/**
 * What the import changes in the actuals: each line's months 1 … lastMonth from the file, and every
 * month actual already entered for those months on a line the file does not reach set to 0 (the
 * books replace the period, so an earlier import's figure never lingers). Months that already hold
 * the file's amount, and zero months with nothing entered, are left alone: importing the same file
 * twice writes nothing.
 */
export function sieActualWrites(plan: SieImportPlan): SieActualWrite[] {
  const writes: SieActualWrite[] = [];
  const monthActual = (lineId: string | null, month: number) =>
    lineId === null
      ? undefined
      : plan.existing.find(
          (actual) =>
            actual.lineId === lineId && actual.period.kind === 'month' && actual.period.month === month,
        );
  const reached = new Set<string>();
  for (const line of plan.lines) {
    if (line.lineId) reached.add(line.lineId);
    line.months.forEach((amount, index) => {
      const existing = monthActual(line.lineId, index + 1);
      if (existing ? existing.amount === amount : amount === 0) return;
      writes.push({ lineKey: line.key, month: index + 1, amount, existing });
    });
  }
  for (const actual of plan.existing) {
    if (reached.has(actual.lineId) || actual.period.kind !== 'month') continue;
    if (actual.period.month > plan.lastMonth || actual.amount === 0) continue;
    writes.push({ lineKey: actual.lineId, month: actual.period.month, amount: 0 as Ore, existing: actual });
  }
  return writes;
}
