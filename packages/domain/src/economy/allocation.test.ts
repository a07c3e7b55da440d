import { describe, expect, it } from 'vitest';
import { kronor, type Ore } from '../money/ore.ts';
import {
  allocationSaveInputSchema,
  canAllocateLine,
  checkAllocationSplit,
  formatAllocationTarget,
  parseAllocationTarget,
  unallocatedOf,
} from './allocation.ts';
import { reconcileInterventionFunds } from './allocation-reconciliation.ts';

const interventionId = '11111111-1111-4111-8111-111111111111';
const groupId = '22222222-2222-4222-8222-222222222222';
const actualId = '33333333-3333-4333-8333-333333333333';
const ore = (value: number) => value as Ore;

describe('allocation targets', () => {
  it('reads back what it writes, for an intervention and a local group', () => {
    expect(
      parseAllocationTarget(formatAllocationTarget({ kind: 'intervention', id: interventionId })),
    ).toEqual({
      kind: 'intervention',
      id: interventionId,
    });
    expect(parseAllocationTarget(`localGroup:${groupId}`)).toEqual({ kind: 'localGroup', id: groupId });
  });

  it('refuses a target of another kind or without an id', () => {
    expect(parseAllocationTarget(`member:${groupId}`)).toBeNull();
    expect(parseAllocationTarget('intervention:')).toBeNull();
    expect(parseAllocationTarget('')).toBeNull();
  });
});

describe('allocationSaveInputSchema', () => {
  it('accepts a split in exact öre', () => {
    const parsed = allocationSaveInputSchema.parse({
      actualId,
      expectedVersion: 0,
      rows: [{ target: `intervention:${interventionId}`, amount: 6_110_700 }],
    });
    expect(parsed.rows[0]?.amount).toBe(6_110_700);
  });

  it('names the field of each problem with its Swedish reason key', () => {
    const result = allocationSaveInputSchema.safeParse({
      actualId,
      expectedVersion: 0,
      rows: [
        { target: `intervention:${interventionId}`, amount: 100 },
        { target: `intervention:${interventionId}`, amount: 0.5 },
        { target: '', amount: 0 },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['rows.1.amount', 'money.notInteger'],
        ['rows.2.target', 'allocation.targetMissing'],
        ['rows.2.amount', 'allocation.zeroAmount'],
      ]),
    );
  });

  it('refuses the same intervention twice in one split', () => {
    const result = allocationSaveInputSchema.safeParse({
      actualId,
      expectedVersion: 0,
      rows: [
        { target: `intervention:${interventionId}`, amount: 100 },
        { target: `intervention:${interventionId.toUpperCase()}`, amount: 200 },
      ],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['rows.1.target', 'allocation.duplicateTarget'],
    ]);
  });
});

describe('checkAllocationSplit', () => {
  it('allows a partial split and one that adds up exactly', () => {
    expect(checkAllocationSplit(kronor(100), [{ amount: kronor(40) }])).toBeNull();
    expect(checkAllocationSplit(kronor(100), [{ amount: kronor(40) }, { amount: kronor(60) }])).toBeNull();
  });

  it('refuses a split beyond the actual by one öre', () => {
    expect(checkAllocationSplit(kronor(100), [{ amount: kronor(40) }, { amount: ore(6_001) }])).toBe(
      'allocation.exceedsActual',
    );
  });

  it('refuses amounts on the other side of zero than the actual', () => {
    expect(checkAllocationSplit(kronor(100), [{ amount: kronor(-10) }])).toBe('allocation.wrongSign');
    expect(checkAllocationSplit(kronor(-100), [{ amount: kronor(-100) }])).toBeNull();
  });
});

describe('unallocatedOf', () => {
  it('is the actual less its split, exact in öre', () => {
    expect(unallocatedOf(kronor(1_514_867), [{ amount: kronor(1_453_760) }])).toBe(kronor(61_107));
    expect(unallocatedOf(kronor(10), [])).toBe(kronor(10));
  });
});

describe('canAllocateLine', () => {
  it('allows top-level intervention-funds lines only', () => {
    expect(canAllocateLine({ kind: 'cost', costKind: 'interventionFunds', parentId: null })).toBe(true);
    expect(canAllocateLine({ kind: 'cost', costKind: 'staff', parentId: null })).toBe(false);
    expect(canAllocateLine({ kind: 'contribution', costKind: null, parentId: null })).toBe(false);
  });
});

describe('reconcileInterventionFunds', () => {
  it("shows Gävleborg's 61 107 kr unallocated and 1 678 631 kr of funds tied to no intervention", () => {
    const result = reconcileInterventionFunds({
      actuals: [
        {
          actualId,
          period: '2019-H1',
          lineName: 'Insatsmedel',
          amount: kronor(1_514_867),
          toInterventions: kronor(1_453_760),
          toLocalGroups: kronor(0),
        },
      ],
      interventionFundsBudget: kronor(10_819_000),
      interventionBudgets: kronor(9_140_369),
    });
    expect(result.differences).toEqual([
      { kind: 'unallocated', actualId, period: '2019-H1', lineName: 'Insatsmedel', amount: kronor(61_107) },
      { kind: 'untiedBudget', amount: kronor(1_678_631) },
    ]);
    expect(result.totals.unallocated).toBe(kronor(61_107));
  });

  it('reports no difference once everything adds up, and none for the budget without one', () => {
    const result = reconcileInterventionFunds({
      actuals: [
        {
          actualId,
          period: '2019-06',
          lineName: 'Insatsmedel',
          amount: kronor(300),
          toInterventions: kronor(200),
          toLocalGroups: kronor(100),
        },
      ],
      interventionFundsBudget: null,
      interventionBudgets: kronor(5),
    });
    expect(result.differences).toEqual([]);
    expect(result.rows[0]?.unallocated).toBe(0);
  });
});
