import { describe, expect, it } from 'vitest';
import { kronor } from '../money/ore.ts';
import { addDaysToDate, commitmentsAhead, paymentsDueWithin, reportsOverdue } from './grant-reports.ts';

describe('addDaysToDate', () => {
  it('crosses months, leap days and years', () => {
    expect(addDaysToDate('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDaysToDate('2020-12-31', 60)).toBe('2021-03-01');
    expect(addDaysToDate('2021-03-01', -1)).toBe('2021-02-28');
  });
});

describe('paymentsDueWithin', () => {
  const payments = [
    { id: 'later', dueDate: '2020-03-02', paidDate: null },
    { id: 'last-day', dueDate: '2020-03-01', paidDate: null },
    { id: 'paid', dueDate: '2020-01-15', paidDate: '2020-01-14' },
    { id: 'late', dueDate: '2019-12-31', paidDate: null },
    { id: 'today', dueDate: '2020-01-01', paidDate: null },
  ];

  it('lists the unpaid payments due within 60 days and those still unpaid after their date, earliest first', () => {
    expect(paymentsDueWithin(payments, '2020-01-01', 60)).toEqual([
      { id: 'late', dueDate: '2019-12-31', paidDate: null, isOverdue: true },
      { id: 'today', dueDate: '2020-01-01', paidDate: null, isOverdue: false },
      { id: 'last-day', dueDate: '2020-03-01', paidDate: null, isOverdue: false },
    ]);
  });
});

describe('reportsOverdue', () => {
  it('lists reports not submitted after their deadline with the days overdue, and not one due today', () => {
    const reports = [
      { id: 'due-today', dueDate: '2020-06-30', submittedDate: null },
      { id: 'submitted', dueDate: '2020-01-31', submittedDate: '2020-02-10' },
      { id: 'final', dueDate: '2020-05-31', submittedDate: null },
      { id: 'interim', dueDate: '2020-01-31', submittedDate: null },
    ];
    expect(reportsOverdue(reports, '2020-06-30')).toEqual([
      { id: 'interim', dueDate: '2020-01-31', submittedDate: null, daysOverdue: 151 },
      { id: 'final', dueDate: '2020-05-31', submittedDate: null, daysOverdue: 30 },
    ]);
  });
});

describe('commitmentsAhead', () => {
  it('sums the agreements per year from the given year to the last, with empty years as 0', () => {
    expect(
      commitmentsAhead(
        [
          { agreementId: 'a', year: 2019, amountOre: kronor(500_000) },
          { agreementId: 'a', year: 2020, amountOre: kronor(1_100_000) },
          { agreementId: 'b', year: 2020, amountOre: kronor(550_000) },
          { agreementId: 'b', year: 2022, amountOre: kronor(200_000.5) },
        ],
        2020,
      ),
    ).toEqual([
      { year: 2020, committedOre: kronor(1_650_000), agreementCount: 2 },
      { year: 2021, committedOre: 0, agreementCount: 0 },
      { year: 2022, committedOre: kronor(200_000.5), agreementCount: 1 },
    ]);
    expect(commitmentsAhead([{ agreementId: 'a', year: 2019, amountOre: kronor(1) }], 2020)).toEqual([]);
  });
});
