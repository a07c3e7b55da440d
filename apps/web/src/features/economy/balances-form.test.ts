import { describe, expect, it } from 'vitest';
import { type BalanceFormLine, balanceLinesOf, balancesFormSchema } from './balances-form.ts';

const line = (change: Partial<BalanceFormLine>): BalanceFormLine => ({
  code: '',
  name: 'Kassa och bank',
  section: 'currentAssets',
  note: '',
  amount: '',
  ...change,
});

describe('balancesFormSchema', () => {
  it('reads the typed lines into what the API takes', () => {
    const parsed = balancesFormSchema('kr').parse({
      lines: [
        line({ amount: '1 000', note: '3' }),
        line({ code: 'equity', name: 'Eget kapital', section: 'equity' }),
      ],
    });
    expect(parsed.lines).toEqual([
      { code: 'kassa-och-bank', name: 'Kassa och bank', section: 'currentAssets', note: 3, amount: 100_000 },
      { code: 'equity', name: 'Eget kapital', section: 'equity', note: null, amount: 0 },
    ]);
  });

  it('puts each problem on its line and field', () => {
    const result = balancesFormSchema('kr').safeParse({
      lines: [line({}), line({ name: ' ', amount: '12,345', note: '100' })],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['lines.1.name', 'budget.nameRequired'],
      ['lines.1.note', 'balances.invalidNote'],
      ['lines.1.amount', 'money.tooManyDecimals'],
    ]);
  });

  it('says on the line’s name field when it is empty, too long or holds a NUL byte', () => {
    const problemsOf = (name: string) =>
      balancesFormSchema('kr')
        .safeParse({ lines: [line({}), line({ name })] })
        .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(problemsOf('')).toEqual([['lines.1.name', 'budget.nameRequired']]);
    expect(problemsOf('K'.repeat(201))).toEqual([['lines.1.name', 'budget.nameTooLong']]);
    expect(problemsOf('Kassa\u0000bank')).toEqual([['lines.1.name', 'text.controlCharacter']]);
  });

  it('refuses a sheet without lines, as the API does', () => {
    expect(balancesFormSchema('kr').safeParse({ lines: [] }).error?.issues[0]?.message).toBe(
      'balances.noLines',
    );
  });
});

describe('balanceLinesOf', () => {
  it('counts an amount not yet readable as 0, in the unit of the form', () => {
    expect(
      balanceLinesOf([line({ amount: '2' }), line({ amount: '1,,' })], 'tkr').map((row) => row.amount),
    ).toEqual([200_000, 0]);
  });
});
