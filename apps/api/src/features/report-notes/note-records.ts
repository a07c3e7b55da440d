import type { TransactionSql } from '@samsyn/db';
import type { NoteLine } from '@samsyn/domain';

/** A report's note as stored (period_report_notes): its rows in öre. */
export interface NoteRecord {
  id: string;
  number: number;
  title: string;
  statementLine: string;
  lines: NoteLine[];
  version: number;
}

/** The report's notes in number order. */
export async function selectNotes(
  tx: TransactionSql,
  tenantId: string,
  reportId: string,
): Promise<NoteRecord[]> {
  return tx<NoteRecord[]>`
    select id, number, title, statement_line as "statementLine", lines, version
    from period_report_notes
    where tenant_id = ${tenantId} and report_id = ${reportId}
    order by number`;
}
