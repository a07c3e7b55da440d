import { describe, expect, it } from 'vitest';
import { forecast } from '../../economy/forecast.ts';
import { kronor } from '../../money/ore.ts';
import { forecastSection } from './economy-forecast.ts';
import { cellsOf, notices, sv, tables } from './economy-test-support.ts';

// Gävleborg's halvårsredovisning 2019, Bilaga 2 (prognos per 2019-12-31).
const line = (code: string, kind: 'revenue' | 'cost', budget: number, actual: number, fc: number) => ({
  code,
  name: code,
  kind,
  budget: kronor(budget),
  actualToDate: kronor(actual),
  forecast: kronor(fc),
});
const result = forecast({
  year: 2019,
  openingEquity: kronor(1_957_303),
  lines: [
    line('state', 'revenue', 6_659_500, 3_330_000, 6_659_500),
    line('region', 'revenue', 3_329_750, 1_664_875, 3_329_750),
    line('municipalities', 'revenue', 3_329_750, 1_664_875, 3_329_750),
    line('other', 'revenue', 0, 109_156, 0),
    line('interest', 'revenue', 500, 0, 500),
    line('intervention-funds', 'cost', 10_819_000, 1_514_867, 6_100_000),
    line('staff', 'cost', 2_900_000, 1_595_908, 2_900_000),
    line('external', 'cost', 500_000, 204_285, 500_000),
  ],
});

type Input = Parameters<typeof forecastSection>[0];
/** The section for the first half of 2019's forecast, with the equity and goal a case gives. */
const sectionOf = (equity: Input['equity'], equityGoal: Input['equityGoal']) =>
  forecastSection({
    year: 2019,
    periodEnd: '2019-06-30',
    revenue: result.revenue,
    costs: result.costs,
    result: result.result,
    equity,
    equityGoal,
  });

describe('forecastSection', () => {
  const blocks = sectionOf(result.equity ?? null, { percentRounded: 43, limitPercent: 20, isMet: false });

  it('draws budget, actual to date, forecast and deviation as the seed', () => {
    expect(tables(blocks)[0]?.columns.map((c) => c.label)).toEqual([
      'Belopp i kr',
      'Budget 2019',
      'Utfall t.o.m. 2019-06-30',
      'Prognos 2019',
      'Avvikelse',
    ]);
    expect(cellsOf(blocks, 'sum:revenue')?.slice(1)).toEqual([
      sv('13 319 500'),
      sv('6 768 906'),
      sv('13 319 500'),
      '0',
    ]);
    expect(cellsOf(blocks, 'intervention-funds')?.slice(1)).toEqual([
      sv('10 819 000'),
      sv('1 514 867'),
      sv('6 100 000'),
      sv('4 719 000'),
    ]);
    expect(cellsOf(blocks, 'sum:costs')?.slice(1)).toEqual([
      sv('14 219 000'),
      sv('3 315 060'),
      sv('9 500 000'),
      sv('4 719 000'),
    ]);
  });

  it('gives the forecast result 3 819 500, the surplus 1 957 303 and 5 776 803, and the goal 43 %', () => {
    expect(cellsOf(blocks, 'forecastResult')).toEqual(['Prognostiserat resultat 2019', sv('3 819 500 kr')]);
    expect(cellsOf(blocks, 'openingEquity')).toEqual([
      'Överskott från tidigare år per 2019-01-01',
      sv('1 957 303 kr'),
    ]);
    expect(cellsOf(blocks, 'closingEquity')).toEqual(['Beräknat överskott 2019-12-31', sv('5 776 803 kr')]);
    expect(cellsOf(blocks, 'equityGoal')).toEqual(['Finansiellt mål 2019 enligt prognos', sv('43 %')]);
    expect(notices(blocks)).toEqual([
      {
        type: 'notice',
        tone: 'difference',
        text: sv(
          'Målet är att det egna kapitalet högst ska vara 20 % av de budgeterade intäkterna; enligt prognosen blir det 43 % – målet nås inte.',
        ),
      },
    ]);
  });

  it('says the surplus cannot be computed without the opening equity', () => {
    const without = sectionOf(null, null);
    expect(cellsOf(without, 'closingEquity')).toBeUndefined();
    expect(notices(without).map((n) => n.text)).toEqual([
      'Eget kapital vid 2018 års slut saknas, så överskottet vid årets slut och det finansiella målet kan inte beräknas.',
    ]);
  });
});
