import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByWeight } from './allocate-by-weight.ts';
import { allocateLocalGroupBudgets, localGroupYearSchema } from './local-group.ts';

/** Gävleborg's municipal contributions H1 2019 (kr): the members' own key for municipality size. */
const gavleborgContributions = [
  ['Bollnäs', 153_168],
  ['Gävle', 609_345],
  ['Hofors', 54_940],
  ['Hudiksvall', 216_435],
  ['Ljusdal', 108_217],
  ['Nordanstig', 54_940],
  ['Ockelbo', 34_962],
  ['Ovanåker', 64_930],
  ['Sandviken', 221_428],
  ['Söderhamn', 146_510],
] as const;

describe('allocateLocalGroupBudgets', () => {
  it("splits Gävleborg's 4 994 625 kr exactly three times each municipality's H1 contribution", () => {
    const groups = gavleborgContributions.map(([id, contribution]) => ({ id, population: contribution }));
    const result = allocateLocalGroupBudgets(4_994_625_00, groups);
    if (!result.ok) throw new Error('allocation failed');
    expect(result.value.map((group) => [group.id, group.budget / 100])).toEqual(
      gavleborgContributions.map(([id, contribution]) => [id, contribution * 3]),
    );
    expect(result.value.find((group) => group.id === 'Gävle')?.budget).toBe(1_828_035_00);
    expect(result.value.reduce((sum, group) => sum + group.budget, 0)).toBe(4_994_625_00);
  });

  it('gives the odd öre to the largest remainders so three equal groups share 100 öre as 34 + 33 + 33', () => {
    const result = allocateLocalGroupBudgets(100, [
      { id: 'a', population: 1 },
      { id: 'b', population: 1 },
      { id: 'c', population: 1 },
    ]);
    expect(result.ok && result.value.map((group) => group.budget)).toEqual([34, 33, 33]);
  });

  it('gives a group without population nothing and refuses when no group has one', () => {
    const result = allocateLocalGroupBudgets(1000, [
      { id: 'a', population: 3 },
      { id: 'b', population: null },
    ]);
    expect(result.ok && result.value.map((group) => group.budget)).toEqual([1000, 0]);
    expect(allocateLocalGroupBudgets(1000, [{ id: 'a', population: null }])).toEqual({
      ok: false,
      problems: [{ key: 'allocation.noWeight', path: [] }],
    });
  });

  it('always sums exactly to the total and gives each part its exact share rounded down or up by one öre', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000_00 }),
        fc
          .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 })
          .filter((ws) => ws.some((w) => w > 0)),
        (total, weights) => {
          const result = allocateByWeight(
            total,
            weights.map((weight) => ({ weight })),
          );
          if (!result.ok) throw new Error('allocation failed');
          expect(result.value.reduce((sum, part) => sum + part.amount, 0)).toBe(total);
          const weightSum = BigInt(weights.reduce((a, b) => a + b, 0));
          for (const part of result.value) {
            const floor = (BigInt(total) * BigInt(part.weight)) / weightSum;
            expect([0n, 1n]).toContain(BigInt(part.amount) - floor);
          }
        },
      ),
    );
  });

  it('rejects a negative weight or a fractional total', () => {
    expect(allocateByWeight(10, [{ weight: -1 }])).toEqual({
      ok: false,
      problems: [{ key: 'allocation.weightInvalid', path: [0] }],
    });
    expect(allocateByWeight(10.5, [{ weight: 1 }]).ok).toBe(false);
  });
});

describe('localGroupYearSchema', () => {
  it('accepts a year with budget, spend, meetings and action plan', () => {
    expect(
      localGroupYearSchema.safeParse({
        year: 2019,
        budget: 1_828_035_00,
        spend: 0,
        meetingsHeld: 3,
        hasUpdatedActionPlan: true,
      }).success,
    ).toBe(true);
  });
  it('rejects negative meetings and a missing action-plan answer with stable keys', () => {
    const result = localGroupYearSchema.safeParse({ year: 2019, budget: 0, spend: 0, meetingsHeld: -1 });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'localGroup.meetingsInvalid',
      'localGroup.actionPlanInvalid',
    ]);
  });
});
