import { describe, expect, it } from 'vitest';
import { counties } from './counties.ts';
import {
  findMunicipality,
  getMunicipality,
  isMunicipalityCode,
  listMunicipalitiesInCounty,
  municipalities,
  municipalityCodeSchema,
} from './municipalities.ts';

/** SCB's number of municipalities per county. */
const officialCounts: Record<string, number> = {
  '01': 26, // Stockholm
  '03': 8, // Uppsala
  '04': 9, // Södermanland
  '05': 13, // Östergötland
  '06': 13, // Jönköping
  '07': 8, // Kronoberg
  '08': 12, // Kalmar
  '09': 1, // Gotland
  '10': 5, // Blekinge
  '12': 33, // Skåne
  '13': 6, // Halland
  '14': 49, // Västra Götaland
  '17': 16, // Värmland
  '18': 12, // Örebro
  '19': 10, // Västmanland
  '20': 15, // Dalarna
  '21': 10, // Gävleborg
  '22': 7, // Västernorrland
  '23': 8, // Jämtland
  '24': 15, // Västerbotten
  '25': 14, // Norrbotten
};

describe('municipalities', () => {
  it('lists the 290 municipalities', () => {
    expect(municipalities).toHaveLength(290);
  });

  it('has per-county counts that add up to 290, one count for each county', () => {
    expect(Object.values(officialCounts).reduce((sum, count) => sum + count, 0)).toBe(290);
    expect(Object.keys(officialCounts).sort()).toEqual(counties.map((county) => county.code));
  });

  it("has SCB's number of municipalities in every county", () => {
    for (const county of counties) {
      expect(listMunicipalitiesInCounty(county.code), county.name).toHaveLength(
        officialCounts[county.code] ?? -1,
      );
    }
  });

  it('has unique four-digit codes, in ascending order', () => {
    const codes = municipalities.map((municipality) => municipality.code);
    for (const code of codes) expect(code).toMatch(/^\d{4}$/);
    expect(new Set(codes).size).toBe(290);
    expect([...codes].sort()).toEqual(codes);
  });

  it('has a county code that is the first two digits of the code and an existing county', () => {
    const countyCodes = new Set<string>(counties.map((county) => county.code));
    for (const municipality of municipalities) {
      expect(municipality.countyCode, municipality.name).toBe(municipality.code.slice(0, 2));
      expect(countyCodes.has(municipality.countyCode), municipality.name).toBe(true);
    }
  });

  it('has unique names and unique member names', () => {
    expect(new Set(municipalities.map((municipality) => municipality.name)).size).toBe(290);
    expect(new Set(municipalities.map((municipality) => municipality.memberName)).size).toBe(290);
  });

  it.each([
    ['0114', 'Upplands Väsby'],
    ['0180', 'Stockholm'],
    ['0330', 'Knivsta'],
    ['0331', 'Heby'],
    ['0380', 'Uppsala'],
    ['0980', 'Gotland'],
    ['1280', 'Malmö'],
    ['1401', 'Härryda'],
    ['1402', 'Partille'],
    ['1480', 'Göteborg'],
    ['1481', 'Mölndal'],
    ['2101', 'Ockelbo'],
    ['2104', 'Hofors'],
    ['2121', 'Ovanåker'],
    ['2132', 'Nordanstig'],
    ['2161', 'Ljusdal'],
    ['2180', 'Gävle'],
    ['2181', 'Sandviken'],
    ['2182', 'Söderhamn'],
    ['2183', 'Bollnäs'],
    ['2184', 'Hudiksvall'],
    ['2262', 'Timrå'],
    ['2280', 'Härnösand'],
    ['2584', 'Kiruna'],
  ])('knows that %s is %s', (code, name) => {
    expect(getMunicipality(code).name).toBe(name);
  });

  it('puts Heby in Uppsala län (since 2007) and Knivsta beside Uppsala', () => {
    expect(getMunicipality('0331').countyCode).toBe('03');
    expect(getMunicipality('0330').countyCode).toBe('03');
    expect(findMunicipality('1917')).toBeUndefined();
  });

  it('calls every municipality "<genitive> kommun" or "<genitive> stad", except Falun, Kalmar and Gotland', () => {
    // Swedish genitive of a place name: no -s after a vowel or s/x/z, else -s ('Sandvikens').
    const genitive = (name: string) => (/[aeiouyåäöszx]$/i.test(name) ? name : `${name}s`);
    for (const municipality of municipalities) {
      if (['2080', '0880', '0980'].includes(municipality.code)) continue;
      expect(municipality.memberName).toMatch(
        new RegExp(`^${genitive(municipality.name)} (kommun|stad|Stad)$`),
      );
    }
    expect(getMunicipality('2080').memberName).toBe('Falu kommun');
    expect(getMunicipality('0880').memberName).toBe('Kalmar kommun');
    expect(getMunicipality('0980').memberName).toBe('Region Gotland');
  });

  it('uses "stad" for exactly the fourteen municipalities that call themselves so', () => {
    const cities = municipalities
      .filter((municipality) => / [sS]tad$/.test(municipality.memberName))
      .map((municipality) => municipality.name);
    expect(cities).toEqual([
      'Stockholm',
      'Sundbyberg',
      'Solna',
      'Lidingö',
      'Vaxholm',
      'Malmö',
      'Landskrona',
      'Helsingborg',
      'Göteborg',
      'Mölndal',
      'Trollhättan',
      'Borås',
      'Västerås',
      'Haparanda',
    ]);
  });

  it('lists a county in code order', () => {
    expect(listMunicipalitiesInCounty('22').map((municipality) => municipality.name)).toEqual([
      'Ånge',
      'Timrå',
      'Härnösand',
      'Sundsvall',
      'Kramfors',
      'Sollefteå',
      'Örnsköldsvik',
    ]);
    expect(listMunicipalitiesInCounty('02')).toEqual([]);
  });

  it('throws NOT_FOUND for a code no municipality has', () => {
    expect(() => getMunicipality('0100')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(findMunicipality('0100')).toBeUndefined();
    expect(isMunicipalityCode('0100')).toBe(false);
    expect(isMunicipalityCode('2180')).toBe(true);
  });
});

describe('municipalityCodeSchema', () => {
  it('accepts every existing code', () => {
    for (const municipality of municipalities) {
      expect(municipalityCodeSchema.parse(municipality.code)).toBe(municipality.code);
    }
  });

  it('rejects well-formed codes that no municipality has, and malformed ones', () => {
    for (const value of ['0100', '1917', '2199', '180', '02180', 'abcd', '', 2180, null]) {
      expect(municipalityCodeSchema.safeParse(value).success, String(value)).toBe(false);
    }
  });
});
