import { describe, expect, it } from 'vitest';
import { searchMunicipalities } from './search-municipalities.ts';

const names = (query: string, limit?: number) =>
  searchMunicipalities(query, limit === undefined ? {} : { limit }).map((municipality) => municipality.name);

describe('searchMunicipalities', () => {
  it('finds names by prefix, ignoring case', () => {
    expect(names('gäv')).toEqual(['Gävle']);
    expect(names('GÄVLE')).toEqual(['Gävle']);
    expect(names('mölnd')).toEqual(['Mölndal']);
  });

  it('keeps å, ä and ö apart from a and o, ranking exact-letter matches first', () => {
    // Arboga … Arvika start with "ar"; Åre and Årjäng match only when diacritics are ignored: last.
    expect(names('ar')).toEqual(['Arboga', 'Arjeplog', 'Arvidsjaur', 'Arvika', 'Åre', 'Årjäng']);
    expect(names('år')).toEqual(['Åre', 'Årjäng']);
  });

  it('still finds names typed without diacritics, after the exact ones', () => {
    expect(names('gavle')).toEqual(['Gävle']);
    expect(names('gav')).toEqual(['Gävle']);
    expect(names('harnosand')).toEqual(['Härnösand']);
    expect(names('ornskoldsvik')).toEqual(['Örnsköldsvik']);
    expect(names('harnösand')).toEqual(['Härnösand']);
  });

  it('takes a typed å, ä or ö at its word: it never matches a or o', () => {
    expect(names('år')).toEqual(['Åre', 'Årjäng']);
    expect(names('öre')).toEqual(['Örebro']);
    expect(names('gävleborg')).toEqual([]);
  });

  it('matches a later word of the name, and treats hyphens as spaces', () => {
    expect(names('väsby')).toEqual(['Upplands Väsby']);
    expect(names('upplands')).toEqual(['Upplands Väsby', 'Upplands-Bro']);
    expect(names('upplands bro')).toEqual(['Upplands-Bro']);
    expect(names('sälen')).toEqual(['Malung-Sälen']);
    expect(names('göinge')).toEqual(['Östra Göinge']);
  });

  it('matches the member name too', () => {
    expect(names('falu')).toEqual(['Falun']);
    expect(names('region')).toEqual(['Gotland']);
    expect(names('göteborgs stad')).toEqual(['Göteborg']);
  });

  it('searches codes when the query is digits', () => {
    expect(names('2180')).toEqual(['Gävle']);
    expect(names('21')).toEqual([
      'Ockelbo',
      'Hofors',
      'Ovanåker',
      'Nordanstig',
      'Ljusdal',
      'Gävle',
      'Sandviken',
      'Söderhamn',
      'Bollnäs',
      'Hudiksvall',
    ]);
  });

  it('sorts ties in Swedish order, with Å, Ä and Ö last', () => {
    const all = names('');
    expect(all).toHaveLength(290);
    expect(all[0]).toBe('Ale');
    expect(all.at(-1)).toBe('Övertorneå');
    expect(all.indexOf('Vaxholm')).toBeLessThan(all.indexOf('Åre'));
  });

  it('returns nothing for a query that matches no name, and honours the limit', () => {
    expect(names('xyz')).toEqual([]);
    expect(names('s', 3)).toHaveLength(3);
    expect(names('  gävle  ')).toEqual(['Gävle']);
  });
});
