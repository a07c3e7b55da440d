import { type ReportKind, reportKinds } from '@samsyn/domain';

/** One kind's reports on the list page, in the order the API gives them (newest period first). */
export interface ReportGroup<Row> {
  kind: ReportKind;
  rows: Row[];
}

/**
 * The list's tables: one per kind that has reports, in the kinds' fixed order (halvår, delår, år,
 * plan), so a förbund finds its half-year reports in the same place every time.
 */
export function reportsByKind<Row extends { kind: ReportKind }>(rows: readonly Row[]): ReportGroup<Row>[] {
  return reportKinds
    .map((kind) => ({ kind, rows: rows.filter((row) => row.kind === kind) }))
    .filter((group) => group.rows.length > 0);
}

/** Ready sections as a whole percentage of the enabled ones (0 for a report with none). */
export function progressPercent(ready: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((Math.min(ready, total) / total) * 100);
}

/**
 * The report a new one of `kind` copies its structure and texts from: the last one of that kind
 * (latest period end, as the API chooses it), or null when the förbund has none and the new
 * report starts from the standard template.
 */
export function copySourceOf<Row extends { kind: ReportKind; periodEnd: string; periodStart: string }>(
  rows: readonly Row[],
  kind: ReportKind,
): Row | null {
  let last: Row | null = null;
  for (const row of rows) {
    if (row.kind !== kind) continue;
    if (
      last === null ||
      row.periodEnd > last.periodEnd ||
      (row.periodEnd === last.periodEnd && row.periodStart > last.periodStart)
    )
      last = row;
  }
  return last;
}
