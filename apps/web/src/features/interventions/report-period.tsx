import { parsePeriod, periodEndDate } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { type ExportCell, exportXlsx } from './export-xlsx.ts';
import { currentHalfYear } from './shared.tsx';

/**
 * The report's period: from `?period=`, else the latest period any intervention has figures for
 * (so the demo opens on Gävleborg's 2019-H1), else the current half-year. Null while that loads.
 */
export function useReportPeriod(): string | null {
  const [searchParams] = useSearchParams();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const requested = searchParams.get('period');
  const list = useQuery({
    ...trpc.interventions.list.queryOptions({ tenant: slug, includeArchived: false }),
    enabled: requested === null,
  });
  if (requested !== null) return requested;
  if (list.isPending) return null;
  const periods = (list.data ?? []).flatMap((item) => (item.latestPeriod ? [item.latestPeriod] : []));
  const endOf = (text: string) => {
    const period = parsePeriod(text);
    return period ? periodEndDate(period) : '';
  };
  return (
    periods.sort((a, b) => endOf(b).localeCompare(endOf(a)) || a.length - b.length)[0] ?? currentHalfYear()
  );
}

/** Period field, print and Excel buttons above a report (hidden in print). */
export function ReportToolbar({
  period,
  fileName,
  sheet,
  rows,
}: {
  period: string;
  fileName: string;
  sheet: string;
  rows: (() => ExportCell[][]) | null;
}) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const id = useId();
  const [text, setText] = useState(period);
  const [isInvalid, setIsInvalid] = useState(false);
  const [exportState, setExportState] = useState<'idle' | 'working' | 'failed'>('idle');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (parsePeriod(text.trim()) === null) {
      setIsInvalid(true);
      document.getElementById(id)?.focus();
      return;
    }
    setIsInvalid(false);
    setSearchParams({ period: text.trim() });
  }

  async function onExport() {
    if (!rows) return;
    setExportState('working');
    try {
      await exportXlsx(fileName, sheet, rows());
      setExportState('idle');
    } catch {
      setExportState('failed');
    }
  }

  return (
    <div className="no-print">
      <form className="insatser-toolbar" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {t('interventions.reports.period')}
          </label>
          {isInvalid ? (
            <p className="field__error" id={`${id}-error`}>
              {t('validation.period.invalid')}
            </p>
          ) : null}
          <input
            id={id}
            className="field__input"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={isInvalid || undefined}
            aria-describedby={isInvalid ? `${id}-error` : undefined}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('interventions.reports.show')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('interventions.reports.print')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void onExport()}
          aria-disabled={rows === null || exportState === 'working'}
        >
          {exportState === 'working'
            ? t('interventions.reports.exporting')
            : t('interventions.reports.excel')}
        </button>
      </form>
      {exportState === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('interventions.reports.exportFailed')}
        </p>
      ) : null}
    </div>
  );
}
