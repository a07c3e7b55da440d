import { describe, expect, it } from 'vitest';
import { normalizeOrgNumber, onboardFieldErrorsFrom, validateOnboarding } from './onboard-validation.ts';

const valid = {
  name: 'Samordningsförbundet Test',
  orgNumber: '222000-3137',
  slug: 'test',
  countyCode: '03',
  municipalityCodes: ['0380'],
  firstAdminEmail: 'chef@test.se',
};

describe('validateOnboarding', () => {
  it('accepts a complete form', () => {
    expect(validateOnboarding(valid)).toEqual({});
  });

  it('names each missing or malformed field', () => {
    expect(
      validateOnboarding({
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
    expect(validateOnboarding({ ...valid, orgNumber: '' })).toEqual({});
    expect(validateOnboarding({ ...valid, orgNumber: '2220003137' })).toEqual({});
    expect(validateOnboarding({ ...valid, orgNumber: '22200-3137' }).orgNumber).toBe(
      'validation.orgNumber.format',
    );
  });
});

describe('normalizeOrgNumber', () => {
  it('adds the hyphen to ten digits', () => {
    expect(normalizeOrgNumber(' 2220003137 ')).toBe('222000-3137');
  });
});

describe('onboardFieldErrorsFrom', () => {
  it('maps item paths onto their field', () => {
    expect(onboardFieldErrorsFrom({ 'municipalityCodes.1': 'validation.municipality.unknown' })).toEqual({
      municipalityCodes: 'validation.municipality.unknown',
    });
  });
});
