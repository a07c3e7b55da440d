import { describe, expect, it } from 'vitest';
import { kronor } from '../money/ore.ts';
import { changedFinsamFields } from './intervention.ts';
import { type FinsamEconomyLine, finsamCheck, finsamForbundSection } from './uppfoljning-finsam.ts';

/** Gävleborg's chart with the budget 2019 and what it booked for H1 2019 (driftredovisning 3.3, not 1). */
const gavleborgH1_2019: FinsamEconomyLine[] = [
  {
    kind: 'contribution',
    funderGroup: 'state',
    costKind: null,
    budget: kronor(6_659_500),
    actual: kronor(3_330_000),
  },
  {
    kind: 'contribution',
    funderGroup: 'region',
    costKind: null,
    budget: kronor(3_329_750),
    actual: kronor(1_664_875),
  },
  {
    kind: 'contribution',
    funderGroup: 'municipalities',
    costKind: null,
    budget: kronor(3_329_750),
    actual: kronor(1_664_872),
  },
  { kind: 'otherIncome', funderGroup: null, costKind: null, budget: kronor(0), actual: kronor(0) },
  { kind: 'financialIncome', funderGroup: null, costKind: null, budget: kronor(500), actual: kronor(0) },
  {
    kind: 'cost',
    funderGroup: null,
    costKind: 'interventionFunds',
    budget: kronor(10_819_000),
    actual: kronor(1_514_867),
  },
  {
    kind: 'cost',
    funderGroup: null,
    costKind: 'staff',
    budget: kronor(2_900_000),
    actual: kronor(1_595_908),
  },
  {
    kind: 'cost',
    funderGroup: null,
    costKind: 'otherAdministration',
    budget: kronor(500_000),
    actual: kronor(204_285),
  },
  { kind: 'financialCost', funderGroup: null, costKind: null, budget: kronor(0), actual: kronor(265) },
];
const equity = { amount: kronor(5_301_726), source: 'balanceSheet' as const, date: '2019-06-30' };

describe('finsamForbundSection — Gävleborg H1 2019', () => {
  const section = finsamForbundSection({ lines: gavleborgH1_2019, equity });

  it('gives the allocated funds per funder in FK order: state, region, municipalities', () => {
    expect(section.contributions).toEqual([
      { funderGroup: 'state', budget: kronor(6_659_500), actual: kronor(3_330_000) },
      { funderGroup: 'region', budget: kronor(3_329_750), actual: kronor(1_664_875) },
      { funderGroup: 'municipalities', budget: kronor(3_329_750), actual: kronor(1_664_872) },
    ]);
    expect(section.contributionsTotal).toEqual({ budget: kronor(13_319_000), actual: kronor(6_659_747) });
  });

  it('counts staff and other administration as administrative costs, never the intervention funds', () => {
    expect(section.administrativeCosts).toEqual({ budget: kronor(3_400_000), actual: kronor(1_800_193) });
    expect(section.interventionFunds).toEqual({ budget: kronor(10_819_000), actual: kronor(1_514_867) });
  });

  it('takes the total costs from the cost lines only (financial costs are outside the operating statement)', () => {
    expect(section.totalCosts).toEqual({ budget: kronor(14_219_000), actual: kronor(3_315_060) });
  });

  it('passes the equity through with its source', () => {
    expect(section.equity).toEqual(equity);
  });

  it('reads the cost kind, not the position or the name: a förbund with only a staff line has no intervention funds', () => {
    const only = finsamForbundSection({
      lines: [{ kind: 'cost', funderGroup: null, costKind: 'staff', budget: kronor(10), actual: kronor(7) }],
      equity: null,
    });
    expect(only.interventionFunds).toEqual({ budget: 0, actual: 0 });
    expect(only.administrativeCosts).toEqual({ budget: kronor(10), actual: kronor(7) });
    expect(only.contributions).toEqual([]);
  });

  it('lists contribution lines without a funder group last, on their own', () => {
    const section = finsamForbundSection({
      lines: [
        { kind: 'contribution', funderGroup: null, costKind: null, budget: kronor(1), actual: kronor(1) },
        { kind: 'contribution', funderGroup: 'region', costKind: null, budget: kronor(2), actual: kronor(2) },
      ],
      equity: null,
    });
    expect(section.contributions.map((entry) => entry.funderGroup)).toEqual(['region', null]);
  });
});

describe('finsamCheck', () => {
  it("shows the 61 108,00 kr of Gävleborg's H1 2019 intervention funds no intervention's typed spend accounts for", () => {
    const check = finsamCheck({
      interventionActual: 145_375_900 as never,
      administrativeActual: kronor(1_800_193),
      totalCosts: kronor(3_315_060),
    });
    expect(check).toEqual({
      interventionActual: kronor(1_453_759),
      administrativeActual: kronor(1_800_193),
      sum: kronor(3_253_952),
      totalCosts: kronor(3_315_060),
      difference: kronor(61_108),
      isBalanced: false,
    });
  });

  it('is balanced to the öre once the interventions account for every booked krona', () => {
    const check = finsamCheck({
      interventionActual: kronor(1_514_867),
      administrativeActual: kronor(1_800_193),
      totalCosts: kronor(3_315_060),
    });
    expect([check.difference, check.isBalanced]).toEqual([0, true]);
    expect(
      finsamCheck({
        interventionActual: 1 as never,
        administrativeActual: 0 as never,
        totalCosts: 0 as never,
      }).difference,
    ).toBe(-1);
  });
});

describe('changedFinsamFields', () => {
  const stored = { isEsfFunded: false, followUpMethod: 'sus' as const, detailedDirection: '' };

  it('names only the Uppföljning Finsam fields a change would alter', () => {
    expect(changedFinsamFields(stored, { isEsfFunded: true, followUpMethod: 'sus' })).toEqual([
      'isEsfFunded',
    ]);
    expect(changedFinsamFields(stored, { followUpMethod: null, detailedDirection: 'Arbetsträning' })).toEqual(
      ['followUpMethod', 'detailedDirection'],
    );
    expect(changedFinsamFields(stored, {})).toEqual([]);
  });
});
