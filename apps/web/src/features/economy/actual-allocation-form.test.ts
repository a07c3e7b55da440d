import { describe, expect, it } from 'vitest';
import {
  allocationFormRowsOf,
  allocationFormSchema,
  unallocatedWhileTyping,
} from './actual-allocation-form.ts';

const a = 'intervention:11111111-1111-4111-8111-111111111111';
const b = 'localGroup:22222222-2222-4222-8222-222222222222';

describe('allocationFormSchema', () => {
  it('reads Swedish amounts to öre', () => {
    const parsed = allocationFormSchema('kr').parse({
      rows: [
        { target: a, amount: '61 107' },
        { target: b, amount: '0,50' },
      ],
    });
    expect(parsed.rows).toEqual([
      { target: a, amount: 6_110_700 },
      { target: b, amount: 50 },
    ]);
  });

  it('puts each problem on its field', () => {
    const result = allocationFormSchema('kr').safeParse({
      rows: [
        { target: '', amount: 'abc' },
        { target: a, amount: '0' },
      ],
    });
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['rows.0.target', 'allocation.targetMissing'],
      ['rows.0.amount', 'money.invalidFormat'],
    ]);
    const zero = allocationFormSchema('kr').safeParse({ rows: [{ target: a, amount: '0' }] });
    expect(zero.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['rows.0.amount', 'allocation.zeroAmount'],
    ]);
  });

  it('refuses the same target twice on the second row', () => {
    const result = allocationFormSchema('kr').safeParse({
      rows: [
        { target: a, amount: '1' },
        { target: a, amount: '2' },
      ],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['rows.1.target', 'allocation.duplicateTarget'],
    ]);
  });
});

describe('unallocatedWhileTyping', () => {
  it('follows the typed amounts exactly, ignoring one not yet readable', () => {
    const rows = [
      { target: a, amount: '1 453 760' },
      { target: b, amount: '12,' },
    ];
    expect(unallocatedWhileTyping(151_486_700, rows, 'kr')).toBe(6_110_700);
    expect(unallocatedWhileTyping(151_486_700, [{ target: a, amount: '1 514,867' }], 'tkr')).toBe(0);
  });

  it('shows saved rows as they are edited', () => {
    expect(allocationFormRowsOf([{ kind: 'intervention', targetId: 'x', amount: 6_110_700 }], 'kr')).toEqual([
      { target: 'intervention:x', amount: '61\u00a0107' },
    ]);
  });
});
