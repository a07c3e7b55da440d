import { formatFileTime } from '../../lib/format.ts';
import { type AuditEntryData, describeAuditEntry } from './audit-sentence.ts';
import type { Translate } from './audit-values.ts';

/**
 * The log as rows for a spreadsheet: a header, then per entry its time, who, the sentence and
 * its changes (one per line in the cell). The CSV and Excel writers guard formula cells.
 */
export function auditExportRows(
  entries: readonly (AuditEntryData & { occurredAt: string; actorName: string | null })[],
  t: Translate,
): string[][] {
  return [
    [
      t('administration.audit.time'),
      t('administration.audit.actor'),
      t('administration.audit.event'),
      t('administration.audit.changes'),
    ],
    ...entries.map((entry) => {
      const text = describeAuditEntry(entry, t);
      return [
        formatFileTime(entry.occurredAt),
        entry.actorName ?? t('administration.audit.system'),
        text.sentence,
        text.details.join('\n'),
      ];
    }),
  ];
}
