import type { SieLineTarget } from '@samsyn/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FileField } from '../../components/form/file-field.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { SieAccountsTable } from './sie-accounts-table.tsx';
import { bytesToBase64, mappingsOf, objectKeyOf, objectMappingsOf, targetFromValue } from './sie-import.ts';
import { SieObjectsTable } from './sie-objects-table.tsx';
import { SiePreviewTable } from './sie-preview-table.tsx';
import { SieProblemsTable } from './sie-problems-table.tsx';
import { SieResultSummary } from './sie-result-summary.tsx';
import type { MonthKey } from './year-picker.tsx';

interface ChosenFile {
  name: string;
  base64: string;
}

/**
 * `/f/:slug/ekonomi/utfall/bokforing`: import the books from an SIE 4 file. The browser sends the
 * file's bytes; the API decodes and checks it and answers with a preview (per line and month, the
 * accounts and where each goes, the objects and their interventions, result and balances) or the
 * problems with their line numbers. Every choice previews again; importing writes all or nothing.
 */
export function SieImportPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const canEdit = useTenantRole('editor');
  const hintId = useId();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [accounts, setAccounts] = useState<ReadonlyMap<string, SieLineTarget>>(new Map());
  const [objects, setObjects] = useState<ReadonlyMap<string, string | null>>(new Map());
  const [isReading, setIsReading] = useState(false);
  const [fileProblem, setFileProblem] = useState<Message | null>(null);
  const [failure, setFailure] = useState<Message | null>(null);
  // A new key empties the file field once its file is imported.
  const [fieldKey, setFieldKey] = useState(0);
  const [notice, setNotice] = useState<Message | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const preview = useMutation(trpc.economy.sieImport.preview.mutationOptions());
  const commit = useApiMutation(trpc.economy.sieImport.commit.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter()],
  });
  const interventions = useQuery({
    ...trpc.interventions.list.queryOptions({ tenant: tenant.slug, includeArchived: false }),
    enabled: canEdit,
  });

  // The outcome of the last step gets focus, so it is read out and the keyboard continues there.
  const outcome = preview.data ? (preview.data.ok ? 'preview' : 'problems') : null;
  useEffect(() => {
    if (outcome || failure || notice) resultRef.current?.focus();
  }, [outcome, failure, notice]);

  function runPreview(
    chosen: ChosenFile,
    nextAccounts: ReadonlyMap<string, SieLineTarget>,
    nextObjects: ReadonlyMap<string, string | null>,
  ) {
    preview.mutate(
      {
        tenant: tenant.slug,
        fileBase64: chosen.base64,
        fileName: chosen.name,
        mappings: mappingsOf(nextAccounts),
        objectMappings: objectMappingsOf(nextObjects),
      },
      { onError: (error) => setFailure(errorMessageOf(error)) },
    );
  }

  async function onFile(chosen: File | null) {
    setNotice(null);
    setFailure(null);
    setFileProblem(null);
    preview.reset();
    setFile(null);
    if (!chosen) return;
    setIsReading(true);
    try {
      const read = { name: chosen.name, base64: bytesToBase64(new Uint8Array(await chosen.arrayBuffer())) };
      setFile(read);
      setAccounts(new Map());
      setObjects(new Map());
      runPreview(read, new Map(), new Map());
    } catch {
      setFileProblem({ key: 'economy.sieImport.unreadable' });
    } finally {
      setIsReading(false);
    }
  }

  function onChooseAccount(account: string, value: string) {
    const target = targetFromValue(value);
    if (!file || !target) return;
    const next = new Map(accounts).set(account, target);
    setAccounts(next);
    runPreview(file, next, objects);
  }

  function onChooseObject(object: { dimension: number; objectId: string }, interventionId: string | null) {
    if (!file) return;
    const next = new Map(objects).set(objectKeyOf(object), interventionId);
    setObjects(next);
    runPreview(file, accounts, next);
  }

  function onCommit() {
    if (!file || commit.isPending) return;
    setFailure(null);
    commit.mutate(
      {
        tenant: tenant.slug,
        fileBase64: file.base64,
        fileName: file.name,
        mappings: mappingsOf(accounts),
        objectMappings: objectMappingsOf(objects),
      },
      {
        onSuccess: (result) => {
          preview.reset();
          setFile(null);
          setFieldKey((key) => key + 1);
          const done = t('economy.sieImport.done', {
            year: result.year,
            added: result.added,
            replaced: result.replaced,
          });
          const lines =
            result.createdLines.length > 0
              ? ` ${t('economy.sieImport.doneLines', { lines: result.createdLines.join(', ') })}`
              : '';
          setNotice({ key: 'economy.sieImport.doneText', values: { text: `${done}${lines}` } });
        },
        onError: (error) => setFailure(errorMessageOf(error)),
      },
    );
  }

  const title = t('economy.sieImport.title');
  const result = preview.data;
  const isBusy = preview.isPending || commit.isPending;
  // The choosers stay enabled while a new preview is on its way: disabling a focused select would
  // drop the keyboard user's focus to the page's start. Only the import itself locks them.
  const isLocked = commit.isPending;
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>{title}</PageHeading>
      <p>
        <Link to={`/f/${tenant.slug}/ekonomi/utfall`}>{t('economy.sieImport.back')}</Link>
      </p>
      <p id={hintId}>{t('economy.sieImport.intro')}</p>
      {canEdit ? (
        <FileField
          key={fieldKey}
          label={t('economy.sieImport.file')}
          accept=".se,.si,.sie,.txt"
          describedBy={hintId}
          error={fileProblem ? t(fileProblem.key, fileProblem.values) : undefined}
          onFile={(chosen) => void onFile(chosen)}
        />
      ) : null}
      {isReading || preview.isPending ? <p role="status">{t('economy.sieImport.reading')}</p> : null}
      <div ref={resultRef} tabIndex={-1} className="economy-import__result sie-import">
        <Notice message={notice} />
        <ErrorNotice message={failure} />
        {result && !result.ok ? (
          <SieProblemsTable problems={result.problems} fileName={file?.name ?? ''} />
        ) : null}
        {result?.ok ? (
          <>
            <p>
              {t(
                result.companyName ? 'economy.sieImport.fileSummary' : 'economy.sieImport.fileSummaryNoName',
                {
                  company: result.companyName,
                  year: result.year,
                  month: t(`economy.reports.months.${String(Math.max(result.lastMonth, 1)) as MonthKey}`),
                },
              )}
            </p>
            {result.conflicts.length > 0 ? (
              <div className="notice notice--error" role="alert">
                <h2 className="notice__title">{t('economy.sieImport.conflictsTitle')}</h2>
                <ul>
                  {result.conflicts.map((conflict) => (
                    <li key={`${conflict.lineName}-${conflict.period}`}>
                      {t('economy.sieImport.conflict', { line: conflict.lineName, period: conflict.period })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <SiePreviewTable preview={result} />
            <SieAccountsTable preview={result} onChoose={onChooseAccount} disabled={isLocked} />
            <SieObjectsTable
              preview={result}
              interventions={interventions.data ?? []}
              onChoose={onChooseObject}
              disabled={isLocked}
            />
            <SieResultSummary preview={result} />
            <button
              type="button"
              className="button button--primary"
              aria-disabled={isBusy || result.conflicts.length > 0}
              onClick={() => {
                if (result.conflicts.length === 0) onCommit();
              }}
            >
              {commit.isPending
                ? t('economy.sieImport.committing')
                : t('economy.sieImport.commit', { year: result.year })}
            </button>
          </>
        ) : null}
      </div>
    </>
  );
}
