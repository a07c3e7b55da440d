import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { nnsExportRows } from './nns-export.ts';
import type { NnsPage } from './nns-types.ts';

/** A translator that shows the key and its values, so the test reads what the sheet would say. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values && Object.keys(values).length > 0 ? `${key}${JSON.stringify(values)}` : key) as unknown as TFunction;

const page: NnsPage & { year: number } = {
  years: [2020, 2019],
  year: 2020,
  version: 1,
  isDemoEstimate: false,
  results: [
    {
      code: 'D1',
      questionnaire: 'participant',
      text: 'Jag känner mig mer redo att kunna arbeta eller studera efter insatsen.',
      scope: 'forbund',
      scopeId: null,
      scopeName: null,
      n: 198,
      value: '7.6',
      nationalValue: '7.5',
      lastYear: { n: 236, value: '7.4' },
    },
    {
      code: 'I3',
      questionnaire: 'interventionStaff',
      text: 'Det finns strukturer …',
      scope: 'intervention',
      scopeId: '6e29d3ef-282e-4cff-9a0f-6a007e177649',
      scopeName: 'Trisam struktur',
      n: 4,
      value: '..',
      nationalValue: '7.7',
      lastYear: null,
    },
  ],
};

describe('the NNS export', () => {
  it('writes scores as numbers, ".." as text and the comparisons in words', () => {
    const rows = nnsExportRows(page, t, (result) => result.scopeName ?? 'Förbundet');
    expect(rows).toHaveLength(3);
    expect(rows[0]?.[8]).toEqual({ value: 'nns.columns.lastYear{"year":2019}', bold: true });
    expect(rows[1]).toEqual([
      'D1',
      'nns.questionnaires.participant',
      'Jag känner mig mer redo att kunna arbeta eller studera efter insatsen.',
      'Förbundet',
      198,
      7.6,
      7.5,
      'nns.againstNational.higher{"difference":"+0,1"}',
      7.4,
      'nns.change.higher{"year":2019,"difference":"+0,2"}',
    ]);
    expect(rows[2]?.slice(3, 10)).toEqual([
      'Trisam struktur',
      4,
      '..',
      7.7,
      'nns.againstNational.none{"difference":""}',
      null,
      'nns.change.none{"year":2019,"difference":""}',
    ]);
  });
});
