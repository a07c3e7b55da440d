import { describe, expect, it } from 'vitest';
import {
  type FilterableIntervention,
  filterInterventions,
  type InterventionFilter,
} from './filter-interventions.ts';

const item = (overrides: Partial<FilterableIntervention> & { name: string }): FilterableIntervention => ({
  id: overrides.name,
  kind: 'individual',
  status: 'ongoing',
  purpose: '',
  targetGroupText: '',
  targetGroupIds: [],
  methodTagIds: [],
  freeTags: [],
  startDate: null,
  latestBudget: null,
  ...overrides,
});
const all: InterventionFilter = { search: '', kind: 'all', status: 'all', method: 'all', sort: 'name' };
const items = [
  item({ name: 'Öppen dörr', kind: 'structural', latestBudget: { totalBudget: 5 } }),
  item({ name: 'Aktiv', methodTagIds: ['ips'], startDate: '2020-01-01', status: 'paused' }),
  item({ name: 'Balder', targetGroupIds: ['young_adults_16_29'], latestBudget: { totalBudget: 9 } }),
];

describe('filterInterventions', () => {
  it('sorts by name in Swedish order, Ö last', () => {
    expect(filterInterventions(items, all).map((i) => i.name)).toEqual(['Aktiv', 'Balder', 'Öppen dörr']);
  });

  it('finds by target group label, case-insensitively', () => {
    expect(filterInterventions(items, { ...all, search: 'unga vuxna' }).map((i) => i.name)).toEqual([
      'Balder',
    ]);
  });

  it('filters by kind, status and method', () => {
    expect(filterInterventions(items, { ...all, kind: 'structural' }).map((i) => i.name)).toEqual([
      'Öppen dörr',
    ]);
    expect(filterInterventions(items, { ...all, status: 'paused' }).map((i) => i.name)).toEqual(['Aktiv']);
    expect(filterInterventions(items, { ...all, method: 'ips' }).map((i) => i.name)).toEqual(['Aktiv']);
  });

  it('sorts by largest budget first, none last', () => {
    expect(filterInterventions(items, { ...all, sort: 'budget' }).map((i) => i.name)).toEqual([
      'Balder',
      'Öppen dörr',
      'Aktiv',
    ]);
  });
});
