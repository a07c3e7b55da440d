import { describe, expect, it } from 'vitest';
import { finsamMembers } from './finsam-members.ts';

describe('finsamMembers', () => {
  it('gives FK, AF, the county’s region and the municipalities by their member names', () => {
    expect(finsamMembers('14', ['1401', '1481'])).toEqual([
      { kind: 'fk', name: 'Försäkringskassan', officialCode: null },
      { kind: 'af', name: 'Arbetsförmedlingen', officialCode: null },
      { kind: 'region', name: 'Västra Götalandsregionen', officialCode: '14' },
      { kind: 'municipality', name: 'Härryda kommun', officialCode: '1401' },
      { kind: 'municipality', name: 'Mölndals stad', officialCode: '1481' },
    ]);
  });

  it('counts Gotland once, as Region Gotland, not also as a municipality', () => {
    expect(finsamMembers('09', ['0980']).map((member) => [member.kind, member.name])).toEqual([
      ['fk', 'Försäkringskassan'],
      ['af', 'Arbetsförmedlingen'],
      ['region', 'Region Gotland'],
    ]);
  });
});
