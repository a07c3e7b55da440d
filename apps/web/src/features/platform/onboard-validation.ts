import { isValidOrganisationNumber } from '@samsyn/domain';
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

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlugWellFormed = (slug: string) =>
  slug.length >= 2 && slug.length <= 63 && slugPattern.test(slug);

/** "2220003137" → "222000-3137"; anything else as typed (trimmed). */
export function normalizeOrgNumber(value: string): string {
  const trimmed = value.trim();
  return /^\d{10}$/.test(trimmed) ? `${trimmed.slice(0, 6)}-${trimmed.slice(6)}` : trimmed;
}

/** The checks the browser can make before asking the server; the server makes them again. */
export function validateOnboarding(values: OnboardValues): OnboardFieldErrors {
  const errors: OnboardFieldErrors = {};
  if (values.name.trim().length < 2) errors.name = 'validation.name.tooShort';
  const orgNumber = normalizeOrgNumber(values.orgNumber);
  if (orgNumber !== '') {
    if (!/^\d{6}-\d{4}$/.test(orgNumber)) errors.orgNumber = 'validation.orgNumber.format';
    else if (!isValidOrganisationNumber(orgNumber)) errors.orgNumber = 'validation.orgNumber.checkDigit';
  }
  if (!isSlugWellFormed(values.slug)) errors.slug = 'validation.slug.format';
  if (values.countyCode === '') errors.countyCode = 'validation.county.required';
  if (values.municipalityCodes.length === 0) errors.municipalityCodes = 'validation.municipalities.none';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.firstAdminEmail.trim()))
    errors.firstAdminEmail = 'validation.email';
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
