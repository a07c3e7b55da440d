import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { multiLineText, requiredText } from '../text.ts';
import { periodTextSchema } from './period.ts';

const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);

/**
 * Marks a period as registered in FK's Uppföljning Finsam. `expectedVersion` is the version of the
 * period's registration row the editor saw, null when the period has never been registered.
 */
export const registerFinsamPeriodSchema = z.object({
  period: periodTextSchema,
  expectedVersion: version.nullable(),
});
export type RegisterFinsamPeriodInput = z.infer<typeof registerFinsamPeriodSchema>;

/** Takes the mark away again (an admin), with the reason kept in the audit log. */
export const undoFinsamRegistrationSchema = z.object({
  period: periodTextSchema,
  expectedVersion: version,
  reason: requiredText(
    multiLineText,
    1000,
    'finsamRegistration.reasonRequired',
    'finsamRegistration.reasonTooLong',
  ),
});
export type UndoFinsamRegistrationInput = z.infer<typeof undoFinsamRegistrationSchema>;
