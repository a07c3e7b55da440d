import { describe, expect, it } from 'vitest';
import { searchTenants } from './tenant-search.ts';

const tenants = ['Förbund 10', 'Förbund 2', 'Östra förbundet', 'Förbund 1', 'Ale förbund'].map(
  (name, index) => ({
    name,
    slug: `f${index}`,
  }),
);

describe('searchTenants', () => {
  it('lists every förbund naturally sorted in Swedish order when nothing is searched', () => {
    expect(searchTenants(tenants, ' ').map((t) => t.name)).toEqual([
      'Ale förbund',
      'Förbund 1',
      'Förbund 2',
      'Förbund 10',
      'Östra förbundet',
    ]);
  });

  it('finds by part of the name in any case, or by slug', () => {
    expect(searchTenants(tenants, 'ÖSTRA').map((t) => t.name)).toEqual(['Östra förbundet']);
    expect(searchTenants(tenants, 'f4').map((t) => t.name)).toEqual(['Ale förbund']);
    expect(searchTenants(tenants, 'saknas')).toEqual([]);
  });
});
