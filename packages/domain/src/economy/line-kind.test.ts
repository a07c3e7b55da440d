import { describe, expect, it } from 'vitest';
import { costKindSchema, costKinds, isAdministrativeCost, takesCostKind } from './line-kind.ts';

describe('cost kinds', () => {
  it('are the three kinds the database allows', () => {
    expect(costKinds).toEqual(['interventionFunds', 'staff', 'otherAdministration']);
  });

  it('accepts a kind and refuses anything else with a stable key', () => {
    expect(costKindSchema.parse('staff')).toBe('staff');
    for (const bad of [undefined, '', 'intervention-funds', 'Personal']) {
      const result = costKindSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('budget.costKindRequired');
    }
  });

  it('counts staff and other administration as administrative costs, not intervention funds', () => {
    expect(isAdministrativeCost('staff')).toBe(true);
    expect(isAdministrativeCost('otherAdministration')).toBe(true);
    expect(isAdministrativeCost('interventionFunds')).toBe(false);
  });

  it('belongs on top-level cost lines only', () => {
    expect(takesCostKind({ kind: 'cost' })).toBe(true);
    expect(takesCostKind({ kind: 'cost', isSubLine: true })).toBe(false);
    for (const kind of ['contribution', 'otherIncome', 'financialIncome', 'financialCost'])
      expect(takesCostKind({ kind })).toBe(false);
  });
});
