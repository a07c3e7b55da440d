import { compareExact, formatPercent, shareFromPercentDecimal } from '@samsyn/domain';
import { gavleborg2019EquityShare } from '@samsyn/domain/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, outcomeOf, useTestApi } from '../../testing/index.ts';

/** Issue 20: the plan's computed indicators, read from the demo förbund's own data. */
const env = useTestApi();
let gavleborgViewer: Caller;
let gavleborgEditor: Caller;
let htViewer: Caller;

beforeAll(async () => {
  gavleborgViewer = await env.api.callerFor('viewer@gavleborg.demo');
  gavleborgEditor = await env.api.callerFor('editor@gavleborg.demo');
  htViewer = await env.api.callerFor('viewer@harnosand-timra.demo');
});

const preview = (caller: Caller, tenant: string, measure: string, period: string, params: unknown = {}) =>
  // Typed loosely on purpose: the tests also send what the schema must refuse.
  caller.planMeasures.preview({ tenant, measure, params, period } as Parameters<
    Caller['planMeasures']['preview']
  >[0]);

describe('computed indicators on the demo data', () => {
  it("gives Gävleborg's 2019-H1 equity share as 5 776 803 kr of 13 319 500 kr: 43 %, not within 20 %", async () => {
    const result = await preview(gavleborgViewer, 'gavleborg', 'equityShareOfBudgetedRevenue', '2019-H1');
    expect(result).toEqual(gavleborg2019EquityShare);
    if (result.kind !== 'measured') throw new Error('measured');
    expect(formatPercent(result.value)).toBe('43\u00a0%');
    expect(compareExact(result.value, shareFromPercentDecimal('20.00'))).toBe(1);
  });

  it("computes Härnösand-Timrå's egen försörjning (work and studies) from the interventions' 2016 outcomes", async () => {
    const result = await preview(htViewer, 'harnosand-timra', 'participantOutcomeShare', '2016', {
      outcomes: ['work', 'studies'],
    });
    // Etappen: 9 of 28 ended to work or studies; Navigator Timrå: 6 of 17.
    expect(result).toEqual({
      kind: 'measured',
      value: { numerator: 1, denominator: 3 },
      basis: { part: 15, whole: 45, unit: 'count' },
    });
    if (result.kind !== 'measured') throw new Error('measured');
    expect(compareExact(result.value, shareFromPercentDecimal('25.00'))).toBe(1);
  });

  it('fails the MYSAM group with one meeting in the spring of 2019: 9 of 10 groups met twice', async () => {
    const result = await preview(gavleborgViewer, 'gavleborg', 'localGroupsMeetingPerTermShare', '2019-H1', {
      meetingsPerTerm: 2,
    });
    expect(result).toEqual({
      kind: 'measured',
      value: { numerator: 9, denominator: 10 },
      basis: { part: 9, whole: 10, unit: 'count' },
    });
    // The autumn of 2019 is not kept yet: the year cannot be judged.
    expect(await preview(gavleborgViewer, 'gavleborg', 'localGroupsMeetingPerTermShare', '2019')).toEqual({
      kind: 'notMeasured',
      reason: 'termsMissing',
    });
  });

  it('counts a group as meeting once its term is saved with two meetings', async () => {
    const groups = await gavleborgEditor.interventions.localGroups.list({ tenant: 'gavleborg' });
    const nordanstig = groups.find((group) => group.name === 'Mysam Nordanstig');
    const spring = nordanstig?.years
      .find((year) => year.year === 2019)
      ?.terms.find((t) => t.term === 'spring');
    if (!nordanstig || !spring) throw new Error('the demo keeps Nordanstig’s spring 2019');
    expect(spring.meetingsHeld).toBe(1);
    const saved = await gavleborgEditor.interventions.localGroups.saveTerm({
      tenant: 'gavleborg',
      localGroupId: nordanstig.id,
      year: 2019,
      term: 'spring',
      meetingsHeld: 2,
      allPartiesPresent: true,
      expectedVersion: spring.version,
    });
    const year = saved.years.find((entry) => entry.year === 2019);
    expect(year?.meetingsHeld).toBe(2);
    expect(year?.terms).toEqual([
      {
        term: 'spring',
        meetingsHeld: 2,
        allPartiesPresent: true,
        version: spring.version + 1,
        isDemoEstimate: false,
      },
    ]);
    const result = await preview(gavleborgViewer, 'gavleborg', 'localGroupsMeetingPerTermShare', '2019-H1');
    expect(result).toMatchObject({ kind: 'measured', value: { numerator: 1, denominator: 1 } });
  });

  it("shares Gävleborg's interventions meeting their goals in 2019-H1 among those measured", async () => {
    const result = await preview(gavleborgViewer, 'gavleborg', 'interventionsMeetingGoalsShare', '2019-H1');
    // Five interventions have a goal missed or partly met at the half-year (SE coach, ASF, Mysam
    // kommunspecifika medel, Mysam processledare, Trisam struktur); the other three are not judged yet.
    expect(result).toEqual({
      kind: 'measured',
      value: { numerator: 0, denominator: 1 },
      basis: { part: 0, whole: 5, unit: 'count' },
    });
  });

  it('counts the catalogue entries published by the end of the period', async () => {
    const before = await preview(gavleborgViewer, 'gavleborg', 'catalogueEntriesPublished', '2100');
    const published = new Set(
      (await gavleborgEditor.catalogue.listOwn({ tenant: 'gavleborg' })).map((entry) => entry.interventionId),
    );
    const interventions = await gavleborgEditor.interventions.list({
      tenant: 'gavleborg',
      includeArchived: false,
    });
    const intervention = interventions.find((candidate) => !published.has(candidate.id));
    if (!intervention) throw new Error('the demo förbund has an unpublished intervention');
    await gavleborgEditor.catalogue.publish({ tenant: 'gavleborg', interventionId: intervention.id });
    const after = await preview(gavleborgViewer, 'gavleborg', 'catalogueEntriesPublished', '2100');
    if (before.kind !== 'measured' || after.kind !== 'measured')
      throw new Error('a count is always measured');
    expect(after.value.numerator).toBe(before.value.numerator + 1);
    // Published today, so not by the end of 2019.
    const in2019 = await preview(gavleborgViewer, 'gavleborg', 'catalogueEntriesPublished', '2019');
    expect(in2019).toMatchObject({ kind: 'measured', value: { numerator: before.value.numerator } });
  });

  it('refuses bad params beside the field, never a 500', async () => {
    expect(
      await outcomeOf(
        preview(gavleborgViewer, 'gavleborg', 'participantOutcomeShare', '2019-H1', { outcomes: [] }),
      ),
    ).toBe('BAD_REQUEST');
    expect(await outcomeOf(preview(gavleborgViewer, 'gavleborg', 'noSuchMeasure', '2019-H1'))).toBe(
      'BAD_REQUEST',
    );
  });
});

describe('local group terms', () => {
  it('keeps the yearly meetings the sum of the terms: a different yearly figure is refused', async () => {
    const groups = await gavleborgEditor.interventions.localGroups.list({ tenant: 'gavleborg' });
    const gavle = groups.find((group) => group.name === 'Mysam Gävle');
    const year = gavle?.years.find((entry) => entry.year === 2019);
    if (!gavle || !year) throw new Error('the demo keeps Mysam Gävle’s 2019');
    const input = {
      tenant: 'gavleborg',
      localGroupId: gavle.id,
      year: 2019,
      budget: year.budget,
      spend: year.typedSpend,
      hasUpdatedActionPlan: year.hasUpdatedActionPlan,
      expectedVersion: year.version,
    };
    expect(
      await outcomeOf(gavleborgEditor.interventions.localGroups.saveYear({ ...input, meetingsHeld: 7 })),
    ).toBe('BAD_REQUEST');
    const saved = await gavleborgEditor.interventions.localGroups.saveYear({
      ...input,
      meetingsHeld: 5,
      terms: {
        spring: { meetingsHeld: 3, allPartiesPresent: true },
        autumn: { meetingsHeld: 2, allPartiesPresent: false },
      },
    });
    expect(
      saved.years.find((entry) => entry.year === 2019)?.terms.map((t) => [t.term, t.meetingsHeld]),
    ).toEqual([
      ['spring', 3],
      ['autumn', 2],
    ]);
    const [audit] = await env.superuser<{ n: number }[]>`
      select count(*)::int as n from audit_log where action = 'localGroup.saveYear' and entity_id = ${gavle.id}`;
    expect(audit?.n).toBe(1);
  });

  it('refuses a viewer and a stale term version, changing nothing', async () => {
    const groups = await gavleborgEditor.interventions.localGroups.list({ tenant: 'gavleborg' });
    const hofors = groups.find((group) => group.name === 'Mysam Hofors');
    if (!hofors) throw new Error('the demo has Mysam Hofors');
    const input = {
      tenant: 'gavleborg',
      localGroupId: hofors.id,
      year: 2019,
      term: 'spring' as const,
      meetingsHeld: 8,
      allPartiesPresent: true,
    };
    expect(
      await outcomeOf(gavleborgViewer.interventions.localGroups.saveTerm({ ...input, expectedVersion: 1 })),
    ).toBe('FORBIDDEN');
    expect(
      await outcomeOf(gavleborgEditor.interventions.localGroups.saveTerm({ ...input, expectedVersion: 99 })),
    ).toBe('CONFLICT');
    expect(
      await outcomeOf(
        gavleborgEditor.interventions.localGroups.saveTerm({ ...input, expectedVersion: null }),
      ),
    ).toBe('CONFLICT');
    const after = await gavleborgEditor.interventions.localGroups.list({ tenant: 'gavleborg' });
    expect(after.find((group) => group.id === hofors.id)?.years).toEqual(hofors.years);
  });
});
