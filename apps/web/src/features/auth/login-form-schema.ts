import { loginInputSchema } from '@samsyn/domain';
import { z } from 'zod';

/**
 * The login form: first "fill in" sentences naming what is missing (the domain schema's own
 * sentence for an empty field is the general one), then the domain's login rules. Whether the
 * e-mail looks like one is left to the server's single, generic answer.
 */
export const loginFormSchema = z.object({
  email: z
    .string()
    .refine((value) => value.trim() !== '', 'emailRequired')
    .pipe(loginInputSchema.shape.email),
  password: z.string().min(1, 'passwordRequired').pipe(loginInputSchema.shape.password),
});
