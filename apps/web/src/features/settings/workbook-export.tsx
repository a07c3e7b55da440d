import { todayInSweden } from '@samsyn/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import type { Translate } from '../audit/audit-values.ts';
import { workbookSheets } from './workbook-sheets.ts';
import { downloadWorkbook } from './write-workbook.ts';

/**
 * "Ladda ned som Excel-arbetsbok": the förbund's data for people to read (the zip beside it is the
 * raw tables). The API hands the data in one admin-only read; the sheets are built here because
 * the audit log's Swedish sentences and every label come from the web app's catalogue.
 */
export function WorkbookExport({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hintId = useId();
  const download = useApiMutation(
    {
      mutationFn: async () => {
        // Always fresh: a workbook is a snapshot of now, not of when the page was opened.
        const data = await queryClient.fetchQuery({
          ...trpc.export.workbook.queryOptions({ tenant: slug }),
          staleTime: 0,
        });
        // The sheets look keys up by name, as the audit log does, which the typed t() does not allow.
        await downloadWorkbook(
          `samsyn-${slug}-${todayInSweden()}.xlsx`,
          workbookSheets(data, t as unknown as Translate),
        );
      },
    },
    { success: () => ({ key: 'administration.workbook.done' }) },
  );
  const failure = download.error ? errorMessageOf(download.error) : null;
  return (
    <>
      <p id={hintId}>{t('administration.workbook.hint')}</p>
      <Notice message={download.notice} />
      <ErrorNotice message={failure} />
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={hintId}
        aria-disabled={download.isPending}
        onClick={() => {
          if (!download.isPending) download.mutate();
        }}
      >
        {download.isPending ? t('administration.workbook.working') : t('administration.workbook.download')}
      </button>
    </>
  );
}
