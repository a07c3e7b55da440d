import {
  MAX_NOTE_LINES,
  noteFieldsSchema,
  noteLineSchema,
  type Ore,
  type SaveNoteInput,
  statementLineSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { amountTextSchema, amountToText } from '../../../components/form/amount-text.ts';

/** What the note form's inputs hold: text as typed (the number and the amounts too). */
export interface NoteFormValues {
  number: string;
  title: string;
  statementLine: string;
  lines: { label: string; current: string; previous: string }[];
}

/** A note as the list gives it, as far as the form needs. */
export interface EditableNote {
  id: string;
  number: number;
  title: string;
  statementLine: string;
  lines: { label: string; current: number; previous: number }[];
  version: number;
}

const amount = amountTextSchema({ unit: 'kr', empty: 'zero', allowNegative: true });

/**
 * The note form's schema: the domain's rules for the number, title, statement line and rows
 * (`noteFieldsSchema`), with the number and the amounts read from what was typed ("1 664 875").
 */
export const noteFormSchema = z.object({
  number: z
    .string()
    .transform((text) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN))
    .pipe(noteFieldsSchema.shape.number),
  title: noteFieldsSchema.shape.title,
  statementLine: statementLineSchema,
  lines: z
    .array(z.object({ label: noteLineSchema.shape.label, current: amount, previous: amount }))
    .max(MAX_NOTE_LINES, { error: 'reportNotes.tooManyLines' }),
});
export type ParsedNoteForm = z.output<typeof noteFormSchema>;

export const emptyLine = () => ({ label: '', current: '', previous: '' });

/** The form's starting values: the note as saved, or a new one with the next free number and one empty row. */
export function noteFormValues(note: EditableNote | null, nextNumber: number): NoteFormValues {
  if (!note) return { number: String(nextNumber), title: '', statementLine: 'revenue', lines: [emptyLine()] };
  return {
    number: String(note.number),
    title: note.title,
    statementLine: note.statementLine,
    lines: note.lines.map((line) => ({
      label: line.label,
      current: amountToText(line.current),
      previous: amountToText(line.previous),
    })),
  };
}

/** The next number after the report's notes (1 for the first). */
export const nextNoteNumber = (notes: readonly { number: number }[]): number =>
  Math.min(99, notes.reduce((max, note) => Math.max(max, note.number), 0) + 1);

/** The save call's input from the parsed form: a new note at version 0, else the version loaded. */
export function saveNoteInput(
  reportId: string,
  note: EditableNote | null,
  parsed: ParsedNoteForm,
): Omit<SaveNoteInput, 'lines'> & { lines: { label: string; current: number; previous: number }[] } {
  return {
    reportId,
    noteId: note?.id ?? null,
    expectedVersion: note?.version ?? 0,
    number: parsed.number,
    title: parsed.title,
    statementLine: parsed.statementLine,
    lines: parsed.lines.map((line) => ({
      label: line.label,
      current: line.current as Ore,
      previous: line.previous as Ore,
    })),
  };
}
