import { z } from 'zod';
import { multiLineText } from '../text.ts';
import { periodTextSchema } from './period.ts';

/** The free text an intervention reports per period: results ("Resultat") and a comment ("Kommentar"). */
export const periodNoteSchema = z.object({
  period: periodTextSchema,
  resultsText: multiLineText({ typeError: 'periodNote.resultsInvalid' }).max(
    10_000,
    'periodNote.resultsTooLong',
  ),
  comment: multiLineText({ typeError: 'periodNote.commentInvalid' }).max(5000, 'periodNote.commentTooLong'),
});
export type PeriodNote = z.infer<typeof periodNoteSchema>;
