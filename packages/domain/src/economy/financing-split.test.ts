import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { formatPercent } from '../money/format-percent.ts';
import { kronor } from '../money/ore.ts';
import { percent, ratio } from '../money/ratio.ts';
import { gavleborgFinancingH1_2019, gavleborgMembers, gavleborgMunicipalityKey } from './demo-gavleborg.ts';
import { harnosandTimraMembers } from './demo-harnosand-timra.ts';
import { financingSplit, financingSplitInputSchema } from './financing-split.ts';

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

describe('financingSplit — rules', () => {
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

  it('gives the kronor left over by 50/25/25 to the largest remainders, and a tie to the earlier member', () => {
    const split = financingSplit({
      members: harnosandTimraMembers,
      basis: { kind: 'total', total: kronor(3_623_003) },
      key: { kind: 'agreed', percentages: { harnosand: 50, timra: 50 } },
    });
    // Exact: 1 811 501,50 / 905 750,75 / 905 750,75 — the two kronor left go to the ,75s; then the
    // municipalities' 905 751 splits 452 875,50 each and the tie goes to the first, Härnösand.
    expect(amounts(split)).toEqual({
      state: 1_811_501,
      'region-vasternorrland': 905_751,
      harnosand: 452_876,
      timra: 452_875,
    });
  });

  it('lists Försäkringskassan and Arbetsförmedlingen apart in equal halves when the förbund wants them separate', () => {
    const split = financingSplit({
      members: harnosandTimraMembers,
      basis: { kind: 'state', state: kronor(1_811_001) },
      key: { kind: 'population', population: { harnosand: 24_000, timra: 18_000 } },
      stateLines: { kind: 'separate' },
    });
    expect(amounts(split)).toEqual({
      fk: 905_501,
      af: 905_500,
      'region-vasternorrland': 905_501,
      harnosand: 517_429,
      timra: 388_071,
    });
  });

  it('splits by an agreed FK share when one is given', () => {
    const split = financingSplit({
      members: harnosandTimraMembers,
      basis: { kind: 'total', total: kronor(4_000_000) },
      key: { kind: 'agreed', percentages: { harnosand: 60, timra: 40 } },
      stateLines: { kind: 'separate', fkShare: percent(70) },
    });
    expect(amounts(split)).toMatchObject({ fk: 1_400_000, af: 600_000 });
  });

  it('refuses a key whose percentages do not add up to 100', () => {
    const call = () =>
      financingSplit({
        members: harnosandTimraMembers,
        basis: { kind: 'total', total: kronor(100) },
        key: { kind: 'agreed', percentages: { harnosand: '50', timra: '49.9' } },
      });
    expect(call).toThrow(DomainError);
    expect(call).toThrow('allocationKey.percentagesNot100');
  });

  it('refuses a key that leaves out a municipality or names a stranger', () => {
    const base = { members: harnosandTimraMembers, basis: { kind: 'total' as const, total: kronor(100) } };
    expect(() =>
      financingSplit({ ...base, key: { kind: 'population', population: { harnosand: 1 } } }),
    ).toThrow('allocationKey.missingMunicipality');
    expect(() =>
      financingSplit({
        ...base,
        key: { kind: 'population', population: { harnosand: 1, timra: 1, gavle: 1 } },
      }),
    ).toThrow('allocationKey.unknownMember');
  });

  it('refuses an override without a comment, on an unknown line, or in öre', () => {
    const base = {
      members: harnosandTimraMembers,
      basis: { kind: 'total' as const, total: kronor(100) },
      key: { kind: 'agreed' as const, percentages: { harnosand: 50, timra: 50 } },
    };
    expect(() =>
      financingSplit({ ...base, overrides: [{ lineId: 'timra', amount: kronor(13), comment: ' ' }] }),
    ).toThrow('financing.overrideNeedsComment');
    expect(() =>
      financingSplit({ ...base, overrides: [{ lineId: 'x', amount: kronor(13), comment: 'c' }] }),
    ).toThrow('financing.unknownOverrideLine');
    expect(() =>
      financingSplit({ ...base, overrides: [{ lineId: 'timra', amount: kronor(13.5), comment: 'c' }] }),
    ).toThrow('financing.notWholeKronor');
  });

  it('requires exactly one Försäkringskassan and one region', () => {
    expect(() =>
      financingSplit({
        members: harnosandTimraMembers.filter((member) => member.kind !== 'region'),
        basis: { kind: 'total', total: kronor(100) },
        key: { kind: 'agreed', percentages: { harnosand: 50, timra: 50 } },
      }),
    ).toThrow('financing.needsExactlyOne');
  });

  it('validates its input with stable error keys', () => {
    const result = financingSplitInputSchema.safeParse({
      members: harnosandTimraMembers,
      basis: { kind: 'total', total: -1 },
      key: { kind: 'agreed', percentages: { harnosand: 'x', timra: 50 } },
      overrides: [{ lineId: 'timra', amount: 100, comment: '' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual([
      'allocationKey.invalidPercent',
      'financing.overrideNeedsComment',
      'money.negative',
    ]);
  });
});
