import { describe, expect, it } from 'vitest';
import { kronor } from '../money/ore.ts';
import { operatingStatement } from './operating-statement.ts';

describe('operatingStatement', () => {
  it('has no share used for a line with no budget', () => {
    const other = operatingStatement({
      period: { from: '2019-01-01', to: '2019-06-30' },
      lines: [
        {
          code: 'other-income',
          name: 'Övriga rörelseintäkter',
          kind: 'revenue',
          budget: kronor(0),
          actual: kronor(109_156),
        },
      ],
    });
    expect(other.revenue.lines[0]).toMatchObject({ deviation: kronor(-109_156), shareUsed: null });
  });
});
