import type { FieldValues } from 'react-hook-form';
import { z } from 'zod';

/**
 * A form's schema over one of the domain's input schemas: the form's controls hold text ('' for
 * "none"), `toInput` turns them into what the API takes, and the domain schema decides; each of
 * its problems lands on the control of the same path, with the same Swedish sentence the API
 * would answer.
 */
export function domainFormSchema<Values extends FieldValues, Output>(
  schema: z.ZodType<Output>,
  toInput: (values: Values) => unknown,
) {
  return z
    .custom<Values>((value) => typeof value === 'object' && value !== null)
    .transform((values, ctx): Output => {
      const parsed = schema.safeParse(toInput(values));
      if (parsed.success) return parsed.data;
      // A union's branches may each report the same problem; the field shows it once.
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
        const key = `${path.join('.')}:${issue.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ctx.addIssue({ code: 'custom', message: issue.message, path });
      }
      return z.NEVER;
    });
}
