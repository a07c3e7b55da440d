import { describe, expect, it } from 'vitest';
import { registerSheet } from './register-sheet.ts';
import type { InterventionListItem } from './shared.tsx';

const item = (overrides: Partial<InterventionListItem>) =>
  ({
    id: 'a',
    name: 'Trisam individ',
    kind: 'individual',
    status: 'ongoing',
    leadOrganisation: { type: 'forbund' },
    startDate: '2019-01-01',
    endDate: null,
    archivedAt: null,
    latestBudget: null,
    ...overrides,
  }) as InterventionListItem;

const words = {
  headings: {
    name: 'Insats',
    kind: 'Inriktning',
    status: 'Status',
    lead: 'Huvudman',
    startDate: 'Startdatum',
    endDate: 'Slutdatum',
    budgetYear: 'Budgetår',
    budget: 'Senaste budget (kr)',
    used: 'Förbrukat (%)',
    archived: 'Arkiverad',
  },
  kind: (kind: string) => (kind === 'individual' ? 'Individinriktad' : 'Strukturinriktad'),
  status: (status: string) => (status === 'ongoing' ? 'Pågående' : 'Avslutad'),
  lead: () => 'Samordningsförbundet Gävleborg',
  yes: 'Ja',
};

describe('registerSheet', () => {
  it('writes a heading row and one row per intervention, amounts in kronor as numbers', () => {
    const budget = {
      year: 2019,
      totalBudget: 160_000_000,
      spendToDate: 65_861_400,
      usage: { percentUsed: 41 },
    } as unknown as InterventionListItem['latestBudget'];
    const rows = registerSheet(
      [
        item({ latestBudget: budget }),
        item({ name: 'Mysam', status: 'ended', archivedAt: '2020-01-01T00:00:00Z' }),
      ],
      words,
    );
    expect(rows).toEqual([
      [
        'Insats',
        'Inriktning',
        'Status',
        'Huvudman',
        'Startdatum',
        'Slutdatum',
        'Budgetår',
        'Senaste budget (kr)',
        'Förbrukat (%)',
        'Arkiverad',
      ],
      [
        'Trisam individ',
        'Individinriktad',
        'Pågående',
        'Samordningsförbundet Gävleborg',
        '2019-01-01',
        null,
        2019,
        1_600_000,
        41,
        null,
      ],
      [
        'Mysam',
        'Individinriktad',
        'Avslutad',
        'Samordningsförbundet Gävleborg',
        '2019-01-01',
        null,
        null,
        null,
        null,
        'Ja',
      ],
    ]);
  });
});
