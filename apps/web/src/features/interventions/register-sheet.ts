import { type ExportCell, kronorCell } from './export-xlsx.ts';
import type { InterventionListItem } from './shared.tsx';

/** The words of the register's sheet, in Swedish from the catalogue. */
export interface RegisterSheetWords {
  headings: {
    name: string;
    kind: string;
    status: string;
    lead: string;
    startDate: string;
    endDate: string;
    budgetYear: string;
    budget: string;
    used: string;
    archived: string;
  };
  kind: (kind: InterventionListItem['kind']) => string;
  status: (status: InterventionListItem['status']) => string;
  lead: (item: InterventionListItem) => string;
  yes: string;
}

/**
 * The register as a sheet, one row per intervention shown: dates as ISO text (Excel reads them),
 * the latest budget as a number in kronor and its share used as a whole percent, so the sheet
 * can sum and sort them.
 */
export function registerSheet(
  items: readonly InterventionListItem[],
  words: RegisterSheetWords,
): ExportCell[][] {
  const h = words.headings;
  return [
    [h.name, h.kind, h.status, h.lead, h.startDate, h.endDate, h.budgetYear, h.budget, h.used, h.archived],
    ...items.map((item) => [
      item.name,
      words.kind(item.kind),
      words.status(item.status),
      words.lead(item),
      item.startDate,
      item.endDate,
      item.latestBudget?.year ?? null,
      kronorCell(item.latestBudget?.totalBudget),
      item.latestBudget?.usage.percentUsed ?? null,
      item.archivedAt ? words.yes : null,
    ]),
  ];
}
