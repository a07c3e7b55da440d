import { z } from 'zod';
import { periodTextSchema } from './period.ts';

/** The free text an intervention reports per period: results ("Resultat") and a comment ("Kommentar"). */
export const periodNoteSchema = z.object({
  period: periodTextSchema,
  resultsText: z
    .string({ error: 'periodNote.resultsInvalid' })
    .trim()
    .max(10_000, 'periodNote.resultsTooLong'),
  comment: z.string({ error: 'periodNote.commentInvalid' }).trim().max(5000, 'periodNote.commentTooLong'),
});
export type PeriodNote = z.infer<typeof periodNoteSchema>;
