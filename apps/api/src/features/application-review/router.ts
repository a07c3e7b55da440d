import {
  checklistPointSchema,
  conflictOfInterestSchema,
  criterionSchema,
  formalCheckSchema,
  MAX_INT4,
  reviewSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { admin, createRouter, editor, viewer } from '../../trpc/init.ts';
import { createChecklistPoint, listChecklistPoints, updateChecklistPoint } from './checklist-points.ts';
import { createCriterion, listCriteria, updateCriterion } from './criteria.ts';
import { declareReview } from './declare-review.ts';
import { getFormalCheck } from './get-formal-check.ts';
import { listReviews } from './list-reviews.ts';
import { saveFormalCheck } from './save-formal-check.ts';
import { saveReview } from './save-review.ts';
import { deleteSettingsRow, moveSettingsRow } from './settings-rows.ts';
import { deleteReview, reopenReview, submitReview } from './submit-review.ts';

const id = z.uuid({ error: 'applicationReview.idInvalid' });
const expectedVersion = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);
const edit = z.object({ id, expectedVersion });
const move = edit.extend({
  step: z.union([z.literal(-1), z.literal(1)], { error: 'applicationReview.stepInvalid' }),
});
const ofApplication = z.object({ applicationId: id });
const reviewEdit = z.object({ reviewId: id, expectedVersion });

/**
 * `applicationReview.*` (issue 22, applications for funds): the formal checklist and criteria (admins), the formal check's answers, reviews with their jäv declaration, opinion, recommendation and scores.
 * See ARCHITECTURE.md, "Ansökningar".
 */
export const applicationReviewRouter = createRouter({
  checklist: createRouter({
    list: viewer.query(({ ctx }) => listChecklistPoints(ctx)),
    create: admin.input(checklistPointSchema).mutation(({ ctx, input }) => createChecklistPoint(ctx, input)),
    update: admin
      .input(z.intersection(checklistPointSchema, edit))
      .mutation(({ ctx, input }) => updateChecklistPoint(ctx, input)),
    move: admin.input(move).mutation(({ ctx, input }) => moveSettingsRow(ctx, 'point', input)),
    delete: admin.input(edit).mutation(({ ctx, input }) => deleteSettingsRow(ctx, 'point', input)),
  }),
  criteria: createRouter({
    list: viewer.query(({ ctx }) => listCriteria(ctx)),
    create: admin.input(criterionSchema).mutation(({ ctx, input }) => createCriterion(ctx, input)),
    update: admin
      .input(z.intersection(criterionSchema, edit))
      .mutation(({ ctx, input }) => updateCriterion(ctx, input)),
    move: admin.input(move).mutation(({ ctx, input }) => moveSettingsRow(ctx, 'criterion', input)),
    delete: admin.input(edit).mutation(({ ctx, input }) => deleteSettingsRow(ctx, 'criterion', input)),
  }),
  formalCheck: createRouter({
    get: viewer.input(ofApplication).query(({ ctx, input }) => getFormalCheck(ctx, input)),
    save: editor
      .input(formalCheckSchema.extend({ applicationId: id, expectedVersion }))
      .mutation(({ ctx, input }) => saveFormalCheck(ctx, input)),
  }),
  reviews: createRouter({
    forApplication: viewer.input(ofApplication).query(({ ctx, input }) => listReviews(ctx, input)),
    declare: editor
      .input(z.intersection(conflictOfInterestSchema, ofApplication))
      .mutation(({ ctx, input }) => declareReview(ctx, input)),
    save: editor
      .input(z.intersection(reviewSchema, reviewEdit))
      .mutation(({ ctx, input }) => saveReview(ctx, input)),
    submit: editor.input(reviewEdit).mutation(({ ctx, input }) => submitReview(ctx, input)),
    reopen: editor.input(reviewEdit).mutation(({ ctx, input }) => reopenReview(ctx, input)),
    delete: editor.input(reviewEdit).mutation(({ ctx, input }) => deleteReview(ctx, input)),
  }),
});
