import { describe, expect, it } from 'vitest';
import { kronor } from '../../money/ore.ts';
import { periodPhrase } from './economy-format.ts';
import { interventionPeriodOf, summarySection } from './economy-summary.ts';
import { cellsOf, notices, sv } from './economy-test-support.ts';

const reach = {
  individual: {
    interventions: 3,
    participants: { total: 579, women: 233, men: 150, otherUnknown: 196 },
    newParticipants: 370,
    missing: ['IPS Hudiksvall'],
  },
  structural: { interventions: 2, personsReached: 349, meetingsHeld: 40, missing: [] },
};

describe('summarySection', () => {
  const blocks = summarySection({
    tenantName: 'Samordningsförbund Gävleborg',
    periodStart: '2019-01-01',
    periodEnd: '2019-06-30',
    costs: kronor(3_315_060),
    reach,
  });

  it('says what the förbund spent in the period: 3 315 060 kr', () => {
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      runs: [
        {
          text: sv(
            'Samordningsförbund Gävleborg har under första halvåret 2019 bedrivit verksamhet för 3 315 060 kr.',
          ),
        },
      ],
    });
  });

  it('counts the participants reached by kind, in a sentence and a table', () => {
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      runs: [
        {
          text:
            'Insatserna på individnivå har under första halvåret 2019 nått 579 deltagare (233 kvinnor, 150 män, ' +
            '196 utan uppgift om kön), varav 370 nya under perioden. ' +
            'Insatserna på strukturnivå har nått 349 medarbetare och chefer vid 40 möten.',
        },
      ],
    });
    expect(cellsOf(blocks, 'individual')).toEqual(['Individnivå', '3', '579', '370', '233', '150']);
    expect(cellsOf(blocks, 'structural')).toEqual(['Strukturnivå', '2', '349', '–', '–', '–']);
  });

  it('names the interventions without figures instead of inventing them', () => {
    expect(notices(blocks).map((n) => n.text)).toEqual([
      'Siffror för första halvåret 2019 saknas för insatsen IPS Hudiksvall; de räknas inte med ovan.',
    ]);
  });

  it('says the costs and the reach are missing when they are', () => {
    const texts = notices(
      summarySection({
        tenantName: 'Förbundet',
        periodStart: '2019-01-01',
        periodEnd: '2019-08-31',
        costs: null,
        reach: null,
      }),
    ).map((n) => n.text);
    expect(texts).toEqual([
      'Resultaträkningen för perioden 2019-01-01 – 2019-08-31 saknas, så periodens kostnader kan inte anges.',
      'Insatsernas deltagarsiffror redovisas per månad, halvår och år; för perioden 2019-01-01 – 2019-08-31 finns ingen sådan period, så antalet nådda deltagare anges inte.',
    ]);
  });
});

describe('periodPhrase', () => {
  it('names half-years, the year and any other span', () => {
    expect(periodPhrase('2019-01-01', '2019-06-30')).toBe('första halvåret 2019');
    expect(periodPhrase('2019-07-01', '2019-12-31')).toBe('andra halvåret 2019');
    expect(periodPhrase('2019-01-01', '2019-12-31')).toBe('verksamhetsåret 2019');
    expect(periodPhrase('2020-01-01', '2022-12-31')).toBe('perioden 2020-01-01 – 2022-12-31');
  });
});

describe('interventionPeriodOf', () => {
  it('gives the interventions’ period of a half-year, a year or a month, else null', () => {
    expect(interventionPeriodOf('2019-01-01', '2019-06-30')).toBe('2019-H1');
    expect(interventionPeriodOf('2019-07-01', '2019-12-31')).toBe('2019-H2');
    expect(interventionPeriodOf('2019-01-01', '2019-12-31')).toBe('2019');
    expect(interventionPeriodOf('2019-06-01', '2019-06-30')).toBe('2019-06');
    expect(interventionPeriodOf('2019-06-01', '2019-06-15')).toBeNull();
    expect(interventionPeriodOf('2019-01-01', '2019-08-31')).toBeNull();
    expect(interventionPeriodOf('2020-01-01', '2022-12-31')).toBeNull();
  });
});
