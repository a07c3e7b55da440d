import { describe, expect, it } from 'vitest';
import { resultsSummary } from './results-summary.ts';
import type { ResultsReport } from './shared.tsx';

type Row = ResultsReport['rows'][number];
const gender = (women: number, men: number) => ({ total: women + men, women, men, otherUnknown: 0 });

describe('resultsSummary', () => {
  it('lists individual-level interventions first, with participants, goals met and spend', () => {
    const structural = {
      interventionId: 's',
      name: 'Mysam',
      kind: 'structural',
      figures: {
        kind: 'structural',
        staffReached: 100,
        managersReached: 30,
        unspecifiedReached: 0,
        meetingsHeld: 4,
      },
      goals: [],
      spend: null,
      budgetUsage: null,
    } as unknown as Row;
    const individual = {
      interventionId: 'i',
      name: 'Trisam individ',
      kind: 'individual',
      figures: {
        kind: 'individual',
        new: gender(3, 4),
        ongoing: gender(5, 8),
        ended: null,
        outcomes: null,
        ageBandsAtStart: null,
        incomeSourcesAtStart: null,
      },
      goals: [{ followUp: { status: 'met' } }, { followUp: { status: 'not_yet_met' } }],
      spend: 65_861_400,
      budgetUsage: { percentUsed: 41 },
    } as unknown as Row;
    expect(resultsSummary([structural, individual])).toEqual([
      {
        interventionId: 'i',
        name: 'Trisam individ',
        kind: 'individual',
        reached: 20,
        goalsMet: 1,
        goals: 2,
        spend: 65_861_400,
        percentUsed: 41,
      },
      {
        interventionId: 's',
        name: 'Mysam',
        kind: 'structural',
        reached: 130,
        goalsMet: 0,
        goals: 0,
        spend: null,
        percentUsed: null,
      },
    ]);
  });
});
