import { describe, expect, it } from 'vitest';
import {
  computedMeasureDefinitions,
  computedMeasureSelectionSchema,
  computedMeasures,
  parseComputedMeasureParams,
} from './computed-measures.ts';

describe('computed measures', () => {
  it("names the five measures 0020's plan_indicators allows, each with a label key", () => {
    expect(computedMeasures).toEqual([
      'equityShareOfBudgetedRevenue',
      'interventionsMeetingGoalsShare',
      'participantOutcomeShare',
      'localGroupsMeetingPerTermShare',
      'catalogueEntriesPublished',
    ]);
    expect(computedMeasureDefinitions.catalogueEntriesPublished.unit).toBe('count');
    expect(computedMeasureDefinitions.participantOutcomeShare.labelKey).toBe(
      'planMeasures.measures.participantOutcomeShare',
    );
  });

  it('defaults the local groups to two meetings per term', () => {
    expect(parseComputedMeasureParams('localGroupsMeetingPerTermShare', {})).toEqual({
      ok: true,
      value: { meetingsPerTerm: 2, requireAllPartiesPresent: false },
    });
  });

  it("reads HT's egen försörjning as work and studies", () => {
    expect(parseComputedMeasureParams('participantOutcomeShare', { outcomes: ['work', 'studies'] })).toEqual({
      ok: true,
      value: { outcomes: ['work', 'studies'] },
    });
  });

  it('refuses bad params with a key at the field', () => {
    expect(parseComputedMeasureParams('participantOutcomeShare', { outcomes: [] })).toEqual({
      ok: false,
      problems: [{ key: 'planMeasure.outcomesRequired', path: ['params', 'outcomes'] }],
    });
    expect(
      parseComputedMeasureParams('participantOutcomeShare', { outcomes: ['work', 'work'] }),
    ).toMatchObject({
      ok: false,
      problems: [{ key: 'planMeasure.outcomesDuplicate', path: ['params', 'outcomes'] }],
    });
    expect(parseComputedMeasureParams('participantOutcomeShare', { outcomes: ['lottery'] })).toMatchObject({
      ok: false,
      problems: [{ key: 'planMeasure.outcomeUnknown', path: ['params', 'outcomes', 0] }],
    });
    expect(
      parseComputedMeasureParams('localGroupsMeetingPerTermShare', { meetingsPerTerm: 0 }),
    ).toMatchObject({
      ok: false,
      problems: [{ key: 'planMeasure.meetingsPerTermInvalid', path: ['params', 'meetingsPerTerm'] }],
    });
    expect(parseComputedMeasureParams('equityShareOfBudgetedRevenue', { limit: 20 })).toMatchObject({
      ok: false,
      problems: [{ path: ['params'] }],
    });
  });
});

describe('computedMeasureSelectionSchema', () => {
  it('checks the params by the chosen measure', () => {
    expect(
      computedMeasureSelectionSchema.parse({ measure: 'localGroupsMeetingPerTermShare', params: {} }),
    ).toEqual({
      measure: 'localGroupsMeetingPerTermShare',
      params: { meetingsPerTerm: 2, requireAllPartiesPresent: false },
    });
    expect(
      computedMeasureSelectionSchema.safeParse({
        measure: 'participantOutcomeShare',
        params: { outcomes: [] },
      }).error?.issues[0]?.message,
    ).toBe('planMeasure.outcomesRequired');
    expect(
      computedMeasureSelectionSchema.safeParse({ measure: 'equityShareOfBudgetedRevenue', params: true })
        .success,
    ).toBe(false);
    expect(computedMeasureSelectionSchema.safeParse({ measure: 'lottery', params: {} }).success).toBe(false);
  });
});
