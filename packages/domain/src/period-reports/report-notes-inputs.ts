import { z } from 'zod';
import { signedOreSchema } from '../money/money-schemas.ts';
import { MAX_INT4 } from '../stored-integer.ts';
import { requiredText, singleLineText } from '../text.ts';

/**
 * Input schemas of `reportNotes.*` (issue 23): a report's notes (Not 1 Verksamhetens intäkter …),
 * each a specification of one statement line. Messages are keys under `validation.reportNotes`.
 * The browser's note form checks the same rules (its amounts are typed text, read to öre first).
 */

const id = z.uuid({ error: 'reportNotes.invalidId' });
const version = z
  .number({ error: 'conflict.versionInvalid' })
  .int({ error: 'conflict.versionInvalid' })
  .min(0, { error: 'conflict.versionInvalid' })
  .max(MAX_INT4, { error: 'conflict.versionInvalid' });

/** Which statement line a note specifies: revenue, costs (resultaträkningen) or a balance line's code. */
export const statementLineSchema = z
  .string({ error: 'reportNotes.statementLineInvalid' })
  .regex(/^(revenue|costs|balance:[a-z0-9-]{1,50})$/, { error: 'reportNotes.statementLineInvalid' });

export const MAX_NOTE_LINES = 100;

export const noteLineSchema = z.object({
  label: requiredText(singleLineText, 200, 'reportNotes.labelRequired', 'reportNotes.labelTooLong'),
  /** Öre, signed (a correction line may be negative). */
  current: signedOreSchema,
  previous: signedOreSchema,
});

export const noteFieldsSchema = z.object({
  number: z
    .number({ error: 'reportNotes.numberInvalid' })
    .int({ error: 'reportNotes.numberInvalid' })
    .min(1, { error: 'reportNotes.numberInvalid' })
    .max(99, { error: 'reportNotes.numberInvalid' }),
  title: requiredText(singleLineText, 200, 'reportNotes.titleRequired', 'reportNotes.titleTooLong'),
  statementLine: statementLineSchema,
  lines: z.array(noteLineSchema).max(MAX_NOTE_LINES, { error: 'reportNotes.tooManyLines' }),
});
export type NoteFields = z.output<typeof noteFieldsSchema>;

export const listNotesInputSchema = z.object({ reportId: id });

/** `noteId` null adds a note (expectedVersion 0); otherwise the version the editor loaded. */
export const saveNoteInputSchema = noteFieldsSchema.extend({
  reportId: id,
  noteId: id.nullable(),
  expectedVersion: version,
});
export type SaveNoteInput = z.output<typeof saveNoteInputSchema>;

export const deleteNoteInputSchema = z.object({ noteId: id, expectedVersion: version });
