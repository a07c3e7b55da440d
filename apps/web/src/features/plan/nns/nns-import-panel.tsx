import { type NnsImportRow, todayInSweden } from '@samsyn/domain';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../components/busy-button.tsx';
import { FilterSelect } from '../../../components/filter-field.tsx';
import { FileField } from '../../../components/form/file-field.tsx';
import { ErrorNotice, Notice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { readTableFile } from '../../economy/table-file.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { fileProblemMessage, readNnsCells } from './nns-format.ts';
import {
  NnsPreviewTable,
  type NnsProblemRow,
  NnsProblemsTable,
  problemRowsOf,
} from './nns-import-tables.tsx';

interface ReadFile {
  name: string;
  rows: NnsImportRow[];
}

/** The years a result file may be for: this year and the ten before, newest first. */
function yearChoices() {
  const thisYear = Number(todayInSweden().slice(0, 4));
  return Array.from({ length: 11 }, (_, index) => String(thisYear - index)).map((value) => ({
    value,
    label: value,
  }));
}

/**
 * Importing one year's NNS result file (editors): the browser reads the .xlsx or CSV into rows,
 * the API checks every statement against NNS's exact wording and answers with a preview or the
 * problems by row; saving replaces the year's results, all or nothing. `onImported` shows the year.
 */
export function NnsImportPanel({ onImported }: { onImported: (year: number) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenant().slug;
  const introId = useId();
  const choices = yearChoices();
  const [year, setYear] = useState(choices[1]?.value ?? '');
  const [file, setFile] = useState<ReadFile | null>(null);
  const [fileProblems, setFileProblems] = useState<NnsProblemRow[] | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [isReading, setIsReading] = useState(false);
  const [failure, setFailure] = useState<Message | null>(null);
  const [fieldKey, setFieldKey] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);
  const preview = useMutation(trpc.nns.importPreview.mutationOptions());
  const save = useApiMutation(trpc.nns.import.mutationOptions(), {
    invalidates: () => [trpc.nns.pathFilter()],
    success: (result) => ({ key: 'nns.import.done', values: { year: result.year, count: result.imported } }),
  });

  const outcome = preview.data
    ? preview.data.ok
      ? 'preview'
      : 'problems'
    : fileProblems
      ? 'problems'
      : null;
  useEffect(() => {
    if (outcome || failure || save.notice) resultRef.current?.focus();
  }, [outcome, failure, save.notice]);

  function runPreview(read: ReadFile, forYear: string) {
    setFailure(null);
    preview.mutate(
      { tenant: slug, year: Number(forYear), fileName: read.name, rows: read.rows, expectedVersion: 0 },
      { onError: (error) => setFailure(errorMessageOf(error)) },
    );
  }

  async function onFile(chosen: File | null) {
    save.reset();
    preview.reset();
    setFailure(null);
    setFileProblems(null);
    setUnreadable(false);
    setFile(null);
    if (!chosen) return;
    setIsReading(true);
    try {
      const read = readNnsCells(await readTableFile(chosen));
      if (!read.ok) {
        setFileProblems(read.problems.map(fileProblemMessage));
        setFile({ name: chosen.name, rows: [] });
        return;
      }
      const next = { name: chosen.name, rows: read.rows };
      // The year the file's title names, when it is one of the choices; else the one chosen.
      const hinted = choices.some((choice) => choice.value === String(read.yearHint))
        ? String(read.yearHint)
        : year;
      setYear(hinted);
      setFile(next);
      runPreview(next, hinted);
    } catch {
      setUnreadable(true);
    } finally {
      setIsReading(false);
    }
  }

  function onYear(next: string) {
    setYear(next);
    if (file && file.rows.length > 0) runPreview(file, next);
  }

  function onSave() {
    const result = preview.data;
    if (!file || !result?.ok || save.isPending) return;
    setFailure(null);
    save.mutate(
      {
        tenant: slug,
        year: result.year,
        fileName: file.name,
        rows: file.rows,
        expectedVersion: result.version,
      },
      {
        onSuccess: (done) => {
          preview.reset();
          setFile(null);
          setFieldKey((key) => key + 1);
          onImported(done.year);
        },
        onError: (error) => setFailure(errorMessageOf(error)),
      },
    );
  }

  const result = preview.data;
  return (
    <section className="nns-import" aria-labelledby={`${introId}-title`}>
      <h2 id={`${introId}-title`}>{t('nns.import.title')}</h2>
      <p id={introId}>{t('nns.import.intro')}</p>
      <FilterSelect label={t('nns.import.year')} value={year} onChange={onYear} choices={choices} />
      <FileField
        key={fieldKey}
        label={t('nns.import.file')}
        accept=".xlsx,.csv,.txt"
        describedBy={introId}
        error={unreadable ? t('nns.import.unreadable') : undefined}
        onFile={(chosen) => void onFile(chosen)}
      />
      {isReading || preview.isPending ? <p role="status">{t('nns.import.reading')}</p> : null}
      <div ref={resultRef} tabIndex={-1} className="nns-import__result">
        <Notice message={save.notice} />
        <ErrorNotice message={failure} />
        {fileProblems ? <NnsProblemsTable problems={fileProblems} fileName={file?.name ?? ''} /> : null}
        {result && !result.ok ? (
          <NnsProblemsTable problems={problemRowsOf(result.problems)} fileName={file?.name ?? ''} />
        ) : null}
        {result?.ok && file ? (
          <>
            <h3>{t('nns.import.previewTitle', { count: result.rows.length, year: result.year })}</h3>
            <p>
              {result.replacing > 0
                ? t('nns.import.replaces', { count: result.replacing, year: result.year })
                : t('nns.import.replacesNone', { year: result.year })}
            </p>
            <NnsPreviewTable preview={result} fileName={file.name} />
            <BusyButton tone="primary" isBusy={save.isPending} onClick={onSave}>
              {save.isPending
                ? t('nns.import.saving')
                : t('nns.import.save', { count: result.rows.length, year: result.year })}
            </BusyButton>
          </>
        ) : null}
      </div>
    </section>
  );
}
