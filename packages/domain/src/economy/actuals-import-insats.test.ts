import { describe, expect, it } from 'vitest';
import { kronor } from '../money/ore.ts';
import { validateActualsImport } from './actuals-import.ts';

/** Issue 19: the optional "Insats" column puts parts of an intervention-funds actual on interventions. */
const lines = [
  { code: 'intervention-funds', name: 'Insatsmedel', costKind: 'interventionFunds' as const },
  { code: 'staff-costs', name: 'Personalkostnader, kansli', costKind: 'staff' as const },
];
const interventions = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Trisam struktur' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Mentorskap' },
];
const h1 = { kind: 'half', year: 2019, half: 1 } as const;

describe('the Insats column', () => {
  it('adds the rows of one line and period into one actual, split by intervention name or id', () => {
    const result = validateActualsImport({
      lines,
      interventions,
      rows: [
        ['Period', 'Rad', 'Belopp', 'Insats'],
        ['2019-H1', 'Insatsmedel', '658 614', 'trisam struktur'],
        ['2019-H1', 'Insatsmedel', '61 107', '22222222-2222-4222-8222-222222222222'],
        ['2019-H1', 'Insatsmedel', '100', ''],
        ['2019-H1', 'staff-costs', '1 595 908', ''],
      ],
    });
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          rowNumber: 2,
          period: h1,
          lineCode: 'intervention-funds',
          amount: kronor(719_821),
          allocations: [
            { interventionId: interventions[0]?.id, amount: kronor(658_614) },
            { interventionId: interventions[1]?.id, amount: kronor(61_107) },
          ],
        },
        { rowNumber: 5, period: h1, lineCode: 'staff-costs', amount: kronor(1_595_908) },
      ],
    });
  });

  it('refuses an unknown intervention, one on a line that is not intervention funds, and a repeated one', () => {
    const result = validateActualsImport({
      lines,
      interventions,
      rows: [
        ['Period', 'Rad', 'Belopp', 'Insats'],
        ['2019-H1', 'Insatsmedel', '10', 'Finns inte'],
        ['2019-H1', 'staff-costs', '10', 'Mentorskap'],
        ['2019-H1', 'Insatsmedel', '10', 'Mentorskap'],
        ['2019-H1', 'Insatsmedel', '20', 'Mentorskap'],
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'intervention', key: 'import.unknownIntervention', value: 'Finns inte' },
        { row: 3, column: 'intervention', key: 'import.interventionNotFunds', value: 'Mentorskap' },
        { row: 5, column: null, key: 'import.duplicateRow', value: '4' },
      ],
    });
  });

  it('refuses a split whose parts are on the other side of zero than the actual', () => {
    const result = validateActualsImport({
      lines,
      interventions,
      rows: [
        ['Period', 'Rad', 'Belopp', 'Insats'],
        ['2019-H1', 'Insatsmedel', '100', 'Mentorskap'],
        ['2019-H1', 'Insatsmedel', '-300', ''],
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ row: 2, column: 'intervention', key: 'import.allocationSign' }],
    });
  });
});
