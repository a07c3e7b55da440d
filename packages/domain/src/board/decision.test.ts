import { describe, expect, it } from 'vitest';
import { schemaProblems as problemsOf } from '../testing/schema-problems.ts';
import {
  correctionProblem,
  decisionKindNames,
  decisionKinds,
  decisionListSchema,
  decisionSchema,
  normaliseDecisionQuery,
} from './decision.ts';

const adoption = {
  kind: 'plan',
  title: 'Verksamhetsplan och budget 2020–2022',
  text: 'Styrelsen beslutar att fastställa verksamhetsplan och budget 2020–2022.',
};

describe('decisionSchema', () => {
  it('takes a kind, a title and a text, trimmed; no correction unless named', () => {
    expect(decisionSchema.parse({ ...adoption, title: '  Verksamhetsplan 2020 ' })).toEqual({
      ...adoption,
      title: 'Verksamhetsplan 2020',
      correctsDecisionId: null,
    });
  });

  it('refuses an empty title and text, an unknown kind and a correction that is no id, each on its field', () => {
    expect(
      problemsOf(decisionSchema, { kind: 'vote', title: ' ', text: '', correctsDecisionId: 'beslut 3' }),
    ).toEqual([
      'kind:boardDecisions.kindInvalid',
      'title:boardDecisions.titleRequired',
      'text:boardDecisions.textRequired',
      'correctsDecisionId:boardDecisions.correctsInvalid',
    ]);
  });

  it('keeps the title to 500 characters and the text to 20 000', () => {
    expect(
      problemsOf(decisionSchema, { ...adoption, title: 'x'.repeat(501), text: 'y'.repeat(20001) }),
    ).toEqual(['title:boardDecisions.titleTooLong', 'text:boardDecisions.textTooLong']);
  });

  it('names every kind 0024 allows in Swedish', () => {
    expect(decisionKinds).toEqual([
      'plan',
      'budget',
      'report',
      'grant',
      'organisation',
      'delegation',
      'other',
    ]);
    expect(decisionKinds.map((kind) => decisionKindNames[kind])).toEqual([
      'Verksamhetsplan',
      'Budget',
      'Rapport och redovisning',
      'Insats och medel',
      'Organisation',
      'Delegation',
      'Övrigt',
    ]);
  });
});

describe('normaliseDecisionQuery', () => {
  it('trims and folds white space', () => {
    expect(normaliseDecisionQuery('  verksamhetsplanen \t  2020 ')).toBe('verksamhetsplanen 2020');
    expect(normaliseDecisionQuery(undefined)).toBe('');
    expect(normaliseDecisionQuery('   ')).toBe('');
  });

  it('keeps at most 200 characters, never half a surrogate pair', () => {
    expect(normaliseDecisionQuery('å'.repeat(300))).toHaveLength(200);
    const emoji = normaliseDecisionQuery('😀'.repeat(250));
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji).toBe('😀'.repeat(200));
  });

  it('is what the list schema hands the verb, with a page of 50 by default', () => {
    expect(decisionListSchema.parse({ q: '  beslut  om   budget ' })).toEqual({
      q: 'beslut om budget',
      limit: 50,
    });
    expect(decisionListSchema.parse({ year: '2019' })).toMatchObject({ year: 2019 });
    expect(problemsOf(decisionListSchema, { year: 1800, kind: 'x', limit: 201 })).toEqual([
      'year:boardDecisions.yearInvalid',
      'kind:boardDecisions.kindInvalid',
      'limit:boardDecisions.limitInvalid',
    ]);
  });
});

describe('correctionProblem', () => {
  it('lets a later meeting correct an approved decision', () => {
    expect(
      correctionProblem('2020-02-14', { meetingDate: '2019-11-29', meetingStatus: 'approved' }),
    ).toBeNull();
  });

  it('refuses to correct a decision whose minutes are still open, or of the same or a later meeting', () => {
    expect(correctionProblem('2020-02-14', { meetingDate: '2019-11-29', meetingStatus: 'held' })).toBe(
      'boardDecisions.correctsNotApproved',
    );
    expect(correctionProblem('2019-11-29', { meetingDate: '2019-11-29', meetingStatus: 'approved' })).toBe(
      'boardDecisions.correctsNotEarlier',
    );
    expect(correctionProblem('2019-08-23', { meetingDate: '2019-11-29', meetingStatus: 'approved' })).toBe(
      'boardDecisions.correctsNotEarlier',
    );
  });
});
