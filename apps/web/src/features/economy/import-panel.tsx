import type { AppRouter } from '@samsyn/api';
import { useMutation } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../components/busy-button.tsx';
import { numberColumn } from '../../components/column-headers.tsx';
import { FileField } from '../../components/form/file-field.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { actualsTotals } from './actuals-totals.ts';
import { EconomyDataTable } from './economy-data-table.tsx';
import { ImportErrorsTable } from './import-errors-table.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { downloadXlsx, readTableFile } from './table-file.ts';

type ActualsList = inferRouterOutputs<AppRouter>['economy']['actuals']['list'];

/**
 * Import of actuals from a CSV or .xlsx file: the browser reads the file into text cells, the API
 * checks every row (preview), and only a file without errors can be imported — whole. The page
 * keeps the one notice shown (`notice`), so an import's result replaces an earlier save's.
 */
export function ImportPanel({
  lines,
  notice,
  onNotice,
}: {
  lines: ActualsList['lines'];
  notice: Message | null;
  onNotice: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const unit = useMoneyUnit();
  const ids = { title: useId(), hint: useId() };
  const [rows, setRows] = useState<string[][] | null>(null);
  const [fileName, setFileName] = useState('');
  const [isReading, setIsReading] = useState(false);
  const [fileProblem, setFileProblem] = useState<Message | null>(null);
  const [failure, setFailure] = useState<Message | null>(null);
  // A new key empties the file field once its rows are imported.
  const [fieldKey, setFieldKey] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);

  const preview = useMutation(trpc.economy.actuals.importPreview.mutationOptions());
  const commit = useApiMutation(trpc.economy.actuals.importCommit.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter()],
  });

  useEffect(() => {
    if (preview.data || failure || notice) resultRef.current?.focus();
  }, [preview.data, failure, notice]);

  async function onFile(file: File | null) {
    onNotice(null);
    setFailure(null);
    setFileProblem(null);
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
      setFileProblem({ key: 'economy.import.unreadable' });
    } finally {
      setIsReading(false);
    }
  }

  function onCommit() {
    if (!rows || commit.isPending) return;
    setFailure(null);
    commit.mutate(
      { tenant: tenant.slug, rows, fileName },
      {
        onSuccess: (result) => {
          setRows(null);
          preview.reset();
          setFieldKey((key) => key + 1);
          onNotice({ key: 'economy.import.done', values: { count: result.imported } });
        },
        onError: (error) => setFailure(errorMessageOf(error)),
      },
    );
  }

  const result = preview.data;
  const kindOf = new Map(lines.map((line) => [line.code, line.kind]));
  const sums = result?.ok
    ? actualsTotals(result.rows.map((row) => ({ amount: row.amount, kind: kindOf.get(row.lineCode) })))
    : null;
  const previewCaption = `${t('economy.import.previewCaption')}: ${fileName}`;
  const hasAllocations = result?.ok === true && result.rows.some((row) => row.allocations);

  return (
    <section className="economy-import no-print" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('economy.import.title')}</h2>
      <p id={ids.hint}>{t('economy.import.intro')}</p>
      <FileField
        key={fieldKey}
        label={t('economy.import.file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        describedBy={ids.hint}
        error={fileProblem ? t(fileProblem.key, fileProblem.values) : undefined}
        onFile={(file) => void onFile(file)}
      />
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
                // Optional (issue 19): the intervention a part of an intervention-funds actual went to.
                { value: 'Insats', bold: true },
              ],
              ['2019-H1', 'Insatsmedel', 0, ''],
            ],
            [12, 40, 16, 40],
          )
        }
      >
        {t('economy.import.template')}
      </button>
      {isReading || preview.isPending ? <p role="status">{t('economy.import.reading')}</p> : null}
      <div ref={resultRef} tabIndex={-1} className="economy-import__result">
        <Notice message={notice} />
        <ErrorNotice message={failure} />
        <ErrorNotice message={preview.isError ? errorMessageOf(preview.error) : null} />
        {result && !result.ok ? (
          <div className="notice notice--error" role="alert">
            <h3 className="notice__title">{t('economy.import.errorsTitle')}</h3>
            <p>{t('economy.import.errorsIntro')}</p>
            <ImportErrorsTable errors={result.errors} rows={rows ?? []} fileName={fileName} />
          </div>
        ) : null}
        {result?.ok && sums ? (
          <>
            <h3>{t('economy.import.previewTitle')}</h3>
            <p>
              {t('economy.import.summary', {
                count: result.rows.length,
                revenue: formatAmount(sums.revenue, unit),
                costs: formatAmount(sums.costs, unit),
              })}{' '}
              {t('economy.import.replacing', { count: result.replacing })}
            </p>
            <EconomyDataTable
              title={previewCaption}
              columns={[
                t('economy.import.row'),
                t('economy.actuals.period'),
                t('economy.actuals.line'),
                numberColumn(t('economy.reports.actual')),
                numberColumn(t('economy.import.replaces')),
                ...(hasAllocations ? [t('economy.import.columns.intervention')] : []),
              ]}
              rows={result.rows}
              rowKey={(row) => row.rowNumber}
            >
              {(row) => (
                <>
                  <th scope="row">{row.rowNumber}</th>
                  <td>{row.period}</td>
                  <td>{row.lineName}</td>
                  <td className="num">{formatAmount(row.amount, unit)}</td>
                  <td className="num">{row.replaces === null ? '' : formatAmount(row.replaces, unit)}</td>
                  {hasAllocations ? (
                    <td>
                      {(row.allocations ?? [])
                        .map((part) => `${part.interventionName} ${formatAmount(part.amount, unit)}`)
                        .join('; ')}
                    </td>
                  ) : null}
                </>
              )}
            </EconomyDataTable>
            <BusyButton tone="primary" isBusy={commit.isPending} onClick={onCommit}>
              {commit.isPending
                ? t('economy.import.committing')
                : t('economy.import.commit', { count: result.rows.length })}
            </BusyButton>
          </>
        ) : null}
      </div>
    </section>
  );
}
