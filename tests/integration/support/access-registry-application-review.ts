/**
 * Access rules of `applicationReview.*` (issue 22, applications for funds), spread into the main registry.
 * The victim's rows: support/victim-applications.ts — a checklist point and a criterion (both in
 * use), the application under review with a formal check answer, and a review that belongs to a
 * Gävleborg user. The hostile inputs name them; the harmless ones carry a stale version or an
 * input the schema refuses, so nothing changes.
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;

/** A write carrying a version: version 1 in the hostile input, stale in the harmless one. */
const write = (minRole: 'editor' | 'admin', input: (v: Victim) => Record<string, unknown>): AccessRule => ({
  access: 'tenant',
  minRole,
  input: (v) => ({ ...input(v), expectedVersion: 1 }),
  harmless: (v) => ({ ...input(v), expectedVersion: stale }),
});
const read = (input: (v: Victim) => Record<string, unknown> = () => ({})): AccessRule => ({
  access: 'tenant',
  minRole: 'viewer',
  input,
});

export const applicationReviewAccessRules: Record<string, AccessRule> = {
  'applicationReview.checklist.list': read(),
  'applicationReview.checklist.create': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ text: 'Kapad punkt', active: true }),
    harmless: () => ({ text: '', active: true }),
  },
  'applicationReview.checklist.update': write('admin', (v) => ({
    id: first(v.applicationChecklistPointIds),
    text: 'Kapad punkt',
    active: false,
  })),
  'applicationReview.checklist.move': write('admin', (v) => ({
    id: first(v.applicationChecklistPointIds),
    step: 1,
  })),
  'applicationReview.checklist.delete': write('admin', (v) => ({
    id: first(v.applicationChecklistPointIds),
  })),
  'applicationReview.criteria.list': read(),
  'applicationReview.criteria.create': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ name: 'Kapat kriterium', description: '', maxScore: 5, active: true }),
    harmless: () => ({ name: '', description: '', maxScore: 5, active: true }),
  },
  'applicationReview.criteria.update': write('admin', (v) => ({
    id: first(v.applicationCriterionIds),
    name: 'Kapat kriterium',
    description: '',
    maxScore: 1,
    active: false,
  })),
  'applicationReview.criteria.move': write('admin', (v) => ({
    id: first(v.applicationCriterionIds),
    step: 1,
  })),
  'applicationReview.criteria.delete': write('admin', (v) => ({ id: first(v.applicationCriterionIds) })),
  'applicationReview.formalCheck.get': read((v) => ({ applicationId: first(v.applicationIds) })),
  'applicationReview.formalCheck.save': write('editor', (v) => ({
    applicationId: first(v.applicationIds),
    answers: [{ pointId: first(v.applicationChecklistPointIds), answer: 'no', comment: 'Kapad' }],
  })),
  'applicationReview.reviews.forApplication': read((v) => ({ applicationId: first(v.applicationIds) })),
  'applicationReview.reviews.declare': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ applicationId: first(v.applicationIds), hasConflict: false, conflictReason: '' }),
    // A jäv without its reason: refused by the schema before anything is written.
    harmless: (v) => ({ applicationId: first(v.applicationIds), hasConflict: true, conflictReason: '' }),
  },
  'applicationReview.reviews.save': write('editor', (v) => ({
    reviewId: first(v.applicationReviewIds),
    opinion: 'Kapat yttrande',
    recommendation: 'reject',
    recommendedAmount: '',
    scores: [],
  })),
  'applicationReview.reviews.submit': write('editor', (v) => ({ reviewId: first(v.applicationReviewIds) })),
  'applicationReview.reviews.reopen': write('editor', (v) => ({ reviewId: first(v.applicationReviewIds) })),
  'applicationReview.reviews.delete': write('editor', (v) => ({ reviewId: first(v.applicationReviewIds) })),
};
