import { describe, expect, it } from 'vitest';
import { isValidOrganisationNumber, organisationNumberSchema } from './organisation-number.ts';
import { suggestSlug } from './slug.ts';

describe('organisation numbers', () => {
  it("accepts Samordningsförbund Gävleborg's 222000-3137", () => {
    expect(isValidOrganisationNumber('222000-3137')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidOrganisationNumber('222000-3136')).toBe(false);
  });

  it('rejects other formats', () => {
    for (const value of ['2220003137', '22200-3137', '222000 3137', '']) {
      expect(isValidOrganisationNumber(value)).toBe(false);
    }
  });

  it('normalises ten digits to the hyphenated form', () => {
    expect(organisationNumberSchema.parse(' 2220003137 ')).toBe('222000-3137');
  });

  it('names the problem: format or check digit', () => {
    expect(organisationNumberSchema.safeParse('12-34').error?.issues[0]?.message).toBe('orgNumber.format');
    expect(organisationNumberSchema.safeParse('222000-3136').error?.issues[0]?.message).toBe(
      'orgNumber.checkDigit',
    );
  });
});

describe('suggestSlug', () => {
  it('drops the common prefix and writes å, ä, ö as a and o', () => {
    expect(suggestSlug('Samordningsförbundet Härnösand-Timrå')).toBe('harnosand-timra');
    expect(suggestSlug('Samordningsförbund Gävleborg')).toBe('gavleborg');
    expect(suggestSlug('Samordningsförbundet Insjöriket')).toBe('insjoriket');
  });

  it('keeps a name that is only the prefix', () => {
    expect(suggestSlug('Samordningsförbundet')).toBe('samordningsforbundet');
  });

  it('joins words with single hyphens', () => {
    expect(suggestSlug('Samordningsförbundet  Test & Co')).toBe('test-co');
  });
});
