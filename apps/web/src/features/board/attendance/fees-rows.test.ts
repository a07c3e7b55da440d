import { describe, expect, it } from 'vitest';
import { feesSheetRows, signedMoney } from './fees-rows.ts';

describe('feesSheetRows', () => {
  it('lists each seat, the body’s sum, the books and the total, in kronor', () => {
    const rows = feesSheetRows(
      {
        bodies: [
          {
            bodyName: 'Förbundsstyrelse',
            meetings: 4,
            feeOre: 3_000_050,
            feeLineCode: 'styrelsearvoden',
            feeLineName: 'Styrelsearvoden',
            bookedOre: 3_100_000,
            differenceOre: 99_950,
            seats: [
              {
                personName: 'Tommy Berger',
                party: 'S',
                role: 'chair',
                memberName: 'Region Gävleborg',
                meetings: 4,
                feeOre: 3_000_050,
              },
            ],
          },
        ],
        totalOre: 3_000_050,
      },
      {
        header: ['Organ', 'Namn', 'Roll', 'Representerar', 'Möten', 'Arvode (kr)'],
        roleOf: (role) => (role === 'chair' ? 'Ordförande' : role),
        bodyTotal: (body) => `Summa ${body}`,
        booked: 'Bokfört',
        difference: 'Skillnad',
        total: 'Summa arvoden',
      },
    );
    expect(rows).toEqual([
      ['Organ', 'Namn', 'Roll', 'Representerar', 'Möten', 'Arvode (kr)'],
      ['Förbundsstyrelse', 'Tommy Berger (S)', 'Ordförande', 'Region Gävleborg', 4, 30_000.5],
      ['Summa Förbundsstyrelse', null, null, null, 4, 30_000.5],
      ['Bokfört Styrelsearvoden', null, null, null, null, 31_000],
      ['Skillnad', null, null, null, null, 999.5],
      ['Summa arvoden', null, null, null, null, 30_000.5],
    ]);
  });
});

describe('signedMoney', () => {
  it('shows a positive difference with its plus sign', () => {
    expect(signedMoney(99_950)).toBe('+999,50\u00a0kr');
    expect(signedMoney(0)).toBe('0\u00a0kr');
  });
});
