import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ForbundSize, similarForbund } from './similar-forbund.ts';

const MKR = 100_000_000; // one million kronor in öre

const sizes: ForbundSize[] = [
  { forbundId: 'gavleborg', revenue: 27 * MKR, memberMunicipalities: 10, participants: 420 },
  { forbundId: 'harnosand-timra', revenue: 4 * MKR, memberMunicipalities: 2, participants: 60 },
  { forbundId: 'insjoriket', revenue: 6 * MKR, memberMunicipalities: 3, participants: 80 },
  { forbundId: 'big-city', revenue: 60 * MKR, memberMunicipalities: 1, participants: 900 },
  { forbundId: 'county-wide', revenue: 25 * MKR, memberMunicipalities: 8, participants: 380 },
  { forbundId: 'tiny', revenue: 2 * MKR, memberMunicipalities: 1, participants: 15 },
];

describe('similarForbund', () => {
  it('finds the förbund nearest in revenue, member municipalities and participants, nearest first', () => {
    expect(similarForbund('gavleborg', sizes, { k: 2 })).toEqual(['county-wide', 'insjoriket']);
    expect(similarForbund('harnosand-timra', sizes, { k: 2 })).toEqual(['insjoriket', 'tiny']);
  });

  it('never lists the förbund itself and returns at most k', () => {
    const result = similarForbund('tiny', sizes, { k: 3 });
    expect(result).not.toContain('tiny');
    expect(result).toHaveLength(3);
    expect(similarForbund('tiny', sizes, { k: 99 })).toHaveLength(sizes.length - 1);
  });

  it('compares sizes as ratios: 2 against 4 municipalities is nearer than 2 against 8 even with 1 in between', () => {
    const same = { revenue: 10 * MKR, participants: 100 };
    const result = similarForbund(
      'two',
      [
        { forbundId: 'two', memberMunicipalities: 2, ...same },
        { forbundId: 'four', memberMunicipalities: 4, ...same },
        { forbundId: 'eight', memberMunicipalities: 8, ...same },
      ],
      { k: 2 },
    );
    expect(result).toEqual(['four', 'eight']);
  });

  it('breaks ties by id, whatever the input order', () => {
    const twins: ForbundSize[] = [
      { forbundId: 'self', revenue: 5 * MKR, memberMunicipalities: 3, participants: 50 },
      { forbundId: 'b', revenue: 5 * MKR, memberMunicipalities: 3, participants: 50 },
      { forbundId: 'a', revenue: 5 * MKR, memberMunicipalities: 3, participants: 50 },
    ];
    expect(similarForbund('self', twins)).toEqual(['a', 'b']);
    expect(similarForbund('self', [...twins].reverse())).toEqual(['a', 'b']);
  });

  it('gives the same list for any order of the input (property)', () => {
    const size = fc.record({
      revenue: fc.nat(1_000 * MKR),
      memberMunicipalities: fc.integer({ min: 1, max: 20 }),
      participants: fc.nat(2_000),
    });
    const shuffledPair = fc
      .array(size, { minLength: 1, maxLength: 15 })
      .map((list) => list.map((s, i) => ({ forbundId: `f${i}`, ...s })))
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(shuffledPair, ([list, shuffled]) => {
        expect(similarForbund('f0', shuffled, { k: 4 })).toEqual(similarForbund('f0', list, { k: 4 }));
      }),
    );
  });

  it('rejects an unknown förbund and negative sizes', () => {
    expect(() => similarForbund('nobody', sizes)).toThrow(RangeError);
    expect(() =>
      similarForbund('x', [{ forbundId: 'x', revenue: -1, memberMunicipalities: 1, participants: 1 }]),
    ).toThrow(RangeError);
  });
});
