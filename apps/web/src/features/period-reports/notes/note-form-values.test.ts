import { describe, expect, it } from 'vitest';
import { nextNoteNumber, noteFormSchema, noteFormValues, saveNoteInput } from './note-form-values.ts';

const note = {
  id: '11111111-1111-4111-8111-111111111111',
  number: 3,
  title: 'Fordringar',
  statementLine: 'balance:receivables',
  lines: [{ label: 'Momsfordran', current: 5_812_200, previous: 10_889_600 }],
  version: 4,
};

describe('the note form', () => {
  it('shows a saved note’s amounts as typed kronor and saves them as öre at the version loaded', () => {
    const values = noteFormValues(note, 5);
    expect(values.lines[0]).toEqual({
      label: 'Momsfordran',
      current: '58\u00a0122',
      previous: '108\u00a0896',
    });
    const parsed = noteFormSchema.parse({
      ...values,
      lines: [{ label: 'Momsfordran', current: '58 122', previous: '−1 711,50' }],
    });
    expect(saveNoteInput('r', note, parsed)).toEqual({
      reportId: 'r',
      noteId: note.id,
      expectedVersion: 4,
      number: 3,
      title: 'Fordringar',
      statementLine: 'balance:receivables',
      lines: [{ label: 'Momsfordran', current: 5_812_200, previous: -171_150 }],
    });
  });

  it('starts a new note with the next number, one empty row and version 0', () => {
    expect(nextNoteNumber([{ number: 1 }, { number: 4 }])).toBe(5);
    const values = noteFormValues(null, nextNoteNumber([]));
    expect(values).toEqual({
      number: '1',
      title: '',
      statementLine: 'revenue',
      lines: [{ label: '', current: '', previous: '' }],
    });
  });

  it('names each bad field with the domain’s keys', () => {
    const result = noteFormSchema.safeParse({
      number: '1,5',
      title: '',
      statementLine: 'balance:Kassa',
      lines: [{ label: '', current: 'tio', previous: '' }],
    });
    expect(result.success).toBe(false);
    expect(
      Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message])),
    ).toEqual({
      number: 'reportNotes.numberInvalid',
      title: 'reportNotes.titleRequired',
      statementLine: 'reportNotes.statementLineInvalid',
      'lines.0.label': 'reportNotes.labelRequired',
      'lines.0.current': 'money.invalidFormat',
    });
  });
});
