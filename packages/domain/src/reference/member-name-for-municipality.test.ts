import { describe, expect, it } from 'vitest';
import { counties } from './counties.ts';
import { hasRegionalTasks, memberNameForMunicipality } from './member-name-for-municipality.ts';
import { municipalities } from './municipalities.ts';
import { regionMemberForCounty } from './region-member-for-county.ts';

describe('memberNameForMunicipality', () => {
  it('gives the name a municipality uses as a member', () => {
    expect(memberNameForMunicipality('2180')).toBe('Gävle kommun');
    expect(memberNameForMunicipality('2181')).toBe('Sandvikens kommun');
    expect(memberNameForMunicipality('0114')).toBe('Upplands Väsby kommun');
    expect(memberNameForMunicipality('1481')).toBe('Mölndals stad');
    expect(memberNameForMunicipality('0180')).toBe('Stockholms stad');
    expect(memberNameForMunicipality('1480')).toBe('Göteborgs Stad');
    expect(memberNameForMunicipality('2080')).toBe('Falu kommun');
  });

  it('matches the member names in the Gävleborg and Härnösand-Timrå seeds', () => {
    expect(
      ['2101', '2104', '2121', '2132', '2161', '2180', '2181', '2182', '2183', '2184', '2280', '2262'].map(
        memberNameForMunicipality,
      ),
    ).toEqual([
      'Ockelbo kommun',
      'Hofors kommun',
      'Ovanåkers kommun',
      'Nordanstigs kommun',
      'Ljusdals kommun',
      'Gävle kommun',
      'Sandvikens kommun',
      'Söderhamns kommun',
      'Bollnäs kommun',
      'Hudiksvalls kommun',
      'Härnösands kommun',
      'Timrå kommun',
    ]);
  });

  it('throws NOT_FOUND for a code no municipality has', () => {
    expect(() => memberNameForMunicipality('9999')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('regionMemberForCounty', () => {
  it('gives the name a region uses as a member', () => {
    expect(regionMemberForCounty('21')).toBe('Region Gävleborg');
    expect(regionMemberForCounty('22')).toBe('Region Västernorrland');
    expect(regionMemberForCounty('14')).toBe('Västra Götalandsregionen');
  });

  it('throws NOT_FOUND for a code no county has', () => {
    expect(() => regionMemberForCounty('02')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('hasRegionalTasks', () => {
  it('is true only for Gotland, whose municipality is also the region', () => {
    expect(
      municipalities.filter((municipality) => hasRegionalTasks(municipality.code)).map((m) => m.code),
    ).toEqual(['0980']);
    expect(memberNameForMunicipality('0980')).toBe(regionMemberForCounty('09'));
  });

  it('is true exactly for a municipality whose member name is the name of its region', () => {
    for (const municipality of municipalities) {
      const sharesName = municipality.memberName === regionMemberForCounty(municipality.countyCode);
      expect(sharesName, municipality.name).toBe(hasRegionalTasks(municipality.code));
    }
    expect(counties.filter((county) => county.regionName.includes('Gotland'))).toHaveLength(1);
  });
});
