import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';

/** The förbund's logo on its reports' title pages: a PNG or a JPEG of at most 1 MB (tenant_logos). */
export const MAX_LOGO_BYTES = 1_048_576;
const MAX_LOGO_BASE64_LENGTH = Math.ceil(MAX_LOGO_BYTES / 3) * 4;

/** The logo's version the admin saw: 0 while there is none. */
const expectedVersion = z.number().int().min(0).max(MAX_INT4);

/**
 * `tenantLogo.save`: the file's bytes as base64. Its type is read from the bytes on the server
 * (`reportOutput.logoTypeRefused` beside the field for anything but PNG and JPEG).
 */
export const tenantLogoSaveInputSchema = z.object({
  expectedVersion,
  dataBase64: z
    .string({ error: 'reportOutput.logoRequired' })
    .min(1, 'reportOutput.logoRequired')
    .max(MAX_LOGO_BASE64_LENGTH, 'reportOutput.logoTooLarge')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'reportOutput.logoUnreadable'),
});
export type TenantLogoSaveInput = z.output<typeof tenantLogoSaveInputSchema>;

export const tenantLogoDeleteInputSchema = z.object({ expectedVersion: expectedVersion.min(1) });
export type TenantLogoDeleteInput = z.output<typeof tenantLogoDeleteInputSchema>;
