import { describe, expect, it } from 'vitest';
import {
  type ContributionsFormValues,
  contributionsFormSchema,
  contributionsFormValuesOf,
} from './contributions-form.ts';

const gavle = '11111111-1111-4111-8111-111111111111';
const ockelbo = '22222222-2222-4222-8222-222222222222';

/** The key's fields as typed, Gävle's then Ockelbo's. */
const keyValues = (gavleValue: string, ockelboValue: string) => [
  { memberId: gavle, value: gavleValue },
  { memberId: ockelbo, value: ockelboValue },
];
/** The override fields of the state's line as typed; Gävle's left blank. */
const stateOverride = (amount: string, comment: string) => [
  { lineId: 'state', amount, comment },
  { lineId: gavle, amount: '', comment: '' },
];

const values = (change: Partial<ContributionsFormValues>): ContributionsFormValues => ({
  basisKind: 'state',
  basisAmount: '1 600',
  keyKind: 'population',
  populationYear: '2018',
  keyValues: keyValues('101 000', '5 800'),
  overrides: stateOverride('', ''),
  ...change,
});

describe('contributionsFormSchema', () => {
  it('reads the form into the plan the API takes, amounts in the unit of the form', () => {
    expect(
      contributionsFormSchema('tkr').parse(values({ overrides: stateOverride('800', 'not 1') })),
    ).toEqual({
      basis: { kind: 'state', amount: 160_000_000 },
      key: {
        kind: 'population',
        populationYear: 2018,
        populations: [
          { memberId: gavle, population: 101_000 },
          { memberId: ockelbo, population: 5_800 },
        ],
      },
      overrides: [{ lineId: 'state', amount: 80_000_000, comment: 'not 1' }],
    });
  });

  it('names each problem on its own field', () => {
    const result = contributionsFormSchema('kr').safeParse(
      values({
        basisAmount: 'mycket',
        keyKind: 'agreed',
        keyValues: keyValues('36,6', 'hälften'),
        overrides: stateOverride('5', ' '),
      }),
    );
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['basisAmount', 'money.invalidFormat'],
      ['keyValues.1.value', 'allocationKey.invalidPercent'],
      ['overrides.0.comment', 'financing.overrideNeedsComment'],
    ]);
  });
});

describe('contributionsFormValuesOf', () => {
  it('shows an agreed key with decimal commas and saved overrides on their lines', () => {
    const form = contributionsFormValuesOf(
      {
        basis: { kind: 'total', amount: 100_000_00 },
        key: { kind: 'agreed', percentages: [{ memberId: gavle, percent: '36.6' }] },
        overrides: [{ lineId: 'state', amount: 50_000_00, comment: 'not 1' }],
      },
      [gavle, ockelbo],
      ['state'],
      2018,
      'kr',
    );
    expect(form.keyValues).toEqual([
      { memberId: gavle, value: '36,6' },
      { memberId: ockelbo, value: '' },
    ]);
    expect(form.overrides).toEqual([{ lineId: 'state', amount: '50\u00a0000', comment: 'not 1' }]);
  });
});
