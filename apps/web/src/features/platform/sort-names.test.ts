import { describe, expect, it } from 'vitest';
import { byName, compareNames } from './sort-names.ts';

describe('byName', () => {
  it('puts å, ä and ö after z, as in a Swedish dictionary', () => {
    expect(
      byName([{ name: 'Östhammar' }, { name: 'Älvkarleby' }, { name: 'Uppsala' }, { name: 'Enköping' }]).map(
        (m) => m.name,
      ),
    ).toEqual(['Enköping', 'Uppsala', 'Älvkarleby', 'Östhammar']);
  });

  it('sorts numbers naturally: 2 before 10', () => {
    const names = ['Förbund 10', 'Förbund 2', 'Förbund 1', 'Förbund 11'];
    expect([...names].sort(compareNames)).toEqual(['Förbund 1', 'Förbund 2', 'Förbund 10', 'Förbund 11']);
  });
});
