import { validateParticipantFigures } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import {
  figuresFieldLabels,
  figuresFormSchema,
  figuresFromValues,
  valuesFromFigures,
} from './figures-form-values.ts';

const figures = {
  kind: 'individual' as const,
  new: { total: 7, women: 3, men: 4, otherUnknown: 0 },
  ongoing: { total: 13, women: 5, men: 8, otherUnknown: 0 },
  ended: { total: 11, women: 3, men: 8, otherUnknown: 0 },
  outcomes: {
    work: { total: 6, women: 1, men: 5, otherUnknown: 0 },
    studies: { total: 1, women: 0, men: 1, otherUnknown: 0 },
    jobSeeking: { total: 0, women: 0, men: 0, otherUnknown: 0 },
    otherPlanning: { total: 4, women: 2, men: 2, otherUnknown: 0 },
  },
  ageBandsAtStart: null,
  incomeSourcesAtStart: null,
};

const labels = figuresFieldLabels({
  row: (row) => `rad ${row}`,
  column: (column) => `kolumn ${column}`,
  outcomesCaption: 'Utfall',
  ageBand: (id) => `ålder ${id}`,
  ageBandsLegend: 'Ålder',
  incomeSource: (id) => `försörjning ${id}`,
  incomeSourcesLegend: 'Försörjning',
  structural: (field) => `fält ${field}`,
  resultsText: 'Resultat',
  comment: 'Kommentar',
});

describe('the period figures form', () => {
  it('round-trips saved figures through the form', () => {
    const values = valuesFromFigures(figures);
    expect(values.outcomes.work.men).toBe('5');
    expect(values.hasAgeBands).toBe(false);
    expect(figuresFromValues('individual', values)).toEqual(figures);
  });

  it('counts a blank box as 0 and sends a typo as not-a-number, so the validator names the field', () => {
    const values = valuesFromFigures(null);
    values.hasEnded = false;
    values.hasOutcomes = false;
    values.new = { total: '2', women: '1', men: 'x', otherUnknown: '' };
    const result = validateParticipantFigures(figuresFromValues('individual', values), 'individual');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.path.join('.'), problem.key])).toEqual([
      ['new.men', 'figures.notANumber'],
    ]);
    expect(figuresFromValues('individual', values)).toMatchObject({
      ongoing: { total: 0, women: 0, men: 0, otherUnknown: 0 },
    });
  });

  it('accepts a form left blank but for the new participants', () => {
    const values = valuesFromFigures(null);
    values.new = { total: '8', women: '3', men: '4', otherUnknown: '1' };
    const parsed = figuresFormSchema('individual').safeParse(values);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.figures).toMatchObject({ ended: { total: 0 }, outcomes: { work: { total: 0 } } });
  });

  it('puts every problem of a form typed wrong throughout at a path the summary has a name for', () => {
    const values = valuesFromFigures(null);
    values.hasAgeBands = true;
    values.hasIncomeSources = true;
    const typo = <K extends string>(texts: Record<K, string>) =>
      Object.fromEntries(Object.keys(texts).map((key) => [key, 'x'])) as Record<K, string>;
    values.new = typo(values.new);
    values.ongoing = typo(values.ongoing);
    values.ended = typo(values.ended);
    values.outcomes = Object.fromEntries(
      Object.entries(values.outcomes).map(([id, texts]) => [id, typo(texts)]),
    ) as typeof values.outcomes;
    values.ageBandsAtStart = typo(values.ageBandsAtStart);
    values.incomeSourcesAtStart = typo(values.incomeSourcesAtStart);
    const parsed = figuresFormSchema('individual').safeParse(values);
    const paths = parsed.error?.issues.map((issue) => issue.path.join('.')) ?? [];
    // 4 new + 4 ongoing + 4 ended + 16 outcomes + 7 age bands + 8 income sources.
    expect(paths).toHaveLength(43);
    expect(new Set(paths).size).toBe(43);
    expect(paths.filter((path) => labels[path] === undefined)).toEqual([]);
    expect(labels['ageBandsAtStart.age16to19']).toBe('ålder age16to19');
    expect(labels['new.women']).toBe('rad new, kolumn women');
  });

  it('names each field of a structural intervention and the note', () => {
    const values = valuesFromFigures(null);
    Object.assign(values, {
      staffReached: '1,5',
      managersReached: '-1',
      unspecifiedReached: 'x',
      meetingsHeld: 'y',
    });
    values.comment = 'x'.repeat(5001);
    const parsed = figuresFormSchema('structural').safeParse(values);
    const issues = parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];
    expect(issues).toEqual([
      ['staffReached', 'figures.notAnInteger'],
      ['managersReached', 'figures.negative'],
      ['unspecifiedReached', 'figures.notANumber'],
      ['meetingsHeld', 'figures.notANumber'],
      ['comment', 'periodNote.commentTooLong'],
    ]);
    expect(issues.map(([path]) => labels[path as string])).toEqual([
      'fält staffReached',
      'fält managersReached',
      'fält unspecifiedReached',
      'fält meetingsHeld',
      'Kommentar',
    ]);
  });

  it('hands over the parsed figures and note when the form is complete', () => {
    const values = valuesFromFigures(figures, { resultsText: 'Bra', comment: '' });
    const parsed = figuresFormSchema('individual').safeParse(values);
    expect(parsed.success && parsed.data).toEqual({ figures, resultsText: 'Bra', comment: '' });
  });
});
