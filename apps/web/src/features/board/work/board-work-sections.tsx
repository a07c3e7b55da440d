import type { AppRouter } from '@samsyn/api';
import { formatMoney } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import { numberColumn } from '../../../components/column-headers.tsx';
import { DataTable } from '../../../components/data-table.tsx';

export type BoardWorkData = inferRouterOutputs<AppRouter>['boardWork']['get'];

/**
 * § 2 "Styrelsens arbete" as the half-year report prints it: the board (its description, size,
 * composition, meetings and fees), each other body with its members and meetings, the kansli and
 * the auditors, then a table of meetings and fees per body. The sentences are the domain's.
 */
export function BoardWorkSections({ data, periodText }: { data: BoardWorkData; periodText: string }) {
  const { t } = useTranslation();
  const board = data.board;
  if (!board) return null;
  return (
    <>
      <section className="board-work-section" aria-labelledby="board-work-board">
        <h2 id="board-work-board">{board.name}</h2>
        {board.description ? <p>{board.description}</p> : null}
        <p>{board.sizeSentence}</p>
        <h3>{t('boardWork.composition')}</h3>
        <CompositionList title={t('boardWork.ordinary')} lines={board.ordinary} />
        <CompositionList title={t('boardWork.substitutes')} lines={board.substitutes} />
        <h3>{t('boardWork.meetings')}</h3>
        <p>{board.meetingsSentence}</p>
        <p>{board.feeSentence}</p>
      </section>
      {data.bodies.map((body) => (
        <section
          key={body.bodyId}
          className="board-work-section"
          aria-labelledby={`board-work-${body.bodyId}`}
        >
          <h2 id={`board-work-${body.bodyId}`}>{body.name}</h2>
          {body.description ? <p>{body.description}</p> : null}
          {body.members.length > 0 ? (
            <CompositionList title={t('boardWork.members')} lines={body.members} />
          ) : null}
          <p>{body.meetingsSentence}</p>
        </section>
      ))}
      {data.office ? (
        <section className="board-work-section" aria-labelledby="board-work-office">
          <h2 id="board-work-office">{data.office.name}</h2>
          <p>{data.office.sentence ?? data.office.description}</p>
        </section>
      ) : null}
      {data.auditors ? (
        <section className="board-work-section" aria-labelledby="board-work-auditors">
          <h2 id="board-work-auditors">{data.auditors.name}</h2>
          {data.auditors.description ? <p>{data.auditors.description}</p> : null}
          {data.auditors.lines.length > 0 ? (
            <ul className="board-work-lines">
              {data.auditors.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <MeetingsTable data={data} periodText={periodText} />
    </>
  );
}

/** "Ordinarie ledamöter:" and its lines, as printed; a body without seats on the date says so. */
function CompositionList({ title, lines }: { title: string; lines: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="board-work-composition">
      <p className="board-work-composition__title">{title}</p>
      {lines.length === 0 ? (
        <p>{t('boardWork.noSeats')}</p>
      ) : (
        <ul className="board-work-lines">
          {lines.map((line, index) => (
            // A person may hold two seats with the same line (two appointers): the index keeps keys apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines are a fixed, ordered printout.
            <li key={`${index}-${line}`}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function MeetingsTable({ data, periodText }: { data: BoardWorkData; periodText: string }) {
  const { t } = useTranslation();
  const rows = [
    ...(data.board
      ? [
          {
            id: data.board.bodyId,
            name: data.board.name,
            meetings: data.board.meetings,
            feeOre: data.board.feeOre,
          },
        ]
      : []),
    ...data.bodies.map((body) => ({
      id: body.bodyId,
      name: body.name,
      meetings: body.meetings,
      feeOre: body.feeOre,
    })),
  ];
  return (
    <section className="board-work-section" aria-labelledby="board-work-table">
      <h2 id="board-work-table">{t('boardWork.table.title')}</h2>
      <DataTable
        title={t('boardWork.table.title')}
        caption={t('boardWork.table.caption', { period: periodText })}
        columns={[
          t('boardWork.table.body'),
          numberColumn(t('boardWork.table.meetings')),
          numberColumn(t('boardWork.table.fees')),
        ]}
        rows={rows}
        rowKey={(row) => row.id}
      >
        {(row) => (
          <>
            <th scope="row">{row.name}</th>
            <td className="data-table__number">{row.meetings}</td>
            <td className="data-table__number">{formatMoney(row.feeOre)}</td>
          </>
        )}
      </DataTable>
    </section>
  );
}
