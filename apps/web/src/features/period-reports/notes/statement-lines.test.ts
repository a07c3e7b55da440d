import { describe, expect, it } from 'vitest';
import { statementLineChoices, statementLineLabel } from './statement-lines.ts';

const balanceLines = [{ code: 'receivables', name: 'Fordringar' }];

describe('statementLineChoices', () => {
  it('offers revenue, costs and each balance line by name', () => {
    expect(statementLineChoices(balanceLines)).toEqual([
      { value: 'revenue', label: { key: 'reportNotesPages.line.revenue' } },
      { value: 'costs', label: { key: 'reportNotesPages.line.costs' } },
      {
        value: 'balance:receivables',
        label: { key: 'reportNotesPages.line.balance', values: { name: 'Fordringar' } },
      },
    ]);
  });

  it('keeps a note’s own line the balance sheet no longer has, by its code', () => {
    expect(statementLineChoices(balanceLines, 'balance:accrued-costs').at(-1)).toEqual({
      value: 'balance:accrued-costs',
      label: { key: 'reportNotesPages.line.balance', values: { name: 'accrued-costs' } },
    });
    expect(statementLineLabel(balanceLines, 'balance:receivables').values).toEqual({ name: 'Fordringar' });
  });
});
