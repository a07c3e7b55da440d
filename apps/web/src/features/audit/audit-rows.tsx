import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { describeAuditEntry } from './audit-sentence.ts';
import { type AuditFilter, type AuditSource, useAuditPage } from './audit-source.ts';
import type { Translate } from './audit-values.ts';

const colSpan = 4;

/** One page's rows: a tbody of its own, so each page keeps its own loading and error state. */
export function AuditRows({
  source,
  filter,
  pageSize,
  isFirst,
  isLast,
  onOlder,
}: {
  source: AuditSource;
  filter: AuditFilter & { before?: number };
  pageSize: number;
  isFirst: boolean;
  isLast: boolean;
  onOlder: (before: number) => void;
}) {
  const { t } = useTranslation();
  const translate = t as unknown as Translate;
  const page = useAuditPage(source, { ...filter, limit: pageSize });
  const pending = (
    <tbody>
      <tr>
        <td colSpan={colSpan}>
          <QueryState query={page}>{() => null}</QueryState>
        </td>
      </tr>
    </tbody>
  );
  if (page.isPending || page.isError) return pending;
  const { rows, nextBefore } = page.data;
  return (
    <tbody>
      {isFirst && rows.length === 0 ? (
        <tr>
          <td colSpan={colSpan}>{t('administration.audit.empty')}</td>
        </tr>
      ) : null}
      {rows.map((row) => {
        const text = describeAuditEntry(row, translate);
        return (
          <tr key={row.id}>
            <td>{formatDateTime(row.occurredAt)}</td>
            <td>{row.actorName ?? t('administration.audit.system')}</td>
            <th scope="row">{text.sentence}</th>
            <td>
              {text.details.length > 0 ? (
                <ul className="change-list">
                  {text.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              ) : (
                <span className="muted">–</span>
              )}
            </td>
          </tr>
        );
      })}
      {isLast && nextBefore ? (
        <tr>
          <td colSpan={colSpan}>
            <button type="button" className="button button--secondary" onClick={() => onOlder(nextBefore)}>
              {t('administration.audit.older', { count: pageSize })}
            </button>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
