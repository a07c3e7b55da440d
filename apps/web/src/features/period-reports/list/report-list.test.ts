import { describe, expect, it } from 'vitest';
import { copySourceOf, progressPercent, reportsByKind } from './report-list.ts';
import { reportsSheet } from './reports-workbook.ts';

const row = (
  kind: 'halfYear' | 'interim' | 'annual' | 'plan',
  periodStart: string,
  periodEnd: string,
  title = `${kind} ${periodStart}`,
) => ({
  kind,
  title,
  periodStart,
  periodEnd,
  deadline: null,
  status: 'draft' as const,
  readyCount: 3,
  sectionCount: 16,
  adoptedOn: null,
});

describe('reportsByKind', () => {
  it('groups in the fixed order of kinds, leaving out kinds without reports', () => {
    const groups = reportsByKind([
      row('plan', '2020-01-01', '2022-12-31'),
      row('halfYear', '2020-01-01', '2020-06-30'),
      row('halfYear', '2019-01-01', '2019-06-30'),
    ]);
    expect(groups.map((group) => [group.kind, group.rows.map((r) => r.periodStart)])).toEqual([
      ['halfYear', ['2020-01-01', '2019-01-01']],
      ['plan', ['2020-01-01']],
    ]);
  });
});

describe('progressPercent', () => {
  it('rounds the ready share and is 0 without sections', () => {
    expect(progressPercent(12, 16)).toBe(75);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(5, 4)).toBe(100);
  });
});

describe('copySourceOf', () => {
  it('picks the report of the kind with the latest period, or null', () => {
    const rows = [
      row('halfYear', '2019-01-01', '2019-06-30', 'Halvårsredovisning 2019'),
      row('halfYear', '2020-01-01', '2020-06-30', 'Halvårsredovisning 2020'),
      row('annual', '2021-01-01', '2021-12-31'),
    ];
    expect(copySourceOf(rows, 'halfYear')?.title).toBe('Halvårsredovisning 2020');
    expect(copySourceOf(rows, 'plan')).toBeNull();
  });
});

describe('reportsSheet', () => {
  it('writes a header and one row per report, grouped by kind, counts as numbers', () => {
    const sheet = reportsSheet(
      [
        row('annual', '2021-01-01', '2021-12-31', 'Årsredovisning 2021'),
        row('halfYear', '2022-01-01', '2022-06-30', 'H'),
      ],
      { header: ['Typ', 'Titel'], kind: (kind) => `K:${kind}`, status: (status) => `S:${status}` },
    );
    expect(sheet).toEqual([
      ['Typ', 'Titel'],
      ['K:halfYear', 'H', '2022-01-01', '2022-06-30', null, 'S:draft', 3, 16, null],
      ['K:annual', 'Årsredovisning 2021', '2021-01-01', '2021-12-31', null, 'S:draft', 3, 16, null],
    ]);
  });
});
