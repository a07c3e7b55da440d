import { onboardTenantInputSchema } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { issueMessageKey } from '../../lib/error-message.ts';
import { isSlugWellFormed, slugStatusOf } from './onboard-validation.ts';

const valid = {
  name: 'Samordningsförbundet Test',
  orgNumber: '222000-3137',
  slug: 'test',
  countyCode: '03',
  municipalityCodes: ['0380'],
  firstAdminEmail: 'chef@test.se',
};

/** The form's problems as the kit shows them: the first sentence per field. */
function problems(values: typeof valid): Record<string, string> {
  const parsed = onboardTenantInputSchema.safeParse(values);
  const byField: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? [])
    byField[String(issue.path[0])] ??= issueMessageKey(issue.message, issue.code);
  return byField;
}

describe('the onboarding form, checked with the domain schema', () => {
  it('accepts a complete form', () => {
    expect(problems(valid)).toEqual({});
  });

  it('names each missing or malformed field', () => {
    expect(
      problems({
        name: 'X',
        orgNumber: '222000-3136',
        slug: 'Fel slug',
        countyCode: '',
        municipalityCodes: [],
        firstAdminEmail: 'nej',
      }),
    ).toEqual({
      name: 'validation.name.tooShort',
      orgNumber: 'validation.orgNumber.checkDigit',
      slug: 'validation.slug.format',
      countyCode: 'validation.county.required',
      municipalityCodes: 'validation.municipalities.none',
      firstAdminEmail: 'validation.emailAddress.format',
    });
  });

  it('leaves out an empty organisation number but checks the format of a typed one', () => {
    expect(problems({ ...valid, orgNumber: '' })).toEqual({});
    expect(problems({ ...valid, orgNumber: '2220003137' })).toEqual({});
    expect(problems({ ...valid, orgNumber: '22200-3137' }).orgNumber).toBe('validation.orgNumber.format');
  });

  it('adds the hyphen to ten digits in what it hands on', () => {
    expect(onboardTenantInputSchema.parse({ ...valid, orgNumber: ' 2220003137 ' }).orgNumber).toBe(
      '222000-3137',
    );
  });
});

describe('slugStatusOf', () => {
  const answer = { slug: 'test', isFetching: false, isAvailable: true };
  it('says nothing about a malformed slug', () => {
    expect(isSlugWellFormed('Fel slug')).toBe(false);
    expect(slugStatusOf('Fel slug', answer)).toBeNull();
  });
  it('is checking until the typed slug has been asked about', () => {
    expect(slugStatusOf('testa', answer)).toBe('checking');
    expect(slugStatusOf('test', { ...answer, isFetching: true })).toBe('checking');
  });
  it('gives the server’s answer for the typed slug', () => {
    expect(slugStatusOf('test', answer)).toBe('free');
    expect(slugStatusOf('test', { ...answer, isAvailable: false })).toBe('taken');
  });
});
