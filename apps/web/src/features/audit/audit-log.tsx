import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from '../../components/column-headers.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { downloadCsv, downloadExcel } from '../national/format-figure.ts';
import { auditExportRows } from './audit-export.ts';
import { AuditFilterForm } from './audit-filter-form.tsx';
import { AuditRows } from './audit-rows.tsx';
import { type AuditFilter, type AuditSource, useFetchWholeLog } from './audit-source.ts';
import type { Translate } from './audit-values.ts';
import '../team/admin.css';
import './audit-log.css';

export type { AuditSource } from './audit-source.ts';

const PAGE_SIZE = 50;

/**
 * An audit log, newest first, each entry a Swedish sentence with its changes; filtered by area,
 * kind of event and date, with "show older" paging (keyset: each page asks for entries older than
 * the last one shown), and the filtered log as CSV or Excel.
 */
export function AuditLog({
  source,
  prefixes,
}: {
  source: AuditSource;
  /** Action prefixes offered in the filter, e.g. `member.`. */
  prefixes: readonly { value: string; label: MessageKey }[];
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const [exportState, setExportState] = useState<{
    isPending: boolean;
    notice: Message | null;
    error: Message | null;
  }>({ isPending: false, notice: null, error: null });
  const fetchWholeLog = useFetchWholeLog(source);

  async function exportLog(format: 'csv' | 'xlsx') {
    if (exportState.isPending) return;
    setExportState({ isPending: true, notice: null, error: null });
    try {
      const rows = auditExportRows(await fetchWholeLog(filter), t as unknown as Translate);
      const name = `samsyn-logg-${source.kind === 'tenant' ? source.slug : 'plattform'}`;
      if (format === 'csv') downloadCsv(`${name}.csv`, rows);
      else await downloadExcel(`${name}.xlsx`, t('administration.audit.title'), rows);
      setExportState({
        isPending: false,
        notice: { key: 'administration.audit.exported', values: { count: rows.length - 1 } },
        error: null,
      });
    } catch (error) {
      setExportState({ isPending: false, notice: null, error: errorMessageOf(error) });
    }
  }

  return (
    <>
      <AuditFilterForm
        hasAreas={source.kind === 'tenant'}
        prefixes={prefixes}
        onApply={(next) => {
          setFilter(next);
          setCursors([undefined]);
        }}
      />
      <div className="button-row audit-log__export">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={exportState.isPending}
          onClick={() => void exportLog('xlsx')}
        >
          {exportState.isPending
            ? t('administration.audit.exporting')
            : t('administration.audit.exportExcel')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={exportState.isPending}
          onClick={() => void exportLog('csv')}
        >
          {t('administration.audit.exportCsv')}
        </button>
      </div>
      <Notice message={exportState.notice} />
      <ErrorNotice message={exportState.error} />
      <ScrollRegion label={t('administration.audit.tableLabel')}>
        <table className="data-table audit-log__table">
          <ColumnHeaders
            columns={[
              t('administration.audit.time'),
              t('administration.audit.actor'),
              t('administration.audit.event'),
              t('administration.audit.changes'),
            ]}
          />
          {cursors.map((before, index) => (
            <AuditRows
              key={before ?? 'first'}
              source={source}
              filter={{ ...filter, ...(before ? { before } : {}) }}
              pageSize={PAGE_SIZE}
              isFirst={index === 0}
              isLast={index === cursors.length - 1}
              onOlder={(next) => setCursors((list) => [...list, next])}
            />
          ))}
        </table>
      </ScrollRegion>
    </>
  );
}
