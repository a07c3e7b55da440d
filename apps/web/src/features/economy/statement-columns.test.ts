import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  amountColumn,
  revenueAndCostSections,
  type StatementSection,
  shareColumn,
  sheetHeading,
  statementSheetRows,
} from './statement-columns.ts';

interface Figures {
  budget: number;
  shareUsedPercent: number | null;
}

const sections: StatementSection<Figures>[] = [
  {
    key: 'costs',
    label: 'Kostnader',
    totalLabel: 'Summa kostnader',
    part: {
      lines: [
        { code: 'lon', name: 'Löner', budget: 600_00, shareUsedPercent: 27.5 },
        { code: 'lokal', name: 'Lokaler', budget: 100_00, shareUsedPercent: null },
      ],
      total: { budget: 700_00, shareUsedPercent: 25 },
    },
  },
];

describe('statement columns', () => {
  it('write an amount in the page unit on screen and as kronor in the sheet', () => {
    const column = amountColumn('Budget', (figures: Figures) => figures.budget, 'tkr');
    expect(column.text({ budget: 1_234_567_00, shareUsedPercent: null })).toBe('1\u00a0235\u00a0tkr');
    expect(column.cell({ budget: 1_234_567_00, shareUsedPercent: null })).toEqual({
      value: 1_234_567,
      isMoney: true,
    });
  });

  it('leave a missing share blank on screen and in the sheet', () => {
    const column = shareColumn('Förbrukat', (figures: Figures) => figures.shareUsedPercent);
    expect(column.text({ budget: 0, shareUsedPercent: null })).toBe('');
    expect(column.cell({ budget: 0, shareUsedPercent: null })).toBeNull();
    expect(column.cell({ budget: 0, shareUsedPercent: 27.5 })).toEqual({ value: 0.275, isPercent: true });
  });

  it('give the sheet a bold heading, a row per line and a bold total per section', () => {
    const columns = [
      amountColumn('Budget', (figures: Figures) => figures.budget, 'kr'),
      shareColumn('Förbrukat', (figures: Figures) => figures.shareUsedPercent),
    ];
    expect([
      ...sheetHeading('Driftredovisning 2019', ['Rad', 'Budget']),
      ...statementSheetRows(sections, columns),
    ]).toEqual([
      [{ value: 'Driftredovisning 2019', bold: true }],
      [
        { value: 'Rad', bold: true },
        { value: 'Budget', bold: true },
      ],
      [{ value: 'Kostnader', bold: true }],
      ['Löner', { value: 600, isMoney: true }, { value: 0.275, isPercent: true }],
      ['Lokaler', { value: 100, isMoney: true }, null],
      [
        { value: 'Summa kostnader', bold: true },
        { value: 700, isMoney: true },
        { value: 0.25, isPercent: true },
      ],
    ]);
  });

  it('label the revenue and cost sections and keep the order the report asks for', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    const part = { lines: [], total: { budget: 0, shareUsedPercent: null } };
    const ordered = revenueAndCostSections<Figures>(t, { revenue: part, costs: part }, ['costs', 'revenue']);
    expect(ordered.map(({ key, label, totalLabel }) => [key, label, totalLabel])).toEqual([
      ['costs', 'economy.reports.costs', 'economy.reports.totalCosts'],
      ['revenue', 'economy.reports.revenue', 'economy.reports.totalRevenue'],
    ]);
  });
});
