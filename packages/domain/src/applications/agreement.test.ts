import { describe, expect, it } from 'vitest';
import {
  addMonths,
  agreementEditSchema,
  closeRefusal,
  isFinalReportApproved,
  isReportOverdue,
  markPaidSchema,
  paymentSchema,
  paymentsOverGrant,
  proposePaymentPlan,
  proposeReportDeadlines,
  yearsDifference,
} from './agreement.ts';

const sumOf = (rows: readonly { amountOre: number }[]) => rows.reduce((sum, row) => sum + row.amountOre, 0);

describe('the agreement edit', () => {
  it('reads the commitment per year in kronor as typed', () => {
    const parsed = agreementEditSchema.parse({
      years: [
        { year: '2016', amount: '1 100 000' },
        { year: 2017, amount: '0' },
      ],
      note: '  Avtal enligt styrelsens beslut. ',
    });
    expect(parsed.years).toEqual([
      { year: 2016, amount: 110_000_000 },
      { year: 2017, amount: 0 },
    ]);
    expect(parsed.note).toBe('Avtal enligt styrelsens beslut.');
  });

  it('names a year given twice and a negative amount beside their fields', () => {
    const result = agreementEditSchema.safeParse({
      years: [
        { year: 2020, amount: '100' },
        { year: 2020, amount: '-5' },
      ],
      note: '',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['years.1.amount', 'money.negative'],
      ['years.1.year', 'agreements.yearDuplicate'],
    ]);
  });
});

describe('a payment', () => {
  it('needs an amount above zero and a real due date', () => {
    const result = paymentSchema.safeParse({ kind: 'advance', dueDate: '2020-02-30', amount: '0', note: '' });
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual([
      'agreements.amountPositive',
      'agreements.dateInvalid',
    ]);
  });

  it('takes an empty allocation as none when marked paid', () => {
    expect(markPaidSchema.parse({ paidDate: '2020-03-01', actualAllocationId: '' })).toEqual({
      paidDate: '2020-03-01',
      actualAllocationId: null,
    });
  });
});

describe('the sums against the grant', () => {
  it('shows how far the years are from the grant', () => {
    expect(yearsDifference([{ amountOre: 110_000_000 }], 110_000_000)).toBe(0);
    expect(yearsDifference([{ amountOre: 100_000_000 }, { amountOre: 5_000_000 }], 110_000_000)).toBe(
      -5_000_000,
    );
  });

  it('finds payments planned beyond the grant', () => {
    expect(paymentsOverGrant([{ amountOre: 60 }, { amountOre: 40 }], 100)).toBe(0);
    expect(paymentsOverGrant([{ amountOre: 60 }, { amountOre: 41 }], 100)).toBe(1);
  });
});

describe('closing an agreement', () => {
  const paid = { kind: 'advance', amountOre: 90, paidDate: '2020-01-10' };
  const finalPaid = { kind: 'final', amountOre: 10, paidDate: '2021-03-01' };
  const approved = { kind: 'final', approvedDate: '2021-02-20' };

  it('is allowed once the final report is approved and the whole grant is paid', () => {
    expect(
      closeRefusal({ status: 'signed', grantedOre: 100, payments: [paid, finalPaid], reports: [approved] }),
    ).toBe(null);
  });

  it('is refused with the first thing still open', () => {
    const base = { grantedOre: 100, payments: [paid, finalPaid], reports: [approved] };
    expect(closeRefusal({ ...base, status: 'draft' })).toBe('agreements.notSigned');
    expect(
      closeRefusal({ ...base, status: 'signed', reports: [{ kind: 'final', approvedDate: null }] }),
    ).toBe('agreements.closeNeedsApprovedReport');
    expect(
      closeRefusal({ ...base, status: 'signed', reports: [{ kind: 'interim', approvedDate: '2020-06-01' }] }),
    ).toBe('agreements.closeNeedsApprovedReport');
    expect(
      closeRefusal({ ...base, status: 'signed', payments: [paid, { ...finalPaid, paidDate: null }] }),
    ).toBe('agreements.closeNeedsPaidPayments');
    expect(closeRefusal({ ...base, status: 'signed', payments: [paid] })).toBe(
      'agreements.closePaymentsNotGrant',
    );
  });

  it('knows the final report only by an approved final one', () => {
    expect(isFinalReportApproved({ reports: [{ kind: 'interim', approvedDate: '2020-01-01' }] })).toBe(false);
    expect(isFinalReportApproved({ reports: [approved] })).toBe(true);
  });
});

describe('proposePaymentPlan', () => {
  it("plans Etappen's 1 100 000 kr for 2016: an advance and a final 10 % after the end", () => {
    const plan = proposePaymentPlan(110_000_000, '2016-01-01', '2016-12-31');
    expect(plan).toEqual([
      { kind: 'advance', dueDate: '2016-01-01', amountOre: 99_000_000 },
      { kind: 'final', dueDate: '2017-03-31', amountOre: 11_000_000 },
    ]);
  });

  it('adds a tranche per further year and sums to the grant to the öre', () => {
    const plan = proposePaymentPlan(100_000_001, '2020-03-01', '2022-06-30');
    expect(plan.map((row) => [row.kind, row.dueDate])).toEqual([
      ['advance', '2020-03-01'],
      ['tranche', '2021-01-15'],
      ['tranche', '2022-01-15'],
      ['final', '2022-09-30'],
    ]);
    expect(plan.at(-1)?.amountOre).toBe(10_000_000);
    expect(sumOf(plan)).toBe(100_000_001);
  });

  it('keeps whole kronor and follows the commitment per year when given', () => {
    const plan = proposePaymentPlan(1_000_000, '2020-01-01', '2021-12-31', [
      { year: 2020, amountOre: 300_000 },
      { year: 2021, amountOre: 700_000 },
    ]);
    expect(plan.map((row) => row.amountOre)).toEqual([270_000, 630_000, 100_000]);
    expect(plan.every((row) => row.amountOre % 100 === 0)).toBe(true);
  });

  it('proposes nothing for nothing granted', () => {
    expect(proposePaymentPlan(0, '2020-01-01', '2020-12-31')).toEqual([]);
  });
});

describe('proposeReportDeadlines', () => {
  it('asks for an interim report per year and the final report two months after the end', () => {
    expect(proposeReportDeadlines('2020-01-01', '2022-12-31')).toEqual([
      { kind: 'interim', dueDate: '2021-01-31' },
      { kind: 'interim', dueDate: '2022-01-31' },
      { kind: 'final', dueDate: '2023-02-28' },
    ]);
    expect(proposeReportDeadlines('2019-08-01', '2019-11-30')).toEqual([
      { kind: 'final', dueDate: '2020-01-30' },
    ]);
  });

  it('keeps the day within the month', () => {
    expect(addMonths('2031-12-31', 2)).toBe('2032-02-29');
    expect(addMonths('2020-11-30', 3)).toBe('2021-02-28');
  });

  it('marks a report overdue only while it is not submitted', () => {
    expect(isReportOverdue({ dueDate: '2020-01-31', submittedDate: null }, '2020-02-01')).toBe(true);
    expect(isReportOverdue({ dueDate: '2020-01-31', submittedDate: null }, '2020-01-31')).toBe(false);
    expect(isReportOverdue({ dueDate: '2020-01-31', submittedDate: '2020-02-10' }, '2020-03-01')).toBe(false);
  });
});
