import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../blocks.ts';
import { type FollowUpGoalInput, indicatorActualText, planFollowUpSection } from './plan-follow-up.ts';

const none = { n: null, lastYear: null, national: null };
// Gävleborg's Verksamhetsplan 2019, goal 4, followed up for 2019-H1 as §1.4 writes it.
const goal4: FollowUpGoalInput = {
  code: '4',
  title: 'Verksamhet i ekonomisk balans.',
  areaTitle: null,
  status: 'notMet',
  indicators: [
    {
      text: 'Det egna kapitalet ska inte överstiga 20 % av förbundets budgeterade intäkter vid årets slut.',
      comparison: 'atMost',
      unit: 'percent',
      target: '20.00',
      actual: {
        kind: 'measured',
        value: { numerator: 5_776_803, denominator: 13_319_500 },
        basis: { part: 577_680_300, whole: 1_331_950_000, unit: 'ore' },
        ...none,
      },
      status: 'notMet',
      comment: 'Enligt prognosen för 2019.',
    },
  ],
  summary: {
    comment:
      'Kostnader för verksamheten för det första halvåret 2019 har varit lägre än samma period föregående år.\nUnder 2020 beräknas verksamheten åter vara i ekonomisk balans.',
  },
};

describe('planFollowUpSection (§1.4 Måluppfyllelse och resultat)', () => {
  it('writes each goal as "Inriktningsmål 4" with its summary and its indicators', () => {
    const result = planFollowUpSection({ planName: 'Verksamhetsplan 2019', goals: [goal4] });
    if (result.status !== 'ok') throw new Error('expected content');
    expect(blocksToPlainText(result.blocks).replace(/\u00a0/g, ' ')).toBe(
      [
        'Inriktningsmål 4',
        'Verksamhet i ekonomisk balans.',
        'Kostnader för verksamheten för det första halvåret 2019 har varit lägre än samma period föregående år.',
        'Under 2020 beräknas verksamheten åter vara i ekonomisk balans.',
        'Målets status för perioden: Ej uppfyllt.',
        'Indikatorer för inriktningsmål 4',
        'Indikator\tMålvärde\tUtfall\tStatus\tKommentar',
        'Det egna kapitalet ska inte överstiga 20 % av förbundets budgeterade intäkter vid årets slut.\tHögst 20 %\t43 %; 5 776 803 kr av 13 319 500 kr\tEj uppfyllt\tEnligt prognosen för 2019.',
      ].join('\n'),
    );
  });

  it('says why an indicator has no value, with the NNS answers and the national figure', () => {
    expect(
      indicatorActualText({
        unit: 'score',
        actual: {
          kind: 'notMeasured',
          reason: 'nnsTooFew',
          n: 3,
          lastYear: null,
          national: { numerator: 37, denominator: 5 },
        },
      }),
    ).toBe('.. (färre än fem svar); 3 svar; Riket 7,4');
  });

  it('adds the activities once any of them is followed up for the period', () => {
    const activities = [
      { text: 'Genomföra lokala arbetskonferenser.', status: null, comment: '' },
      { text: 'Sprida kunskap om ASF.', status: 'done' as const, comment: 'Tio informationsmöten.' },
    ];
    const withActivities = planFollowUpSection({
      planName: 'Verksamhetsplan 2019',
      goals: [{ ...goal4, indicators: [], activities }],
    });
    expect(withActivities.status === 'ok' && blocksToPlainText(withActivities.blocks.slice(-1))).toBe(
      [
        'Aktiviteter för inriktningsmål 4',
        'Aktivitet\tStatus\tKommentar',
        'Genomföra lokala arbetskonferenser.\tEj angiven\t',
        'Sprida kunskap om ASF.\tGenomförd\tTio informationsmöten.',
      ].join('\n'),
    );
    const untouched = planFollowUpSection({
      planName: 'Verksamhetsplan 2019',
      goals: [
        {
          ...goal4,
          indicators: [],
          activities: [{ text: 'Genomföra lokala arbetskonferenser.', status: null, comment: '' }],
        },
      ],
    });
    expect(untouched.status === 'ok' && untouched.blocks.some((block) => block.type === 'table')).toBe(false);
  });

  it('asks for goals when the plan has none', () => {
    expect(planFollowUpSection({ planName: 'Verksamhetsplan 2019', goals: [] })).toEqual({
      status: 'unavailable',
      reason:
        'Verksamhetsplan 2019 har inga mål ännu. Lägg till målen under Verksamhetsplan och följ upp dem där.',
    });
  });
});
