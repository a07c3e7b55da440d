import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { isLastActiveAdmin, teamExportRows } from './team-rules.ts';

const member = (userId: string, role: 'admin' | 'editor' | 'viewer', isActive = true) => ({
  userId,
  role,
  isActive,
});

describe('isLastActiveAdmin', () => {
  it('is true for the only active admin', () => {
    const only = member('a', 'admin');
    expect(isLastActiveAdmin(only, [only, member('b', 'editor'), member('c', 'admin', false)])).toBe(true);
  });

  it('is false when another admin is active, and for anyone who is not an active admin', () => {
    const first = member('a', 'admin');
    const editor = member('c', 'editor');
    const inactive = member('d', 'admin', false);
    const team = [first, member('b', 'admin'), editor, inactive];
    expect(isLastActiveAdmin(first, team)).toBe(false);
    expect(isLastActiveAdmin(editor, team)).toBe(false);
    expect(isLastActiveAdmin(inactive, [inactive])).toBe(false);
  });
});

describe('teamExportRows', () => {
  it('writes the team in Swedish words with the last activity in Swedish time', () => {
    const t = i18n.t.bind(i18n) as unknown as (key: string) => string;
    expect(
      teamExportRows(
        [
          {
            name: 'Kim Chef',
            email: 'chef@test.se',
            role: 'admin',
            isActive: true,
            lastActiveAt: '2026-12-04T11:12:00Z',
          },
          { name: 'Robin', email: 'r@test.se', role: 'viewer', isActive: false, lastActiveAt: null },
        ],
        t,
      ),
    ).toEqual([
      ['Namn', 'E-postadress', 'Roll', 'Status', 'Senast aktiv'],
      ['Kim Chef', 'chef@test.se', 'Administratör', 'Aktiv', '2026-12-04 12:12'],
      ['Robin', 'r@test.se', 'Läsare', 'Inaktiverad', ''],
    ]);
  });
});
