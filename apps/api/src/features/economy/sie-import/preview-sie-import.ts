import {
  balanceSheet,
  type Ore,
  type SieImportInput,
  type SieProblem,
  sumOre,
  ZERO_ORE,
} from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { readSieImport, type SieImportPlan } from './read-sie-import.ts';
import { sieActualWrites } from './sie-actual-writes.ts';

export type SieImportPreview =
  | { ok: false; problems: SieProblem[] }
  | ({ ok: true } & Omit<
      SieImportPlan,
      'existing' | 'allocations' | 'balanceLines' | 'lines' | 'openingBalanceLines' | 'hasOpeningBalanceSheet'
    > & {
        lines: (SieImportPlan['lines'][number] & { isNew: boolean })[];
        allocated: Ore;
        balance: ReturnType<typeof balanceSheet> | null;
        /** The year before's closing sheet from #IB, when the import writes it (none kept for that date). */
        openingBalance: ReturnType<typeof balanceSheet> | null;
        /** Actuals the import adds, and entered ones it changes (the rest already hold the file's figures). */
        adding: number;
        replacing: number;
      });

/**
 * What importing an SIE 4 file would do, without doing it: the file's problems with their line
 * numbers, or per line and month the actuals, the accounts and where each goes (chosen,
 * remembered or suggested), the objects and their interventions, the balance sheet from #UB, the
 * opening equity from #IB and the result. Editors and admins; writes nothing.
 */
export async function previewSieImport(ctx: TenantCtx, input: SieImportInput): Promise<SieImportPreview> {
  const reading = await readSieImport(ctx, input);
  if (!reading.ok) return reading;
  const {
    existing: _existing,
    allocations,
    balanceLines,
    openingBalanceLines,
    hasOpeningBalanceSheet,
    ...plan
  } = reading.plan;
  const writes = sieActualWrites(reading.plan);
  return {
    ok: true,
    ...plan,
    lines: plan.lines.map((line) => ({ ...line, isNew: line.lineId === null })),
    allocated: allocations.length > 0 ? sumOre(allocations.map((entry) => entry.amount)) : ZERO_ORE,
    balance: balanceLines ? balanceSheet({ date: plan.balanceDate, lines: balanceLines }) : null,
    openingBalance:
      openingBalanceLines && !hasOpeningBalanceSheet
        ? balanceSheet({ date: plan.openingBalanceDate, lines: openingBalanceLines })
        : null,
    adding: writes.filter((write) => !write.existing).length,
    replacing: writes.filter((write) => write.existing).length,
  };
}
