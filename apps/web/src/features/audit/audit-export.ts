import { type AuditEntryData, describeAuditEntry } from './audit-sentence.ts';
import type { Translate } from './audit-values.ts';

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/Stockholm',
});

/** A moment as a file wants it: ISO-like, in Swedish time ("2026-12-04 12:12:00"). */
export const fileTime = (instant: string): string => {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : stockholm.format(date);
};

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
        fileTime(entry.occurredAt),
        entry.actorName ?? t('administration.audit.system'),
        text.sentence,
        text.details.join('\n'),
      ];
    }),
  ];
}
