import type { FunderGroup, GenderCount } from '@samsyn/domain';
import type { MessageKey } from '../../lib/message-key.ts';
import { type ExportCell, kronorCell } from './export-xlsx.ts';
import type { FinsamReport } from './shared.tsx';

/** The catalogue's translate function, as much of it as the sheet needs. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A word of the report: a key under `interventions.reports.finsam.`. */
export type FinsamWord = MessageKey extends infer K
  ? K extends `interventions.reports.finsam.${infer Word}`
    ? Word
    : never
  : never;

type FinsamRow = FinsamReport['rows'][number];
const genderKeys = ['total', 'women', 'men', 'otherUnknown'] as const;
/** The catalogue key of a word of the report. */
export const f = (word: FinsamWord): MessageKey => `interventions.reports.finsam.${word}` as MessageKey;

const genderCells = (count: GenderCount | null | undefined): ExportCell[] =>
  count ? genderKeys.map((key) => count[key]) : genderKeys.map(() => null);

/** "Planerat antal deltagare, kvinnor" …: one heading per gender part. */
export function genderHeadings(t: Translate, which: 'planned' | 'actual'): string[] {
  return genderKeys.map((key) => `${t(f(which))}, ${t(f(key)).toLocaleLowerCase('sv')}`);
}

/** What the check says in one sentence: "Stämmer." or the difference and its direction. */
export function checkSentence(t: Translate, check: FinsamReport['check'], amount: string): string {
  if (check.isBalanced) return t(f('checkBalanced'));
  return t(f(check.difference > 0 ? 'checkUnbalanced' : 'checkOverBalanced'), { amount });
}

/** The Uppföljning Finsam fields of an intervention as FK's form lists them. */
function fieldCells(t: Translate, row: FinsamRow): ExportCell[] {
  return [
    row.detailedDirection || null,
    t(f(row.isEsfFunded ? 'yes' : 'no')),
    row.followUpMethod ? t(`interventions.followUpMethods.${row.followUpMethod}`) : null,
  ];
}

const sourceCell = (t: Translate, row: FinsamRow): ExportCell =>
  row.spendSource === null ? null : t(f(row.spendSource === 'books' ? 'spendBooks' : 'spendTyped'));

/**
 * The report as one sheet in the order FK's registration in Uppföljning Finsam asks for it: the
 * förbund block first (allocated funds per funder, administrative costs, intervention funds and
 * total costs as budget and actual, equity with its source, the check), then the interventions,
 * individual-level and structural, each with its Uppföljning Finsam fields, budget, actual and
 * where the actual comes from, and its participants. Amounts are numbers in kronor, so the sheet
 * can sum them; `kronor` formats the check's difference for its sentence.
 */
export function finsamSheet(
  report: FinsamReport,
  t: Translate,
  kronor: (ore: number) => string,
): ExportCell[][] {
  const year = report.period.slice(0, 4);
  const { forbund, check } = report;
  const funderKey = (group: FunderGroup | null): FinsamWord => `funders.${group ?? 'none'}`;
  const individual = report.rows.filter((row) => row.kind === 'individual');
  const structural = report.rows.filter((row) => row.kind === 'structural');
  const interventionHeadings = [
    t(f('name')),
    t(f('detailedDirection')),
    t(f('esf')),
    t(f('followUpMethod')),
    t(f('budget')),
    t(f('spend')),
    t(f('spendSource')),
  ];
  const equityNote = forbund.equity
    ? t(f(forbund.equity.source === 'balanceSheet' ? 'equityBalanceSheet' : 'equityForecast'), {
        date: forbund.equity.date,
      })
    : t(f('equityMissing'), { date: report.period });
  return [
    [t(f('sheetTitle'), { period: report.period, forbund: report.forbundName })],
    [],
    [t(f('forbundTitle'))],
    [t(f('item')), t(f('budgetKr'), { year }), t(f('actualKr'), { period: report.period })],
    ...forbund.contributions.map((entry) => [
      t(f(funderKey(entry.funderGroup))),
      kronorCell(entry.budget),
      kronorCell(entry.actual),
    ]),
    [
      t(f('allocatedTotal')),
      kronorCell(forbund.contributionsTotal.budget),
      kronorCell(forbund.contributionsTotal.actual),
    ],
    [
      t(f('administrativeCosts')),
      kronorCell(forbund.administrativeCosts.budget),
      kronorCell(forbund.administrativeCosts.actual),
    ],
    [
      t(f('interventionFunds')),
      kronorCell(forbund.interventionFunds.budget),
      kronorCell(forbund.interventionFunds.actual),
    ],
    [t(f('totalCosts')), kronorCell(forbund.totalCosts.budget), kronorCell(forbund.totalCosts.actual)],
    [t(f('equity')), null, kronorCell(forbund.equity?.amount), equityNote],
    [],
    [t(f('checkTitle'))],
    [t(f('checkInterventions')), null, kronorCell(check.interventionActual)],
    [t(f('checkAdministration')), null, kronorCell(check.administrativeActual)],
    [t(f('checkSum')), null, kronorCell(check.sum)],
    [t(f('checkTotalCosts')), null, kronorCell(check.totalCosts)],
    [
      t(f('checkDifference')),
      null,
      kronorCell(check.difference),
      checkSentence(t, check, kronor(Math.abs(check.difference))),
    ],
    [],
    [t(f('individualCaption'))],
    [...interventionHeadings, ...genderHeadings(t, 'planned'), ...genderHeadings(t, 'actual')],
    ...individual.map((row) => [
      row.name,
      ...fieldCells(t, row),
      kronorCell(row.totalBudget),
      kronorCell(row.spend),
      sourceCell(t, row),
      ...genderCells(row.individual?.planned),
      ...genderCells(row.individual?.actual),
    ]),
    [
      t(f('sum')),
      null,
      null,
      null,
      kronorCell(report.totals.individual.totalBudget),
      kronorCell(report.totals.individual.spend),
      null,
      ...genderCells(report.totals.individual.plannedParticipants),
      ...genderCells(report.totals.individual.actualParticipants),
    ],
    [],
    [t(f('structuralCaption'))],
    [
      ...interventionHeadings,
      t(f('staff')),
      t(f('managers')),
      t(f('unspecified')),
      t(f('reached')),
      t(f('meetings')),
    ],
    ...structural.map((row) => [
      row.name,
      ...fieldCells(t, row),
      kronorCell(row.totalBudget),
      kronorCell(row.spend),
      sourceCell(t, row),
      row.structural?.staffReached ?? null,
      row.structural?.managersReached ?? null,
      row.structural?.unspecifiedReached ?? null,
      row.structural?.personsReached ?? null,
      row.structural?.meetingsHeld ?? null,
    ]),
    [
      t(f('sum')),
      null,
      null,
      null,
      kronorCell(report.totals.structural.totalBudget),
      kronorCell(report.totals.structural.spend),
      null,
      null,
      null,
      null,
      report.totals.structural.personsReached,
      report.totals.structural.meetingsHeld,
    ],
  ];
}
