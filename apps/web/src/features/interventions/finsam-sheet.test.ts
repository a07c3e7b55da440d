import { gavleborg2019H1FinsamCheck } from '@samsyn/domain/testing';
import { describe, expect, it } from 'vitest';
import { checkSentence, finsamSheet } from './finsam-sheet.ts';
import type { FinsamReport } from './shared.tsx';

/** The key's last part, with its values: enough to see which words go where. */
const t = (key: string, values?: Record<string, unknown>) =>
  `${key.replace('interventions.reports.finsam.', '')}${values ? JSON.stringify(values) : ''}`;
const kronor = (ore: number) => `${ore / 100} kr`;
const zero = { total: 0, women: 0, men: 0, otherUnknown: 0 };
const totals = {
  totalBudget: 0,
  spend: 0,
  plannedParticipants: zero,
  actualParticipants: zero,
  personsReached: 0,
  meetingsHeld: 0,
};

const report = {
  period: '2019-H1',
  forbundName: 'Samordningsförbund Gävleborg',
  demoEstimateIds: [],
  rows: [
    {
      interventionId: 'se',
      name: 'Supported Employment coach Gävle',
      kind: 'individual',
      totalBudget: 53_601_300,
      spend: 28_472_300,
      spendSource: 'books',
      isEsfFunded: false,
      followUpMethod: 'sus',
      detailedDirection: '',
      individual: {
        planned: { total: 22, women: 11, men: 11, otherUnknown: 0 },
        actual: null,
        new: null,
        ended: null,
      },
      structural: null,
    },
    {
      interventionId: 'mentor',
      name: 'Mentorskap',
      kind: 'structural',
      totalBudget: 45_700_000,
      spend: 0,
      spendSource: 'typed',
      isEsfFunded: true,
      followUpMethod: 'indicators',
      detailedDirection: 'Arbetsgivare',
      individual: null,
      structural: null,
    },
  ],
  totals: { individual: totals, structural: totals },
  forbund: {
    contributions: [
      { funderGroup: 'state', budget: 665_950_000, actual: 333_000_000 },
      { funderGroup: 'region', budget: 332_975_000, actual: 166_487_500 },
      { funderGroup: 'municipalities', budget: 332_975_000, actual: 166_487_200 },
    ],
    contributionsTotal: { budget: 1_331_900_000, actual: 665_974_700 },
    equity: { amount: 530_172_600, source: 'balanceSheet', date: '2019-06-30' },
    administrativeCosts: { budget: 340_000_000, actual: 180_019_300 },
    interventionFunds: { budget: 1_081_900_000, actual: 151_486_700 },
    totalCosts: { budget: 1_421_900_000, actual: 331_506_000 },
  },
  check: gavleborg2019H1FinsamCheck,
  registration: { period: '2019-H1', registeredAt: null, registeredByName: null, version: null },
} as unknown as FinsamReport;

describe('finsamSheet', () => {
  const sheet = finsamSheet(report, t, kronor);
  const labels = sheet.map((row) => row[0]);

  it('puts the förbund block first, funders in FK order, then the check, then the interventions by kind', () => {
    expect(labels.slice(0, 17)).toEqual([
      'sheetTitle{"period":"2019-H1","forbund":"Samordningsförbund Gävleborg"}',
      undefined,
      'forbundTitle',
      'item',
      'funders.state',
      'funders.region',
      'funders.municipalities',
      'allocatedTotal',
      'administrativeCosts',
      'interventionFunds',
      'totalCosts',
      'equity',
      undefined,
      'checkTitle',
      'checkInterventions',
      'checkAdministration',
      'checkSum',
    ]);
    expect(labels.indexOf('individualCaption')).toBeLessThan(labels.indexOf('structuralCaption'));
  });

  it('writes amounts as kronor numbers, and the equity with where it comes from', () => {
    expect(sheet[4]).toEqual(['funders.state', 6_659_500, 3_330_000]);
    expect(sheet[8]).toEqual(['administrativeCosts', 3_400_000, 1_800_193]);
    expect(sheet[11]).toEqual(['equity', null, 5_301_726, 'equityBalanceSheet{"date":"2019-06-30"}']);
    expect(sheet[18]).toEqual(['checkDifference', null, 61_107, 'checkUnbalanced{"amount":"61107 kr"}']);
  });

  it("gives each intervention its Uppföljning Finsam fields, budget, actual and the actual's source", () => {
    expect(sheet.find((row) => row[0] === 'Supported Employment coach Gävle')?.slice(0, 11)).toEqual([
      'Supported Employment coach Gävle',
      null,
      'no',
      'interventions.followUpMethods.sus',
      536_013,
      284_723,
      'spendBooks',
      22,
      11,
      11,
      0,
    ]);
    expect(sheet.find((row) => row[0] === 'Mentorskap')?.slice(0, 7)).toEqual([
      'Mentorskap',
      'Arbetsgivare',
      'yes',
      'interventions.followUpMethods.indicators',
      457_000,
      0,
      'spendTyped',
    ]);
  });
});

describe('checkSentence', () => {
  it('says "Stämmer" only when the difference is zero, and which side is larger otherwise', () => {
    expect(
      checkSentence(t, { ...report.check, difference: 0, isBalanced: true } as FinsamReport['check'], '0 kr'),
    ).toBe('checkBalanced');
    expect(
      checkSentence(
        t,
        { ...report.check, difference: -5, isBalanced: false } as FinsamReport['check'],
        '0,05 kr',
      ),
    ).toBe('checkOverBalanced{"amount":"0,05 kr"}');
  });
});
