import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import {
  dateCell,
  kronorCell,
  optionalText,
  textCell,
  type WorkbookSheet,
} from '../../settings/workbook-cells.ts';

type Reports = inferRouterOutputs<AppRouter>['applicationReports'];
export type GrantedData = Reports['granted'];
export type PipelineData = Reports['pipeline'];
export type AheadData = Reports['commitmentsAhead'];
export type PaymentsData = Reports['paymentsDue'];
export type OverdueData = Reports['reportsOverdue'];

export interface ReportsData {
  granted: GrantedData;
  pipeline: PipelineData;
  ahead: AheadData;
  aheadFrom: number;
  payments: PaymentsData;
  paymentDays: number;
  overdue: OverdueData;
}

const r = 'applicationReports' as const;

/**
 * The reports page's workbook: one sheet per section, as the page shows them (amounts as kronor
 * cells, dates as date cells, every text through the formula guard), for `downloadWorkbook`.
 */
export function reportsWorkbook(t: TFunction, data: ReportsData): WorkbookSheet[] {
  const year = data.granted.year;
  const sheet = (name: string, rows: WorkbookSheet['rows'], widths: number[]): WorkbookSheet => ({
    name: name.slice(0, 31),
    rows,
    widths,
  });
  return [
    sheet(
      t(`${r}.granted.sheet`, { year }),
      [
        [
          t(`${r}.granted.columns.title`),
          t(`${r}.granted.columns.lead`),
          t(`${r}.granted.columns.parties`),
          t(`${r}.granted.columns.amount`, { year }),
          t(`${r}.granted.columns.intervention`),
          t(`${r}.granted.columns.agreement`),
        ],
        ...data.granted.rows.map((row) => [
          textCell(row.title),
          optionalText(row.leadName),
          optionalText(row.partyNames.join(', ')),
          kronorCell(row.yearAmountOre),
          optionalText(row.interventionName),
          t(`applicationLabels.agreementStatus.${row.agreementStatus}`),
        ]),
        [t(`${r}.granted.total`), null, null, kronorCell(data.granted.totalOre), null, null],
      ],
      [40, 24, 36, 16, 32, 14],
    ),
    sheet(
      t(`${r}.pipeline.sheet`),
      [
        (['status', 'count', 'expected', 'requested', 'proposed', 'granted'] as const).map((key) =>
          t(`${r}.pipeline.columns.${key}`),
        ),
        ...data.pipeline.map((row) => [
          t(`applicationLabels.status.${row.status}`),
          row.count,
          kronorCell(row.expectedOre),
          kronorCell(row.requestedOre),
          kronorCell(row.proposedOre),
          kronorCell(row.grantedOre),
        ]),
      ],
      [24, 8, 16, 16, 16, 16],
    ),
    sheet(
      t(`${r}.ahead.sheet`),
      [
        (['year', 'committed', 'agreements'] as const).map((key) => t(`${r}.ahead.columns.${key}`)),
        ...data.ahead.map((row) => [row.year, kronorCell(row.committedOre), row.agreementCount]),
      ],
      [8, 16, 12],
    ),
    sheet(
      t(`${r}.payments.sheet`),
      [
        (['dueDate', 'title', 'kind', 'amount', 'state'] as const).map((key) =>
          t(`${r}.payments.columns.${key}`),
        ),
        ...data.payments.rows.map((row) => [
          dateCell(row.dueDate),
          textCell(row.title),
          t(`applicationLabels.paymentKind.${row.kind}`),
          kronorCell(row.amountOre),
          t(row.isOverdue ? `${r}.payments.overdue` : `${r}.payments.upcoming`),
        ]),
      ],
      [12, 40, 16, 16, 12],
    ),
    sheet(
      t(`${r}.reports.sheet`),
      [
        (['title', 'kind', 'dueDate', 'daysOverdue'] as const).map((key) => t(`${r}.reports.columns.${key}`)),
        ...data.overdue.rows.map((row) => [
          textCell(row.title),
          t(`applicationLabels.reportKind.${row.kind}`),
          dateCell(row.dueDate),
          row.daysOverdue,
        ]),
      ],
      [40, 14, 12, 10],
    ),
  ];
}
