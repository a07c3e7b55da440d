import { type NnsRowProblem, publishNnsValue } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { numberColumn } from '../../../components/column-headers.tsx';
import { nnsProblemKeys } from '../../../i18n/sv/nns.ts';
import type { Message } from '../../../lib/message-key.ts';
import { formatNnsScore } from './nns-format.ts';
import { nnsStatementColumns } from './nns-statement-columns.ts';
import { NnsTable } from './nns-table.tsx';
import type { NnsImportPreview } from './nns-types.ts';

/** One problem of the file as a row of the problems table. */
export interface NnsProblemRow {
  row: number | null;
  message: Message;
  /** The text as the file has it, and, for a changed statement, NNS's wording beside it. */
  text?: string | undefined;
  expected?: string | null | undefined;
}

/** The API's row problems as the table's rows (the same sentences as its refusal). */
export const problemRowsOf = (problems: readonly NnsRowProblem[]): NnsProblemRow[] =>
  problems.map((problem) => ({
    row: problem.row,
    message: { key: nnsProblemKeys[problem.reason], values: { row: problem.row, text: problem.text } },
    text: problem.text,
    expected: problem.reason === 'nns.changedText' ? problem.expected : undefined,
  }));

/** Why the file cannot be imported, row by row: nothing was saved. */
export function NnsProblemsTable({
  problems,
  fileName,
}: {
  problems: readonly NnsProblemRow[];
  fileName: string;
}) {
  const { t } = useTranslation();
  const caption = t('nns.import.problemsCaption', { file: fileName });
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{t('nns.import.problemsTitle')}</h2>
      <p>{t('nns.import.problemsIntro')}</p>
      <NnsTable caption={caption} columns={[numberColumn(t('nns.import.row')), t('nns.import.problem')]}>
        {problems.map((problem) => (
          <tr
            key={`${problem.row ?? 'file'}-${problem.message.key}-${JSON.stringify(problem.message.values)}`}
          >
            <th scope="row" className="num">
              {problem.row ?? '–'}
            </th>
            <td>
              {t(problem.message.key, problem.message.values)}
              {problem.expected ? <> {t('nns.import.expected', { text: problem.expected })}</> : null}
            </td>
          </tr>
        ))}
      </NnsTable>
    </div>
  );
}

type PreviewOk = Extract<NnsImportPreview, { ok: true }>;

/** The file's results as they will be saved, with each statement's code and scope. */
export function NnsPreviewTable({ preview, fileName }: { preview: PreviewOk; fileName: string }) {
  const { t } = useTranslation();
  const caption = t('nns.import.previewCaption', { file: fileName });
  return (
    <NnsTable caption={caption} columns={[numberColumn(t('nns.import.row')), ...nnsStatementColumns(t)]}>
      {preview.rows.map((row) => (
        <tr key={row.row}>
          <th scope="row" className="num">
            {row.row}
          </th>
          <td>{row.code}</td>
          <td>{row.question}</td>
          <td>{row.scope}</td>
          <td className="num">{row.n}</td>
          <td className="num">{formatNnsScore(publishNnsValue(row.n, row.value))}</td>
          <td className="num">{formatNnsScore(row.nationalValue)}</td>
        </tr>
      ))}
    </NnsTable>
  );
}
