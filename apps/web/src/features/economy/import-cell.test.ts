import { describe, expect, it } from 'vitest';
import { cellOf } from './import-cell.ts';

const rows = [
  ['Period', 'Rad', 'Belopp'],
  ['2019-07', 'Utbildning', '12 000'],
  ['2019-H2', 'Utbildning', '500'],
];

describe('cellOf', () => {
  it('shows the file’s own period when the error names the period it overlaps', () => {
    expect(cellOf(rows, { row: 3, key: 'import.overlapsEntered', value: '2019-H1' }, 'Period')).toBe(
      '2019-H2',
    );
    expect(cellOf(rows, { row: 3, key: 'import.overlapInFile', value: '2' }, 'Period')).toBe('2019-H2');
  });

  it('shows the value the check found for any other error', () => {
    expect(cellOf(rows, { row: 2, key: 'money.invalidFormat', value: '12 000,5,5' }, 'Belopp')).toBe(
      '12 000,5,5',
    );
  });
});
