import { z } from 'zod';
import { secretText, singleLineText } from './text.ts';

/** Emails are compared case-insensitively and without surrounding space. */
const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export const emailSchema = singleLineText()
  .min(3)
  .max(254)
  .email('emailAddress.format')
  .transform(normalizeEmail);

export const loginInputSchema = z.object({
  email: singleLineText().min(1).max(254).transform(normalizeEmail),
  password: secretText().min(1).max(1024),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

/** Passwords: long rather than complex (NIST SP 800-63B). */
export const newPasswordSchema = secretText().min(12, 'password.tooShort').max(1024, 'password.tooLong');
