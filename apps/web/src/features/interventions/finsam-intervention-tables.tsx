import type { GenderCount } from '@samsyn/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import './finsam-report.css';
import { type FinsamWord, f, genderHeadings, type Translate } from './finsam-sheet.ts';
import { DemoBadge, type FinsamReport, formatCount, formatOre } from './shared.tsx';

type FinsamRow = FinsamReport['rows'][number];

/** An intervention's actual, and beneath it "inmatat, ej från bokföringen" when it was typed in. */
function SpendCell({ row }: { row: FinsamRow }) {
  const { t } = useTranslation();
  return (
    <td className="num">
      {formatOre(row.spend)}
      {row.spendSource === 'typed' ? (
        <span className="insatser-spend-source">{t('interventions.reports.finsam.spendTyped')}</span>
      ) : null}
    </td>
  );
}

function NameCell({ row, report }: { row: FinsamRow; report: FinsamReport }) {
  return (
    <th scope="row">
      {row.name}
      <DemoBadge isShown={report.demoEstimateIds.includes(row.interventionId)} />
    </th>
  );
}

/** A table of the report, named by its caption (its scroll region too), with the sums row when it has one. */
function FinsamTable({
  caption,
  columns,
  foot,
  children,
}: {
  caption: string;
  columns: readonly Column[];
  foot?: ReactNode;
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="insatser-table">
        <caption>{caption}</caption>
        <ColumnHeaders columns={columns} />
        <tbody>{children}</tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </ScrollRegion>
  );
}

/** The name column, then number columns (right-aligned, header and cells alike). */
const nameAndNumbers = (name: string, numbers: string[]): Column[] => [name, ...numbers.map(numberColumn)];

/**
 * Per intervention as Uppföljning Finsam asks: budget, actual (from the books, else typed and
 * marked so) and participants by gender for individual-level interventions; people reached and
 * meetings for structural ones; totals per kind.
 */
export function FinsamInterventionTables({ report }: { report: FinsamReport }) {
  const { t } = useTranslation();
  const tr: Translate = (key, values) => t(key, values);
  const w = (word: FinsamWord, values?: Record<string, string | number>) => tr(f(word), values);
  const individual = report.rows.filter((row) => row.kind === 'individual');
  const structural = report.rows.filter((row) => row.kind === 'structural');
  const countCells = (count: GenderCount | null | undefined) =>
    (['total', 'women', 'men', 'otherUnknown'] as const).map((key) => (
      <td className="num" key={key}>
        {formatCount(count?.[key])}
      </td>
    ));
  const money = [w('budget'), w('spend')];
  return (
    <>
      <FinsamTable
        caption={w('individualCaption')}
        columns={nameAndNumbers(w('name'), [
          ...money,
          ...genderHeadings(tr, 'planned'),
          ...genderHeadings(tr, 'actual'),
        ])}
        foot={
          <tr>
            <th scope="row">{w('sum')}</th>
            <td className="num">{formatOre(report.totals.individual.totalBudget)}</td>
            <td className="num">{formatOre(report.totals.individual.spend)}</td>
            {countCells(report.totals.individual.plannedParticipants)}
            {countCells(report.totals.individual.actualParticipants)}
          </tr>
        }
      >
        {individual.map((row) => (
          <tr key={row.interventionId}>
            <NameCell row={row} report={report} />
            <td className="num">{formatOre(row.totalBudget)}</td>
            <SpendCell row={row} />
            {countCells(row.individual?.planned)}
            {countCells(row.individual?.actual)}
          </tr>
        ))}
      </FinsamTable>
      <FinsamTable
        caption={w('structuralCaption')}
        columns={nameAndNumbers(w('name'), [
          ...money,
          w('staff'),
          w('managers'),
          w('unspecified'),
          w('reached'),
          w('meetings'),
        ])}
        foot={
          <tr>
            <th scope="row">{w('sum')}</th>
            <td className="num">{formatOre(report.totals.structural.totalBudget)}</td>
            <td className="num">{formatOre(report.totals.structural.spend)}</td>
            <td />
            <td />
            <td />
            <td className="num">{formatCount(report.totals.structural.personsReached)}</td>
            <td className="num">{formatCount(report.totals.structural.meetingsHeld)}</td>
          </tr>
        }
      >
        {structural.map((row) => (
          <tr key={row.interventionId}>
            <NameCell row={row} report={report} />
            <td className="num">{formatOre(row.totalBudget)}</td>
            <SpendCell row={row} />
            <td className="num">{formatCount(row.structural?.staffReached)}</td>
            <td className="num">{formatCount(row.structural?.managersReached)}</td>
            <td className="num">{formatCount(row.structural?.unspecifiedReached)}</td>
            <td className="num">{formatCount(row.structural?.personsReached)}</td>
            <td className="num">{formatCount(row.structural?.meetingsHeld)}</td>
          </tr>
        ))}
      </FinsamTable>
      <FinsamTable
        caption={w('fieldsCaption')}
        columns={[w('name'), w('kind'), w('detailedDirection'), w('esf'), w('followUpMethod')]}
      >
        {report.rows.map((row) => (
          <tr key={row.interventionId}>
            <th scope="row">{row.name}</th>
            <td>{t(`interventions.kinds.${row.kind}`)}</td>
            <td>{row.detailedDirection || w('none')}</td>
            <td>{w(row.isEsfFunded ? 'yes' : 'no')}</td>
            <td>
              {row.followUpMethod ? t(`interventions.followUpMethods.${row.followUpMethod}`) : w('none')}
            </td>
          </tr>
        ))}
      </FinsamTable>
    </>
  );
}
