import type { Budget } from '@samsyn/domain';
import { computeBudget } from '@samsyn/domain';
import type { TFunction } from 'i18next';
import { bold, money, percentCell } from './report-cells.ts';
import type { XlsxCell } from './table-file.ts';

/**
 * The rows of the economy pages' .xlsx files: amounts as numbers in kronor (formatted "# ##0"),
 * shares as numbers with a % format, so Excel can compute with both.
 */

export function budgetRows(t: TFunction, budget: Budget, title: string): XlsxCell[][] {
  const totals = computeBudget(budget);
  return [
    [bold(title)],
    [],
    [
      bold(t('economy.budget.name')),
      bold(t('economy.budget.kind')),
      bold(t('economy.budget.costKind')),
      bold(t('economy.budget.funderGroup')),
      bold(t('economy.budget.group')),
      ...budget.years.map((year) => bold(String(year))),
    ],
    ...budget.lines.map((line): XlsxCell[] => [
      line.name,
      t(`economy.kinds.${line.kind}`),
      line.costKind ? t(`economy.costKinds.${line.costKind}`) : null,
      line.funderGroup ? t(`economy.funderGroups.${line.funderGroup}`) : null,
      line.group ?? null,
      ...line.amounts.map(money),
    ]),
    [],
    ...(['revenue', 'costs', 'result', 'useOfEquity'] as const).map((field): XlsxCell[] => [
      bold(t(`economy.budget.${field}`)),
      null,
      null,
      null,
      null,
      ...totals.map((row) => money(row[field])),
    ]),
  ];
}

export interface SplitForExport {
  lines: {
    name: string;
    keyValue: string | null;
    computed: number;
    amount: number;
    override: { comment: string } | null;
  }[];
  groups: {
    group: 'state' | 'region' | 'municipalities';
    amount: number;
    sharePercent: number;
    standardPercent: number;
  }[];
  total: number;
}

export function contributionRows(
  t: TFunction,
  split: SplitForExport,
  isAgreed: boolean,
  title: string,
): XlsxCell[][] {
  return [
    [bold(title)],
    [],
    [
      bold(t('economy.contributions.member')),
      bold(t('economy.contributions.keyValue')),
      bold(t('economy.contributions.computed')),
      bold(t('economy.contributions.amount')),
      bold(t('economy.contributions.comment')),
    ],
    ...split.lines.map((line): XlsxCell[] => [
      line.name,
      line.keyValue === null ? null : isAgreed ? percentCell(Number(line.keyValue)) : Number(line.keyValue),
      money(line.computed),
      money(line.amount),
      line.override?.comment ?? null,
    ]),
    [bold(t('economy.contributions.total')), null, null, money(split.total)],
    [],
    [
      bold(t('economy.contributions.group')),
      bold(t('economy.contributions.amount')),
      bold(t('economy.contributions.share')),
      bold(t('economy.contributions.standard')),
    ],
    ...split.groups.map((group): XlsxCell[] => [
      t(`economy.funderGroups.${group.group}`),
      money(group.amount),
      percentCell(group.sharePercent),
      percentCell(group.standardPercent),
    ]),
  ];
}

export function actualsRows(
  t: TFunction,
  actuals: readonly { lineName: string; period: string; amount: number; note: string | null }[],
  title: string,
): XlsxCell[][] {
  return [
    [bold(title)],
    [],
    [
      bold(t('economy.actuals.line')),
      bold(t('economy.actuals.period')),
      bold(t('economy.reports.actual')),
      bold(t('economy.actuals.note')),
    ],
    ...actuals.map((actual): XlsxCell[] => [
      actual.lineName,
      actual.period,
      money(actual.amount),
      actual.note,
    ]),
  ];
}
