import { z } from 'zod';
import { singleLineText } from '../../text.ts';
import { standardLineCodes } from './standard-lines.ts';

/** A bookkeeping export of a year is a few hundred kB; 5 MB leaves room for a large förbund's. */
export const MAX_SIE_FILE_BYTES = 5 * 1024 * 1024;

const uuidSchema = z.uuid({ error: 'economy.invalidId' });

/** Where an account's figures go: a line of the chart, a standard line created by the import, or nowhere. */
export const sieLineTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('line'), lineId: uuidSchema }),
  z.object({ type: z.literal('standard'), code: z.enum(standardLineCodes) }),
  z.object({ type: z.literal('ignore') }),
]);
export type SieLineTarget = z.infer<typeof sieLineTargetSchema>;

export const sieAccountMappingSchema = z.object({
  account: z.string().regex(/^\d{1,10}$/, { error: 'sie.invalidAccount' }),
  target: sieLineTargetSchema,
});
export type SieAccountMapping = z.infer<typeof sieAccountMappingSchema>;

/** An object of the books (a project, a cost centre) and the intervention it is; null: none. */
export const sieObjectMappingSchema = z.object({
  dimension: z.number().int().min(1).max(9999),
  objectId: singleLineText().min(1).max(100),
  interventionId: uuidSchema.nullable(),
});
export type SieObjectMapping = z.infer<typeof sieObjectMappingSchema>;

/**
 * The import's input, the same for the preview and the commit: the file's bytes (base64; the API
 * decodes them from PC8/CP437, which a browser cannot), and the office's choices, which override
 * the mappings remembered from earlier imports.
 */
export const sieImportInputSchema = z.object({
  fileBase64: z
    .string()
    .min(1, { error: 'sie.emptyFile' })
    .max(Math.ceil(MAX_SIE_FILE_BYTES / 3) * 4, { error: 'sie.fileTooLarge' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'sie.notBase64' }),
  fileName: singleLineText().max(255).optional(),
  mappings: z.array(sieAccountMappingSchema).max(5000).default([]),
  objectMappings: z.array(sieObjectMappingSchema).max(5000).default([]),
});
export type SieImportInput = z.input<typeof sieImportInputSchema>;
