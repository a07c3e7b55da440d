import { describe, expect, it } from 'vitest';
import { kronor } from '../../money/ore.ts';
import { notesSection } from './economy-notes.ts';
import { cellsOf, notices, sv, tables } from './economy-test-support.ts';

// Gävleborg's halvårsredovisning 2019, 3.5 Noter 1 and 3 (the rows as printed).
const revenue2019 = [
  3_330_000, 153_168, 108_217, 54_940, 54_940, 34_962, 64_930, 221_428, 146_510, 216_435, 609_345, 1_664_875,
  0,
];
const revenue2018 = [
  1_665_000, 76_584, 54_109, 27_470, 27_470, 17_481, 32_465, 110_714, 73_225, 108_267, 304_673, 832_438,
  47_307,
];
const note1 = {
  number: 1,
  title: 'Verksamhetens intäkter',
  statementLine: 'revenue',
  lines: revenue2019.map((amount, index) => ({
    label: `Rad ${index + 1}`,
    current: kronor(amount),
    previous: kronor(revenue2018[index] ?? 0),
  })),
  stated: { current: kronor(6_659_748), previous: kronor(3_377_234) },
  labels: { current: '2019-06-30', previous: '2018-06-30' },
};
const note3 = {
  number: 3,
  title: 'Fordringar',
  statementLine: 'balance:receivables',
  lines: [
    { label: 'Momsfordran', current: kronor(58_122), previous: kronor(108_896) },
    { label: 'Kundfordringar', current: kronor(0), previous: kronor(1_711) },
    { label: 'Skattekontot', current: kronor(9), previous: kronor(102_358) },
    { label: 'Förutbetalda kostnader', current: kronor(0), previous: kronor(109_156) },
  ],
  stated: { current: kronor(58_131), previous: kronor(322_121) },
  labels: { current: '2019-06-30', previous: '2018-12-31' },
};

describe('notesSection', () => {
  const blocks = notesSection({ notes: [note3, note1] });

  it('draws each note in number order as a table with its Summa row', () => {
    expect(tables(blocks).map((t) => t.caption)).toEqual([
      'Not 1. Verksamhetens intäkter',
      'Not 3. Fordringar',
    ]);
    expect(tables(blocks)[0]?.rows.at(-1)).toEqual({
      // The 2018 rows as printed add up to 3 377 203, not the printed 3 377 234.
      cells: ['Summa', sv('6 659 750'), sv('3 377 203')],
      key: 'sum',
      emphasis: 'sum',
    });
    expect(cellsOf(blocks.slice(2), 'line:2')).toEqual(['Skattekontot', '9', sv('102 358')]);
  });

  it('shows a note whose rows do not add up to its statement line as a difference', () => {
    expect(notices(blocks).map((n) => n.text)).toEqual([
      sv('Not 1: raderna summerar till 6 659 750 kr, resultaträkningen visar 6 659 748 kr – skillnad 2 kr.'),
      sv(
        'Not 1, 2018-06-30: raderna summerar till 3 377 203 kr, resultaträkningen visar 3 377 234 kr – skillnad -31 kr.',
      ),
    ]);
  });

  it('checks the comparison column too, naming it, and says when the statement has no figure', () => {
    const texts = notices(
      notesSection({
        notes: [{ ...note3, stated: { current: null, previous: kronor(322_000) } }],
      }),
    ).map((n) => n.text);
    expect(texts).toEqual([
      sv(
        'Not 3, 2018-12-31: raderna summerar till 322 121 kr, balansräkningen visar 322 000 kr – skillnad 121 kr.',
      ),
      'Not 3: balansräkningen har ingen siffra för raden att jämföra med.',
    ]);
  });
});
