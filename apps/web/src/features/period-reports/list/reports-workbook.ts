import type { ReportKind, ReportStatus } from '@samsyn/domain';
import type { ExportCell } from '../../interventions/export-xlsx.ts';
import { reportsByKind } from './report-list.ts';
import type { ReportListItem } from './report-shared.ts';

/** The words the sheet needs, from the catalogue (a function, so the rule is tested without i18n). */
export interface ReportsSheetWords {
  header: readonly string[];
  kind: (kind: ReportKind) => string;
  status: (status: ReportStatus) => string;
}

/** The fields of a listed report that the sheet writes. */
type SheetRow = Pick<
  ReportListItem,
  | 'kind'
  | 'title'
  | 'periodStart'
  | 'periodEnd'
  | 'deadline'
  | 'status'
  | 'readyCount'
  | 'sectionCount'
  | 'adoptedOn'
>;

/**
 * The list as one sheet, grouped by kind as on the page: kind, title, period start and end,
 * deadline, status, ready and total sections (numbers, so the sheet can sum them), adopted on.
 * Dates stay ISO: a spreadsheet sorts them.
 */
export function reportsSheet(rows: readonly SheetRow[], words: ReportsSheetWords): ExportCell[][] {
  const body = reportsByKind(rows).flatMap((group) =>
    group.rows.map((row): ExportCell[] => [
      words.kind(row.kind),
      row.title,
      row.periodStart,
      row.periodEnd,
      row.deadline,
      words.status(row.status),
      row.readyCount,
      row.sectionCount,
      row.adoptedOn,
    ]),
  );
  return [[...words.header], ...body];
}
