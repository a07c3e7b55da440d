import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { catalogueKey } from './catalogue-key.ts';
import '../team/admin.css';

export type AuditPage = inferRouterOutputs<AppRouter>['audit']['list'];
type AuditRow = AuditPage['rows'][number];

export type AuditSource = { kind: 'tenant'; slug: string } | { kind: 'platform' };

export interface AuditFilter {
  action?: string;
  from?: string;
  to?: string;
}

interface AuditLogProps {
  /** Whose log: one förbund's (its admins) or the platform's (platform admins). */
  source: AuditSource;
  /** Action prefixes offered in the filter, e.g. `member.`. */
  prefixes: readonly { value: string; label: MessageKey }[];
}

const PAGE_SIZE = 50;

/**
 * An audit log, newest first, filtered by kind of event and by date, with "show older" paging
 * (keyset: each page asks for entries older than the last one shown).
 */
export function AuditLog({ source, prefixes }: AuditLogProps) {
  const { t } = useTranslation();
  const ids = { action: useId(), from: useId(), to: useId(), error: useId() };
  const [draft, setDraft] = useState<Required<AuditFilter>>({ action: '', from: '', to: '' });
  const [filter, setFilter] = useState<AuditFilter>({});
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const [dateError, setDateError] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateError(true);
      return;
    }
    setDateError(false);
    const next: AuditFilter = {};
    if (draft.action) next.action = draft.action;
    if (draft.from) next.from = draft.from;
    if (draft.to) next.to = draft.to;
    setFilter(next);
    setCursors([undefined]);
  }

  return (
    <>
      <form
        className="inline-form"
        noValidate
        onSubmit={onSubmit}
        aria-label={t('administration.audit.filterLabel')}
      >
        <div className="field">
          <label className="field__label" htmlFor={ids.action}>
            {t('administration.audit.kind')}
          </label>
          <select
            id={ids.action}
            className="field__input"
            value={draft.action}
            onChange={(event) => setDraft({ ...draft, action: event.target.value })}
          >
            <option value="">{t('administration.audit.allKinds')}</option>
            {prefixes.map((prefix) => (
              <option key={prefix.value} value={prefix.value}>
                {t(prefix.label)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.from}>
            {t('administration.audit.from')}
          </label>
          <input
            id={ids.from}
            className="field__input"
            type="date"
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? ids.error : undefined}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.to}>
            {t('administration.audit.to')}
          </label>
          <input
            id={ids.to}
            className="field__input"
            type="date"
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('administration.audit.apply')}
        </button>
      </form>
      {dateError ? (
        <p className="notice notice--error" role="alert" id={ids.error}>
          {t('administration.audit.dateOrder')}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('administration.audit.time')}</th>
              <th scope="col">{t('administration.audit.actor')}</th>
              <th scope="col">{t('administration.audit.event')}</th>
              <th scope="col">{t('administration.audit.changes')}</th>
            </tr>
          </thead>
          {cursors.map((before, index) => (
            <AuditRows
              key={before ?? 'first'}
              source={source}
              filter={{ ...filter, limit: PAGE_SIZE, ...(before ? { before } : {}) }}
              isFirst={index === 0}
              isLast={index === cursors.length - 1}
              onOlder={(next) => setCursors((list) => [...list, next])}
            />
          ))}
        </table>
      </div>
    </>
  );
}

/** One page's rows: a tbody of its own, so each page keeps its own loading and error state. */
function AuditRows({
  source,
  filter,
  isFirst,
  isLast,
  onOlder,
}: {
  source: AuditSource;
  filter: AuditFilter & { limit: number; before?: number };
  isFirst: boolean;
  isLast: boolean;
  onOlder: (before: number) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenantPage = useQuery(
    trpc.audit.list.queryOptions(
      { tenant: source.kind === 'tenant' ? source.slug : '', ...filter },
      { enabled: source.kind === 'tenant' },
    ),
  );
  const platformPage = useQuery(
    trpc.platform.audit.queryOptions(filter, { enabled: source.kind === 'platform' }),
  );
  const page = source.kind === 'tenant' ? tenantPage : platformPage;
  const colSpan = 4;
  if (page.isPending || page.isError) {
    return (
      <tbody>
        <tr>
          <td colSpan={colSpan}>
            {page.isPending ? (
              <LoadingStatus />
            ) : (
              <ErrorPanel error={page.error} onRetry={() => void page.refetch()} />
            )}
          </td>
        </tr>
      </tbody>
    );
  }
  const { rows, nextBefore } = page.data;
  return (
    <tbody>
      {isFirst && rows.length === 0 ? (
        <tr>
          <td colSpan={colSpan}>{t('administration.audit.empty')}</td>
        </tr>
      ) : null}
      {rows.map((row) => (
        <tr key={row.id}>
          <td>{formatDateTime(row.occurredAt)}</td>
          <td>{row.actorName ?? t('administration.audit.system')}</td>
          <th scope="row">{actionLabel(row.action, t)}</th>
          <td>
            <Changes row={row} />
          </td>
        </tr>
      ))}
      {isLast && nextBefore ? (
        <tr>
          <td colSpan={colSpan}>
            <button type="button" className="button button--secondary" onClick={() => onOlder(nextBefore)}>
              {t('administration.audit.older', { count: PAGE_SIZE })}
            </button>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];
/** t() for keys known only at run time (checked against the catalogue by `catalogueKey`). */
const translateDynamic = (t: Translate, key: string): string =>
  (t as unknown as (key: string) => string)(key);

/** The Swedish name of an action (`member.rename` → "Medlem bytte namn"), or the action itself. */
function actionLabel(action: string, t: Translate): string {
  const key = catalogueKey('administration.audit.actions', action);
  return key ? translateDynamic(t, key) : action;
}

function fieldLabel(field: string, t: Translate): string {
  const key = catalogueKey('administration.audit.fields', field);
  return key ? translateDynamic(t, key) : field;
}

function formatValue(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean')
    // Through translateDynamic: with the whole catalogue, t()'s types for these keys exceed the
    // compiler's instantiation depth (TS2589). The keys exist; the audit log tests show them.
    return translateDynamic(t, value ? 'administration.common.yes' : 'administration.common.no');
  if (typeof value === 'number') return new Intl.NumberFormat('sv-SE').format(value);
  if (value === 'admin' || value === 'editor' || value === 'viewer')
    return translateDynamic(t, `roles.${value}`);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => formatValue(item, t)).join(', ');
  return JSON.stringify(value);
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** Before and after, field by field: only what the entry recorded, old value struck through. */
function Changes({ row }: { row: AuditRow }) {
  const { t } = useTranslation();
  const before = asRecord(row.before);
  const after = asRecord(row.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  if (fields.length === 0) return <span className="muted">–</span>;
  return (
    <ul className="change-list">
      {fields.map((field) => (
        <li key={field}>
          {fieldLabel(field, t)}:{' '}
          {field in before ? (
            <>
              <del>
                <span className="visually-hidden">{t('administration.audit.before')} </span>
                {formatValue(before[field], t)}
              </del>
              {field in after ? ' → ' : null}
            </>
          ) : null}
          {field in after ? (
            <ins>
              <span className="visually-hidden">{t('administration.audit.after')} </span>
              {formatValue(after[field], t)}
            </ins>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
