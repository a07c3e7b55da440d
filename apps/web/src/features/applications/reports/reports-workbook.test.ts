import { describe, expect, it } from 'vitest';
import { swedishT as t } from '../../../lib/swedish-t.ts';
import { type ReportsData, reportsWorkbook } from './reports-workbook.ts';

const data: ReportsData = {
  granted: {
    year: 2016,
    rows: [
      {
        applicationId: 'a1',
        title: 'Etappen',
        leadName: 'Härnösands kommun',
        partyNames: ['Arbetsförmedlingen', 'Försäkringskassan'],
        yearAmountOre: 110_000_000,
        grantedAmountOre: 110_000_000,
        decidedDate: '2015-12-10',
        interventionId: 'i1',
        interventionName: 'Etappen',
        agreementId: 'ag1',
        agreementStatus: 'signed',
      },
      {
        applicationId: 'a2',
        title: '=HYPERLINK("x")',
        leadName: null,
        partyNames: [],
        yearAmountOre: 55_000_050,
        grantedAmountOre: 55_000_050,
        decidedDate: null,
        interventionId: null,
        interventionName: null,
        agreementId: 'ag2',
        agreementStatus: 'draft',
      },
    ],
    totalOre: 165_000_050,
  } as ReportsData['granted'],
  pipeline: [
    { status: 'expected', count: 2, expectedOre: 40_000_000, requestedOre: 0, proposedOre: 0, grantedOre: 0 },
  ] as ReportsData['pipeline'],
  ahead: [{ year: 2016, committedOre: 165_000_050, agreementCount: 2 }] as ReportsData['ahead'],
  aheadFrom: 2016,
  payments: {
    today: '2026-12-05',
    until: '2027-02-03',
    rows: [
      {
        paymentId: 'p1',
        applicationId: 'a1',
        title: 'Etappen',
        kind: 'final',
        dueDate: '2026-12-01',
        paidDate: null,
        amountOre: 10_000_000,
        isOverdue: true,
      },
    ],
  } as ReportsData['payments'],
  paymentDays: 60,
  overdue: {
    today: '2026-12-05',
    rows: [
      {
        reportId: 'r1',
        applicationId: 'a1',
        title: 'Etappen',
        kind: 'interim',
        dueDate: '2026-11-05',
        submittedDate: null,
        daysOverdue: 30,
      },
    ],
  } as ReportsData['overdue'],
};

describe('reportsWorkbook', () => {
  const sheets = reportsWorkbook(t, data);

  it('has one sheet per section of the page', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Beviljade 2016',
      'Pipeline',
      'Åtaganden per år',
      'Utbetalningar',
      'Försenade rapporter',
    ]);
  });

  it('writes Beviljade insatser with kronor to the öre, the agreement status in Swedish, guarded text and a total', () => {
    expect(sheets[0]?.rows).toEqual([
      ['Ansökan', 'Huvudsökande', 'Samverkansparter', 'Belopp 2016', 'Insats', 'Avtal'],
      [
        'Etappen',
        'Härnösands kommun',
        'Arbetsförmedlingen, Försäkringskassan',
        { kronor: 1_100_000 },
        'Etappen',
        'Undertecknat',
      ],
      ['\'=HYPERLINK("x")', null, null, { kronor: 550_000.5 }, null, 'Utkast'],
      ['Summa', null, null, { kronor: 1_650_000.5 }, null, null],
    ]);
  });

  it('writes the pipeline, commitments, payments and overdue reports as the page shows them', () => {
    expect(sheets[1]?.rows[1]).toEqual([
      'Förväntad',
      2,
      { kronor: 400_000 },
      { kronor: 0 },
      { kronor: 0 },
      { kronor: 0 },
    ]);
    expect(sheets[2]?.rows[1]).toEqual([2016, { kronor: 1_650_000.5 }, 2]);
    expect(sheets[3]?.rows[1]).toEqual([
      { date: '2026-12-01' },
      'Etappen',
      'Slutlikvid',
      { kronor: 100_000 },
      'Förfallen',
    ]);
    expect(sheets[4]?.rows[1]).toEqual(['Etappen', 'Delrapport', { date: '2026-11-05' }, 30]);
  });
});
