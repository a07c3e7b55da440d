import { currentHalfYearInSweden, feePeriodDates, formatMoney, type Ore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { numberColumn } from '../../../components/column-headers.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { FilterSelect } from '../../../components/filter-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { periodInWords } from '../../../lib/period-in-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { downloadExcel } from '../../national/format-figure.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { BoardSubnav } from '../board-subnav.tsx';
import { boardWorkPeriods, chosenBoardWorkPeriod } from '../work/board-work-periods.ts';
import { type FeesData, feesSheetRows, signedMoney } from './fees-rows.ts';
import { seatName } from './seat-name.ts';
import './attendance.css';

/**
 * `/f/:slug/organisation/arvoden?period=2019-H1`: the fees (arvoden) of a half-year or a year per
 * body and seat, the total, and each body's fees beside what is booked on its fee line; exported
 * to .xlsx and printable. Without a period it opens on the current half-year. Viewers.
 */
export function FeesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const [searchParams, setSearchParams] = useSearchParams();
  const currentHalfYear = currentHalfYearInSweden();
  const period = chosenBoardWorkPeriod(searchParams.get('period'), currentHalfYear);
  const periods = boardWorkPeriods(Number(currentHalfYear.slice(0, 4)), period);
  const dates = feePeriodDates(period) ?? {
    from: `${period.slice(0, 4)}-01-01`,
    to: `${period.slice(0, 4)}-12-31`,
  };
  const fees = useQuery(trpc.meetingAttendance.fees.queryOptions({ tenant: tenant.slug, ...dates }));
  const label = periodInWords(t, period);
  return (
    <article className="fees-page">
      <PageHeading titleParts={[t('boardAttendance.fees.title'), label, tenant.name]}>
        {`${t('boardAttendance.fees.title')} – ${label}`}
      </PageHeading>
      <BoardSubnav />
      <p className="no-print">{t('boardAttendance.fees.intro')}</p>
      <div className="fees-toolbar no-print">
        <FilterSelect
          label={t('boardAttendance.fees.period')}
          value={period}
          onChange={(value) => setSearchParams({ period: value })}
          choices={periods.map((value) => ({ value, label: periodInWords(t, value) }))}
        />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('boardAttendance.fees.print')}
        </button>
        {fees.data && fees.data.bodies.length > 0 ? (
          <FeesExport data={fees.data} fileName={`samsyn-arvoden-${tenant.slug}-${period}.xlsx`} />
        ) : null}
      </div>
      <QueryState
        query={fees}
        isEmpty={(data) => data.bodies.length === 0}
        empty={<p className="empty-state">{t('boardAttendance.fees.none')}</p>}
      >
        {(data) => (
          <>
            {data.bodies.map((body) => (
              <section key={body.bodyId} className="fees-body" aria-labelledby={`fees-${body.bodyId}`}>
                <h2 id={`fees-${body.bodyId}`}>{body.bodyName}</h2>
                <p>{t('boardAttendance.fees.meetings', { count: body.meetings })}</p>
                <DataTable
                  title={t('boardAttendance.fees.caption', { body: body.bodyName })}
                  columns={[
                    t('boardAttendance.fees.name'),
                    t('boardAttendance.fees.role'),
                    t('boardAttendance.fees.represents'),
                    numberColumn(t('boardAttendance.fees.attended')),
                    numberColumn(t('boardAttendance.fees.fee')),
                  ]}
                  rows={body.seats}
                  rowKey={(seat) => seat.seatId}
                  foot={
                    <tr>
                      <th scope="row" colSpan={4}>
                        {t('boardAttendance.fees.bodyTotal', { body: body.bodyName })}
                      </th>
                      <td className="data-table__number">{formatMoney(body.feeOre)}</td>
                    </tr>
                  }
                >
                  {(seat) => (
                    <>
                      <th scope="row">{seatName(seat)}</th>
                      <td>{t(`boardAttendance.roles.${seat.role}`)}</td>
                      <td>{seat.memberName ?? ''}</td>
                      <td className="data-table__number">{seat.meetings}</td>
                      <td className="data-table__number">{formatMoney(seat.feeOre)}</td>
                    </>
                  )}
                </DataTable>
                {body.feeLineCode !== null && body.bookedOre !== null ? (
                  <p>
                    {t('boardAttendance.fees.booked', {
                      line: body.feeLineName ?? body.feeLineCode,
                      amount: formatMoney(body.bookedOre),
                    })}
                    <br />
                    {t('boardAttendance.fees.difference', { amount: signedMoney(body.differenceOre ?? 0) })}
                  </p>
                ) : (
                  <p>
                    {t('boardAttendance.fees.noLine')}.{' '}
                    <Link className="no-print" to={`/f/${tenant.slug}/organisation`}>
                      {t('boardAttendance.fees.noLineLink')}
                    </Link>
                  </p>
                )}
              </section>
            ))}
            <p className="fees-total">
              <strong>
                {t('boardAttendance.fees.total', {
                  period: label,
                  amount: formatMoney(data.totalOre as Ore),
                })}
              </strong>
            </p>
          </>
        )}
      </QueryState>
    </article>
  );
}

/** The fees as an Excel file, for the förbund's own accounting. */
function FeesExport({ data, fileName }: { data: FeesData; fileName: string }) {
  const { t } = useTranslation();
  async function download() {
    const rows = feesSheetRows(data, {
      header: [
        t('boardAttendance.fees.fileBody'),
        t('boardAttendance.fees.name'),
        t('boardAttendance.fees.role'),
        t('boardAttendance.fees.represents'),
        t('boardAttendance.fees.attended'),
        t('boardAttendance.section.fee'),
      ],
      roleOf: (role) => t(`boardAttendance.roles.${role}` as 'boardAttendance.roles.member'),
      bodyTotal: (body) => t('boardAttendance.fees.bodyTotal', { body }),
      booked: t('boardAttendance.fees.bookedShort'),
      difference: t('boardAttendance.fees.differenceShort'),
      total: t('boardAttendance.section.total'),
    });
    await downloadExcel(fileName, t('boardAttendance.fees.sheet'), rows);
  }
  return (
    <ExportButton
      label="boardAttendance.fees.exportExcel"
      workingLabel="boardAttendance.fees.working"
      failedMessage="boardAttendance.fees.exportFailed"
      onExport={download}
    />
  );
}
