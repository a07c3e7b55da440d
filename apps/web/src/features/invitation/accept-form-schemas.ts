import { acceptInvitationInputSchema, newPasswordSchema, updateProfileInputSchema } from '@samsyn/domain';
import { z } from 'zod';

/**
 * A new account: the domain's rules for a name and a new password, plus the repetition only the
 * form has.
 */
export const newAccountFormSchema = z
  .object({
    name: updateProfileInputSchema.shape.name,
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((values) => values.password === values.confirm, {
    path: ['confirm'],
    message: 'password.mismatch',
  });

/** An existing account: its password, asked for by name when it is left empty. */
export const existingAccountFormSchema = z.object({
  password: z.string().min(1, 'passwordRequired').pipe(acceptInvitationInputSchema.shape.password),
});
