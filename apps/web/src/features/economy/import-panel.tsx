import type { AppRouter } from '@samsyn/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sv } from '../../i18n/sv.ts';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { downloadXlsx, readTableFile } from './table-file.ts';

type Preview = inferRouterOutputs<AppRouter>['economy']['actuals']['importPreview'];
type ImportError = Extract<Preview, { ok: false }>['errors'][number];

/** The catalogue sentence for a row error's key (`import.unknownLine`, `money.invalidFormat` …). */
function rowErrorKey(key: string): MessageKey {
  const [group, name] = key.split('.');
  const errors = sv.errors as Record<string, unknown>;
  const node = group ? errors[group] : undefined;
  if (
    typeof node === 'object' &&
    node !== null &&
    name &&
    typeof (node as Record<string, unknown>)[name] === 'string'
  )
    return `errors.${group}.${name}` as MessageKey;
  return 'validation.invalid';
}

/**
 * Import of actuals from a CSV or .xlsx file: the browser reads the file into text cells, the API
 * checks every row (preview), and only a file without errors can be imported — whole.
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unit = useMoneyUnit();
  const ids = { title: useId(), file: useId(), hint: useId() };
  const [rows, setRows] = useState<string[][] | null>(null);
  const [fileName, setFileName] = useState('');
  const [isReading, setIsReading] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; message: Message } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const preview = useMutation(trpc.economy.actuals.importPreview.mutationOptions());
  const commit = useMutation(
    trpc.economy.actuals.importCommit.mutationOptions({
      onSuccess: async (result) => {
        setMessage({
          tone: 'success',
          message: { key: 'economy.import.done', values: { count: result.imported } },
        });
        setRows(null);
        preview.reset();
        if (inputRef.current) inputRef.current.value = '';
        await queryClient.invalidateQueries({ queryKey: trpc.economy.pathKey() });
      },
      onError: (error) => setMessage({ tone: 'error', message: errorMessageOf(error) }),
    }),
  );

  useEffect(() => {
    if (preview.data || message) resultRef.current?.focus();
  }, [preview.data, message]);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setMessage(null);
    preview.reset();
    setRows(null);
    if (!file) return;
    setIsReading(true);
    try {
      const read = await readTableFile(file);
      setRows(read);
      setFileName(file.name);
      preview.mutate({ tenant: tenant.slug, rows: read });
    } catch {
      setMessage({ tone: 'error', message: { key: 'economy.import.unreadable' } });
    } finally {
      setIsReading(false);
    }
  }

  const result = preview.data;
  const columnLabel = (error: ImportError) =>
    error.column ? t(`economy.import.columns.${error.column}`) : t('economy.common.none');

  return (
    <section className="economy-import no-print" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('economy.import.title')}</h2>
      <p id={ids.hint}>{t('economy.import.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={ids.file}>
          {t('economy.import.file')}
        </label>
        <input
          ref={inputRef}
          id={ids.file}
          type="file"
          className="field__input"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={ids.hint}
          onChange={(event) => void onFile(event)}
        />
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          void downloadXlsx(
            'utfall-mall.xlsx',
            t('economy.xlsxSheet.template'),
            [
              [
                { value: 'Period', bold: true },
                { value: 'Rad', bold: true },
                { value: 'Belopp', bold: true },
              ],
              ['2019-H1', 'Insatsmedel', 0],
            ],
            [12, 40, 16],
          )
        }
      >
        {t('economy.import.template')}
      </button>
      {isReading || preview.isPending ? <p role="status">{t('economy.import.reading')}</p> : null}
      <div ref={resultRef} tabIndex={-1} className="economy-import__result">
        {message ? (
          <p
            className={`notice ${message.tone === 'error' ? 'notice--error' : 'notice--success'}`}
            role={message.tone === 'error' ? 'alert' : 'status'}
          >
            {t(message.message.key, message.message.values)}
          </p>
        ) : null}
        {preview.isError ? (
          <p className="notice notice--error" role="alert">
            {t(errorMessageOf(preview.error).key, errorMessageOf(preview.error).values)}
          </p>
        ) : null}
        {result && !result.ok ? (
          <div className="notice notice--error" role="alert">
            <h3 className="notice__title">{t('economy.import.errorsTitle')}</h3>
            <p>{t('economy.import.errorsIntro')}</p>
            <div className="table-scroll">
              <table className="economy-table">
                <caption>{`${t('economy.import.errorsCaption')}: ${fileName}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('economy.import.row')}</th>
                    <th scope="col">{t('economy.import.column')}</th>
                    <th scope="col">{t('economy.import.value')}</th>
                    <th scope="col">{t('economy.import.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((error, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a row may have several errors
                    <tr key={index}>
                      <th scope="row">{error.row}</th>
                      <td>{columnLabel(error)}</td>
                      <td>{error.value ?? ''}</td>
                      <td>{t(rowErrorKey(error.key), { value: error.value ?? '' })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
        {result?.ok ? (
          <>
            <h3>{t('economy.import.previewTitle')}</h3>
            <p>
              {t('economy.import.summary', {
                count: result.rows.length,
                total: formatAmount(result.total, unit),
                replacing: result.replacing,
              })}
            </p>
            <div className="table-scroll">
              <table className="economy-table">
                <caption>{`${t('economy.import.previewCaption')}: ${fileName}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('economy.import.row')}</th>
                    <th scope="col">{t('economy.actuals.period')}</th>
                    <th scope="col">{t('economy.actuals.line')}</th>
                    <th scope="col" className="num">
                      {t('economy.reports.actual')}
                    </th>
                    <th scope="col" className="num">
                      {t('economy.import.replaces')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row) => (
                    <tr key={row.rowNumber}>
                      <th scope="row">{row.rowNumber}</th>
                      <td>{row.period}</td>
                      <td>{row.lineName}</td>
                      <td className="num">{formatAmount(row.amount, unit)}</td>
                      <td className="num">{row.replaces === null ? '' : formatAmount(row.replaces, unit)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <button
              type="button"
              className="button button--primary"
              aria-disabled={commit.isPending}
              onClick={() =>
                rows && !commit.isPending && commit.mutate({ tenant: tenant.slug, rows, fileName })
              }
            >
              {commit.isPending
                ? t('economy.import.committing')
                : t('economy.import.commit', { count: result.rows.length })}
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}
