import type { TFunction } from 'i18next';
import { formatAmount, type MoneyUnit } from './money-unit.ts';
import { bold, money, percentCell, shareText } from './report-cells.ts';
import type { XlsxCell } from './table-file.ts';

/** One figure column of a statement: how a line's figures read on screen and in the .xlsx file. */
export interface StatementColumn<Figures> {
  header: string;
  /** On screen, already formatted; null leaves the cell empty. */
  text: (figures: Figures) => string | null;
  cell: (figures: Figures) => XlsxCell;
}

/** A section of a statement (revenue, costs): its lines, then their total. */
export interface StatementSection<Figures> {
  key: string;
  label: string;
  totalLabel: string;
  part: { lines: readonly (Figures & { code: string; name: string })[]; total: Figures };
}

type Part<Figures> = StatementSection<Figures>['part'];

/** A budget statement's revenue and cost sections, in the order given, labelled as every report labels them. */
export function revenueAndCostSections<Figures>(
  t: TFunction,
  parts: { revenue: Part<Figures>; costs: Part<Figures> },
  order: readonly ('revenue' | 'costs')[],
): StatementSection<Figures>[] {
  const labels = {
    revenue: { label: t('economy.reports.revenue'), totalLabel: t('economy.reports.totalRevenue') },
    costs: { label: t('economy.reports.costs'), totalLabel: t('economy.reports.totalCosts') },
  };
  return order.map((key) => ({ key, ...labels[key], part: parts[key] }));
}

/** A column of amounts in öre, in the page's money unit on screen and as kronor in the file. */
export const amountColumn = <Figures>(
  header: string,
  pick: (figures: Figures) => number,
  unit: MoneyUnit,
): StatementColumn<Figures> => ({
  header,
  text: (figures) => formatAmount(pick(figures), unit),
  cell: (figures) => money(pick(figures)),
});

/** A column of percentages (one decimal on screen, a % number in the file); null stays blank. */
export const shareColumn = <Figures>(
  header: string,
  pick: (figures: Figures) => number | null,
): StatementColumn<Figures> => ({
  header,
  text: (figures) => shareText(pick(figures)),
  cell: (figures) => percentCell(pick(figures)),
});

/** The top of a report's sheet: its title, then the column headers, both bold. */
export const sheetHeading = (title: string, headers: readonly string[]): XlsxCell[][] => [
  [bold(title)],
  headers.map(bold),
];

/** The sections as sheet rows: a bold heading, a row per line, a bold total, as on screen. */
export function statementSheetRows<Figures>(
  sections: readonly StatementSection<Figures>[],
  columns: readonly StatementColumn<Figures>[],
): XlsxCell[][] {
  return sections.flatMap((section) => [
    [bold(section.label)],
    ...section.part.lines.map((line) => [line.name, ...columns.map((column) => column.cell(line))]),
    [bold(section.totalLabel), ...columns.map((column) => column.cell(section.part.total))],
  ]);
}
