import { financingSplit, formatPercent, kronor, ratio } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { gavleborgFinancingH1_2019, gavleborgMembers, gavleborgMunicipalityKey } from './gavleborg.ts';

const amounts = (split: ReturnType<typeof financingSplit>) =>
  Object.fromEntries(split.lines.map((line) => [line.id, line.amount / 100]));
const computed = (split: ReturnType<typeof financingSplit>) =>
  Object.fromEntries(split.lines.map((line) => [line.id, line.computed / 100]));

describe('financingSplit — Gävleborg, first half of 2019', () => {
  const split = financingSplit(gavleborgFinancingH1_2019);

  it('reproduces every krona of not 1: state 3 330 000, region 1 664 875, the ten municipalities', () => {
    expect(amounts(split)).toEqual({
      state: 3_330_000,
      'region-gavleborg': 1_664_875,
      gavle: 609_345,
      sandviken: 221_428,
      hudiksvall: 216_435,
      bollnas: 153_168,
      soderhamn: 146_510,
      ljusdal: 108_217,
      ovanaker: 64_930,
      hofors: 54_940,
      nordanstig: 54_940,
      ockelbo: 34_962,
    });
    expect(split.total).toBe(kronor(6_659_750));
    expect(split.groups.map((group) => [group.group, group.amount / 100])).toEqual([
      ['state', 3_330_000],
      ['region', 1_664_875],
      ['municipalities', 1_664_875],
    ]);
  });

  it('lists the state as one line "Staten (FK+AF)" paid by Försäkringskassan', () => {
    expect(split.lines[0]).toMatchObject({
      id: 'state',
      name: 'Staten (FK+AF)',
      payerMemberId: 'fk',
      group: 'state',
    });
  });

  it('computes 6 659 500 kr from the matched state half and keeps the förbund’s own figures as overrides', () => {
    expect(split.computedTotal).toBe(kronor(6_659_500));
    expect(computed(split)).toEqual({
      state: 3_329_750,
      'region-gavleborg': 1_664_875,
      gavle: 609_344,
      sandviken: 221_428,
      hudiksvall: 216_434,
      bollnas: 153_169,
      soderhamn: 146_509,
      ljusdal: 108_217,
      ovanaker: 64_930,
      hofors: 54_941,
      nordanstig: 54_941,
      ockelbo: 34_962,
    });
    expect(
      split.lines
        .filter((line) => line.override)
        .map((line) => [line.id, (line.override?.difference ?? 0) / 100]),
    ).toEqual([
      ['state', 250],
      ['gavle', 1],
      ['hudiksvall', 1],
      ['bollnas', -1],
      ['soderhamn', 1],
      ['hofors', -1],
      ['nordanstig', -1],
    ]);
  });

  it('shows that the state paid 125 kr more than half, and the region and municipalities 62,50 kr less than a quarter each', () => {
    expect(split.deviatesFromStandard).toBe(true);
    const [state, region, municipalities] = split.groups;
    expect(state?.share).toEqual(ratio(13_320, 26_639));
    expect(state?.deviationAmount).toBe(kronor(125));
    expect(region?.deviationAmount).toBe(kronor(-62.5));
    expect(municipalities?.deviationAmount).toBe(kronor(-62.5));
    expect(state && formatPercent(state.share, { decimals: 4 })).toBe('50,0019\u00a0%');
    expect(region && formatPercent(region.deviation, { decimals: 4 })).toBe('\u22120,0009\u00a0%');
  });
});

describe('financingSplit — Gävleborg’s key over a whole year', () => {
  it('splits the year’s 13 319 000 kr 50/25/25 with no deviation, municipalities by the key to the krona', () => {
    const split = financingSplit({
      members: gavleborgMembers,
      basis: { kind: 'total', total: kronor(13_319_000) },
      key: gavleborgMunicipalityKey,
    });
    expect(split.groups.map((group) => group.amount / 100)).toEqual([6_659_500, 3_329_750, 3_329_750]);
    expect(split.deviatesFromStandard).toBe(false);
    const municipalities = split.lines.filter((line) => line.group === 'municipalities');
    // 36,6 % of 3 329 750 = 1 218 688,50; 13,3 % = 442 856,75; …: the five kronor left after rounding
    // down go to the five remainders of 0,75 (Sandviken, Ljusdal, Hofors, Nordanstig, Ockelbo).
    expect(municipalities.map((line) => line.amount / 100)).toEqual([
      1_218_688, 442_857, 432_867, 306_337, 293_018, 216_434, 129_860, 109_882, 109_882, 69_925,
    ]);
    expect(municipalities.reduce((sum, line) => sum + line.amount, 0)).toBe(kronor(3_329_750));
  });
});
