import { describe, expect, it } from 'vitest';
import { groupMembers, type TenantMember } from './member-groups.ts';

const member = (kind: TenantMember['kind'], name: string): TenantMember => ({
  id: name,
  kind,
  name,
  officialCode: null,
  joinedOn: null,
  leftOn: null,
  version: 1,
});

describe('groupMembers', () => {
  it('groups the state, the region and the municipalities in that order', () => {
    const groups = groupMembers([
      member('municipality', 'Gävle kommun'),
      member('region', 'Region Gävleborg'),
      member('af', 'Arbetsförmedlingen'),
      member('fk', 'Försäkringskassan'),
    ]);
    expect(groups.map((group) => [group.id, group.members.map((m) => m.name)])).toEqual([
      ['state', ['Försäkringskassan', 'Arbetsförmedlingen']],
      ['region', ['Region Gävleborg']],
      ['municipality', ['Gävle kommun']],
    ]);
  });

  it('sorts municipalities the Swedish way (Ö after Ä, Å before Ä)', () => {
    const names = groupMembers([
      member('municipality', 'Östhammars kommun'),
      member('municipality', 'Älvkarleby kommun'),
      member('municipality', 'Åre kommun'),
      member('municipality', 'Ockelbo kommun'),
    ])[0]?.members.map((m) => m.name);
    expect(names).toEqual(['Ockelbo kommun', 'Åre kommun', 'Älvkarleby kommun', 'Östhammars kommun']);
  });

  it('leaves out groups without members', () => {
    expect(groupMembers([member('municipality', 'Timrå kommun')]).map((group) => group.id)).toEqual([
      'municipality',
    ]);
    expect(groupMembers([])).toEqual([]);
  });
});
