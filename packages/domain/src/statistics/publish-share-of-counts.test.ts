import { describe, expect, it } from 'vitest';
import { ratio } from '../money/ratio.ts';
import { publishPerParticipant, publishShareOfCounts } from './publish-share-of-counts.ts';
import { SUPPRESSED } from './published-value.ts';

describe('publishShareOfCounts', () => {
  it('publishes 6 of 20 ended participants to work or studies as the exact share 3/10', () => {
    expect(publishShareOfCounts(6, 20)).toEqual(ratio(3, 10));
  });

  it('hides the share when the part, the whole or the rest is 1–4', () => {
    expect(publishShareOfCounts(3, 20)).toEqual(SUPPRESSED);
    expect(publishShareOfCounts(17, 20)).toEqual(SUPPRESSED); // the 3 who did not
    expect(publishShareOfCounts(4, 4)).toEqual(SUPPRESSED);
  });

  it('publishes 0 % and 100 % of a large enough group, and nothing for an empty one', () => {
    expect(publishShareOfCounts(0, 20)).toEqual(ratio(0));
    expect(publishShareOfCounts(20, 20)).toEqual(ratio(1));
    expect(publishShareOfCounts(0, 0)).toBeNull();
  });

  it('rejects a part larger than its whole', () => {
    expect(() => publishShareOfCounts(5, 4)).toThrow(RangeError);
  });
});

describe('publishPerParticipant', () => {
  it('divides öre by participants exactly', () => {
    expect(publishPerParticipant(1_000_000_00, 30)).toEqual(ratio(1_000_000_00, 30));
  });

  it('hides the figure for 1–4 participants, since the public cost would give the count away', () => {
    expect(publishPerParticipant(1_000_000_00, 4)).toEqual(SUPPRESSED);
    expect(publishPerParticipant(1_000_000_00, 0)).toBeNull();
  });
});
