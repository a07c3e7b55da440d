import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { kronor } from '../money/ore.ts';
import { percent } from '../money/ratio.ts';
import { type FinancingMember, financingSplit, financingSplitInputSchema } from './financing-split.ts';

/** A förbund with two municipalities (Härnösand-Timrå's members), enough for every rule below. */
const harnosandTimraMembers: FinancingMember[] = [
  { id: 'fk', kind: 'fk', name: 'Försäkringskassan' },
  { id: 'af', kind: 'af', name: 'Arbetsförmedlingen' },
  { id: 'region-vasternorrland', kind: 'region', name: 'Region Västernorrland' },
  { id: 'harnosand', kind: 'municipality', name: 'Härnösands kommun' },
  { id: 'timra', kind: 'municipality', name: 'Timrå kommun' },
];

const amounts = (split: ReturnType<typeof financingSplit>) =>
  Object.fromEntries(split.lines.map((line) => [line.id, line.amount / 100]));

describe('financingSplit — rules', () => {
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
