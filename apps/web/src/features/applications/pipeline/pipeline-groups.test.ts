import { describe, expect, it } from 'vitest';
import { filterOfSearch, pipelineAmountOre, pipelineGroups, searchOfFilter } from './pipeline-groups.ts';

const row = (status: string, requestedOre: number, extra: Record<string, number | null> = {}) =>
  ({
    status,
    requestedOre,
    expectedAmountOre: null,
    proposedAmountOre: null,
    grantedAmountOre: null,
    ...extra,
  }) as Parameters<typeof pipelineAmountOre>[0];

describe('pipelineGroups', () => {
  it('groups by status in pipeline order, with count and the sum of the amount that speaks', () => {
    const groups = pipelineGroups([
      row('granted', 120_000_000, { grantedAmountOre: 110_000_000 }),
      row('expected', 0, { expectedAmountOre: 50_000_000 }),
      row('received', 30_000_00),
      row('received', 20_000_00),
      row('proposal', 80_000_00, { proposedAmountOre: 60_000_00 }),
    ]);
    expect(groups.map((group) => [group.status, group.count, group.sumOre])).toEqual([
      ['expected', 1, 50_000_000],
      ['received', 2, 50_000_00],
      ['proposal', 1, 60_000_00],
      ['granted', 1, 110_000_000],
    ]);
  });

  it('falls back to the sum applied for when no expected or proposed amount is given', () => {
    expect(pipelineAmountOre(row('expected', 100))).toBe(100);
    expect(pipelineAmountOre(row('proposal', 200))).toBe(200);
    expect(pipelineAmountOre(row('withdrawn', 300))).toBe(300);
  });
});

describe('the filters in the address', () => {
  it('reads what it knows and drops the rest', () => {
    expect(filterOfSearch(new URLSearchParams('ar=2019&status=received&lokalgrupp=x'))).toEqual({
      year: 2019,
      status: 'received',
      localGroupId: null,
    });
    expect(filterOfSearch(new URLSearchParams('ar=abc&status=paid'))).toEqual({
      year: null,
      status: null,
      localGroupId: null,
    });
  });

  it('writes back what it read', () => {
    const filter = {
      year: 2020,
      status: 'granted' as const,
      localGroupId: '11111111-1111-4111-8111-111111111111',
    };
    expect(filterOfSearch(searchOfFilter(filter))).toEqual(filter);
  });
});
