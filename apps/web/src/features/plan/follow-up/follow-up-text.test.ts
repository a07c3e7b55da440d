import { exactValue } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { swedishT as t } from '../../../lib/swedish-t.ts';

import type { FollowUpIndicator, PlanFollowUpData } from './follow-up-shared.ts';
import { actualText, followUpSheet, targetText, valueText } from './follow-up-text.ts';

const nbsp = '\u00a0';

const none = { n: null, lastYear: null, national: null };
const equity: FollowUpIndicator = {
  id: 'i1',
  text: 'Det egna kapitalet ska inte överstiga 20 % av budgeterade intäkter.',
  source: 'computed',
  computedMeasure: 'equityShareOfBudgetedRevenue',
  nnsIndicatorCode: null,
  comparison: 'atMost',
  unit: 'percent',
  target: '20.00',
  actual: {
    kind: 'measured',
    value: exactValue(5776803, 13319500),
    basis: { part: 577680300, whole: 1331950000, unit: 'ore' },
    ...none,
  },
  status: 'notMet',
  enteredValue: null,
  statedStatus: null,
  comment: '',
  version: null,
};

describe('valueText', () => {
  it("keeps an entered percent's decimals and shows a computed share in whole percent", () => {
    expect(valueText(exactValue(925, 1000), 'percent')).toBe(`92,5${nbsp}%`);
    expect(valueText(exactValue(9025, 10000), 'percent')).toBe(`90,25${nbsp}%`);
    expect(valueText(exactValue(1, 5), 'percent')).toBe(`20${nbsp}%`);
    expect(valueText(exactValue(5776803, 13319500), 'percent')).toBe(`43${nbsp}%`);
  });
});

describe('targetText and actualText', () => {
  it("shows Gävleborg's goal 4 as at most 20 % against 43 % of 13 319 500 kr", () => {
    expect(targetText(t, equity)).toBe(`Högst 20${nbsp}%`);
    expect(actualText(t, equity)).toMatch(
      new RegExp(`^43${nbsp}%; 5\\s776\\s803\\skr av 13\\s319\\s500\\skr$`),
    );
  });

  it('shows an NNS result with its answers, national figure and last year, and too few answers as ".."', () => {
    const nns: FollowUpIndicator = {
      ...equity,
      source: 'nns',
      comparison: 'betterThanLastYear',
      unit: 'score',
      target: null,
      actual: {
        kind: 'measured',
        value: exactValue(37, 5),
        basis: null,
        n: 23,
        lastYear: exactValue(7),
        national: exactValue(71, 10),
      },
    };
    expect(targetText(t, nns)).toBe('Bättre än föregående år');
    expect(actualText(t, nns)).toBe('7,4; 23 svar; Riket 7,1; Föregående år 7');
    expect(
      actualText(t, {
        ...nns,
        actual: { kind: 'notMeasured', reason: 'nnsTooFew', n: 3, lastYear: null, national: null },
      }),
    ).toBe('.. (färre än fem svar); 3 svar');
  });
});

describe('followUpSheet', () => {
  it('writes a row per goal summary, indicator and activity, statuses in Swedish', () => {
    const data = {
      goals: [
        {
          id: 'g4',
          code: '4',
          title: 'Verksamhet i ekonomisk balans.',
          areaTitle: null,
          status: 'notMet',
          indicators: [equity],
          activities: [
            {
              id: 'a1',
              text: 'Budgetuppföljning',
              responsible: '',
              year: null,
              status: null,
              comment: '',
              version: null,
            },
          ],
          summary: { comment: 'I slutet av året beräknas det egna kapitalet uppgå till 43 %.', version: 1 },
        },
      ],
    } as unknown as PlanFollowUpData;
    const rows = followUpSheet(t, data);
    expect(rows[0]).toEqual([
      'Mål',
      'Målets status',
      'Rad',
      'Text',
      'Målvärde',
      'Utfall',
      'Status',
      'Kommentar',
    ]);
    expect(rows.map((row) => row[2])).toEqual(['Rad', 'Sammanfattning', 'Indikator', 'Aktivitet']);
    expect(rows[2]?.slice(0, 2)).toEqual(['4 Verksamhet i ekonomisk balans.', 'Ej uppfyllt']);
    expect(rows[2]?.[6]).toBe('Ej uppfyllt');
    expect(rows[3]?.[6]).toBe('Ej angiven');
  });
});
