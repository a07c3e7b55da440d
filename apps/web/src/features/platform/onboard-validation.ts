import { onboardTenantInputSchema, tenantSlugSchema } from '@samsyn/domain';
import { issueMessageKey } from '../../lib/error-message.ts';
import type { MessageKey } from '../../lib/message-key.ts';

export type OnboardField =
  | 'name'
  | 'orgNumber'
  | 'slug'
  | 'countyCode'
  | 'municipalityCodes'
  | 'firstAdminEmail';
export type OnboardFieldErrors = Partial<Record<OnboardField, MessageKey>>;

export interface OnboardValues {
  name: string;
  orgNumber: string;
  slug: string;
  countyCode: string;
  municipalityCodes: readonly string[];
  firstAdminEmail: string;
}

/** Whether a slug is worth asking the server about (the domain's own rule). */
export const isSlugWellFormed = (slug: string) => tenantSlugSchema.safeParse(slug).success;

/** "2220003137" → "222000-3137"; anything else as typed (trimmed). */
export function normalizeOrgNumber(value: string): string {
  const trimmed = value.trim();
  return /^\d{10}$/.test(trimmed) ? `${trimmed.slice(0, 6)}-${trimmed.slice(6)}` : trimmed;
}

/**
 * The domain's own onboarding schema, run in the browser before asking the server (which runs it
 * again): one problem per field, as the catalogue's key.
 */
export function validateOnboarding(values: OnboardValues): OnboardFieldErrors {
  const parsed = onboardTenantInputSchema.safeParse({
    ...values,
    orgNumber: normalizeOrgNumber(values.orgNumber),
  });
  const errors: OnboardFieldErrors = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = fields.find((candidate) => candidate === issue.path[0]);
    if (field) errors[field] ??= issueMessageKey(issue.message, issue.code);
  }
  return errors;
}

const fields: readonly OnboardField[] = [
  'name',
  'orgNumber',
  'slug',
  'countyCode',
  'municipalityCodes',
  'firstAdminEmail',
];

/** The server's field errors (paths like `municipalityCodes.0`) mapped onto the form's fields. */
export function onboardFieldErrorsFrom(fieldErrors: Record<string, MessageKey>): OnboardFieldErrors {
  const errors: OnboardFieldErrors = {};
  for (const [path, key] of Object.entries(fieldErrors)) {
    const field = fields.find((candidate) => path === candidate || path.startsWith(`${candidate}.`));
    if (field) errors[field] ??= key;
  }
  return errors;
}
