import { formatMoney, type Ore } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, numberColumn } from '../../../components/column-headers.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { noteCheckMessages } from './note-check.ts';
import type { ListedNote } from './notes-types.ts';

/** The amount without its unit, as the statements print it ("1 664 875"). */
const amount = (ore: number) => formatMoney(ore as Ore).replace(/\u00a0kr$/, '');

/**
 * One note as the report shows it: its rows with the period's and the comparison's amounts and
 * Summa, then the live check against its statement line (a difference in the error tone).
 */
export function NoteTable({ note, statementLine }: { note: ListedNote; statementLine: Message }) {
  const { t } = useTranslation();
  const caption = t('reportNotesPages.caption', { number: note.number, title: note.title });
  const check = noteCheckMessages(note);
  const sum = (column: 'current' | 'previous') => note.lines.reduce((total, line) => total + line[column], 0);
  return (
    <>
      <ScrollRegion label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <ColumnHeaders
            columns={[
              t('reportNotesPages.specification'),
              numberColumn(note.labels.current),
              numberColumn(note.labels.previous),
            ]}
            numberClass="data-table__number"
          />
          <tbody>
            {note.lines.map((line, index) => (
              // Rows have no id of their own; their order is the note's.
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows are saved and shown in order
              <tr key={index}>
                <th scope="row">{line.label}</th>
                <td className="data-table__number">{amount(line.current)}</td>
                <td className="data-table__number">{amount(line.previous)}</td>
              </tr>
            ))}
            <tr className="report-table__sum">
              <th scope="row">{t('reportNotesPages.sum')}</th>
              <td className="data-table__number">{amount(sum('current'))}</td>
              <td className="data-table__number">{amount(sum('previous'))}</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <p>{t('reportNotesPages.specifies', { line: t(statementLine.key, statementLine.values) })}</p>
      <div className={`note-card__check${check.isConsistent ? '' : ' note-card__check--difference'}`}>
        {check.messages.map((message) => (
          <p key={`${message.key}-${message.values?.column ?? ''}`}>{t(message.key, message.values)}</p>
        ))}
      </div>
    </>
  );
}
