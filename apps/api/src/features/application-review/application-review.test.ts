import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';

const env = useDemoCallers();
const tenant = 'gavleborg';

/** An application of Gävleborg in the status given, made beneath the API. */
async function application(status: string): Promise<string> {
  const [row] = await env.superuser<{ id: string }[]>`
    insert into applications (tenant_id, title, status, kind)
    values (${env.tenantId}, ${`Granskningsprov ${status}`}, ${status}, 'individual') returning id`;
  if (!row) throw new Error('no application');
  return row.id;
}

async function lastAudit(entityId: string): Promise<{ action: string; entity: string } | undefined> {
  const [row] = await env.superuser<{ action: string; entity: string }[]>`
    select action, entity from audit_log where entity_id = ${entityId} order by id desc limit 1`;
  return row;
}

/** What `lastAudit` reads for `verb` on `entity` (`applicationReview.declare` on `applicationReview`). */
const audit = (entity: string, verb: string) => ({ action: `${entity}.${verb}`, entity });

/** A new active point of the checklist, made by the admin. */
const newPoint = (text: string) =>
  env.admin.applicationReview.checklist.create({ tenant, text, active: true });

/** The admin edits a point of the checklist at `expectedVersion`. */
const updatePoint = (id: string, expectedVersion: number, text: string, active: boolean) =>
  env.admin.applicationReview.checklist.update({ tenant, id, expectedVersion, text, active });

/** The admin deletes a point of the checklist at its version. */
const deletePoint = (point: { id: string; version: number }) =>
  env.admin.applicationReview.checklist.delete({ tenant, id: point.id, expectedVersion: point.version });

/** `caller` starts a review of the application by declaring whether they have jäv, and why. */
const declare = (caller: Caller, applicationId: string, hasConflict: boolean, conflictReason = '') =>
  caller.applicationReview.reviews.declare({ tenant, applicationId, hasConflict, conflictReason });

const review = { opinion: '', recommendation: null, recommendedAmount: '', scores: [] };

type ReviewFields = Partial<
  Omit<
    Parameters<Caller['applicationReview']['reviews']['save']>[0],
    'tenant' | 'reviewId' | 'expectedVersion'
  >
>;

/** `caller` saves the review at `expectedVersion`: an empty one (`review`) but for what a case fills in. */
const saveReview = (caller: Caller, reviewId: string, expectedVersion: number, fields: ReviewFields = {}) =>
  caller.applicationReview.reviews.save({ tenant, reviewId, expectedVersion, ...review, ...fields });

/** `caller` submits the review at `expectedVersion`. */
const submitReview = (caller: Caller, reviewId: string, expectedVersion: number) =>
  caller.applicationReview.reviews.submit({ tenant, reviewId, expectedVersion });

type Answers = Parameters<Caller['applicationReview']['formalCheck']['save']>[0]['answers'];

/** `caller` saves the application's formal check (every answer at once) at `expectedVersion`. */
const saveCheck = (caller: Caller, applicationId: string, expectedVersion: number, answers: Answers) =>
  caller.applicationReview.formalCheck.save({ tenant, applicationId, expectedVersion, answers });

describe('the checklist and the criteria', () => {
  it('lets an admin add, edit and move points, audited; editors and viewers only read', async () => {
    const first = await newPoint('Samverkan mellan parterna framgår');
    const second = await newPoint('Behovet är gemensamt för minst två parter');
    expect(await lastAudit(first.id)).toEqual(audit('applicationChecklistPoint', 'create'));
    expect(
      await outcomeOf(
        env.editor.applicationReview.checklist.create({ tenant, text: 'Editorns punkt', active: true }),
      ),
    ).toBe('FORBIDDEN');
    const moved = await env.admin.applicationReview.checklist.move({
      tenant,
      id: second.id,
      expectedVersion: second.version,
      step: -1,
    });
    const list = await env.viewer.applicationReview.checklist.list({ tenant });
    const ours = list.filter((point) => point.id === first.id || point.id === second.id);
    expect(ours.map((point) => point.id)).toEqual([second.id, first.id]);
    expect(moved.version).toBe(second.version + 1);
    expect(await reasonOf(updatePoint(second.id, second.version, 'Gammal', true))).toBe('conflict.stale');
    const updated = await updatePoint(
      second.id,
      moved.version,
      'Behovet är gemensamt för minst två av parterna',
      true,
    );
    expect(updated.version).toBe(moved.version + 1);
    expect(await lastAudit(second.id)).toEqual(audit('applicationChecklistPoint', 'update'));
  });

  it('refuses an empty point beside its field and a criterion scored above 10', async () => {
    expect(
      await issuesOf(env.admin.applicationReview.checklist.create({ tenant, text: ' ', active: true })),
    ).toEqual({
      text: 'applicationReview.pointTextRequired',
    });
    expect(
      await issuesOf(
        env.admin.applicationReview.criteria.create({
          tenant,
          name: 'Nytta',
          description: '',
          maxScore: 11,
          active: true,
        }),
      ),
    ).toEqual({ maxScore: 'applicationReview.maxScoreInvalid' });
  });

  it('refuses deleting an answered point (deactivate instead) and deletes an unused one', async () => {
    const point = await newPoint('Budget per år');
    const unused = await newPoint('Oanvänd');
    const applicationId = await application('formalCheck');
    const check = await env.viewer.applicationReview.formalCheck.get({ tenant, applicationId });
    await saveCheck(env.editor, applicationId, check.version, [
      { pointId: point.id, answer: 'yes', comment: '' },
    ]);
    expect(await reasonOf(deletePoint(point))).toBe('applicationReview.pointAnswered');
    const deactivated = await updatePoint(point.id, point.version, 'Budget per år', false);
    expect(deactivated.version).toBe(point.version + 1);
    // The application that answered it still shows its answer.
    const after = await env.viewer.applicationReview.formalCheck.get({ tenant, applicationId });
    expect(after.rows.find((row) => row.pointId === point.id)).toMatchObject({
      active: false,
      answer: 'yes',
    });
    await deletePoint(unused);
    expect(await lastAudit(unused.id)).toEqual(audit('applicationChecklistPoint', 'delete'));
    expect(
      (await env.viewer.applicationReview.checklist.list({ tenant })).some((p) => p.id === unused.id),
    ).toBe(false);
  });
});

describe('the formal check', () => {
  it('saves every answer at once carrying the application version, audited; a stale version is CONFLICT', async () => {
    const point = await newPoint('Mål och målgrupp');
    const applicationId = await application('received');
    const check = await env.viewer.applicationReview.formalCheck.get({ tenant, applicationId });
    expect(check.isOpen).toBe(true);
    expect(check.rows.find((row) => row.pointId === point.id)).toMatchObject({ answer: null, comment: '' });
    const saved = await saveCheck(env.editor, applicationId, check.version, [
      { pointId: point.id, answer: 'no', comment: 'Målgruppen saknas' },
    ]);
    expect(saved.version).toBe(check.version + 1);
    const after = await env.viewer.applicationReview.formalCheck.get({ tenant, applicationId });
    expect(after.rows.find((row) => row.pointId === point.id)).toMatchObject({
      answer: 'no',
      comment: 'Målgruppen saknas',
      answeredByName: expect.any(String),
    });
    expect(await lastAudit(applicationId)).toEqual(audit('applicationChecklistAnswer', 'save'));
    expect(
      await reasonOf(
        saveCheck(env.editor, applicationId, check.version, [
          { pointId: point.id, answer: 'yes', comment: '' },
        ]),
      ),
    ).toBe('conflict.stale');
    expect(await outcomeOf(saveCheck(env.viewer, applicationId, saved.version, []))).toBe('FORBIDDEN');
  });

  it('is closed for a draft and refuses a point of another förbund beside its row', async () => {
    const draft = await application('draft');
    const check = await env.viewer.applicationReview.formalCheck.get({ tenant, applicationId: draft });
    expect(await reasonOf(saveCheck(env.editor, draft, check.version, []))).toBe(
      'applicationReview.statusNotOpen',
    );
    const open = await application('underReview');
    const openCheck = await env.viewer.applicationReview.formalCheck.get({ tenant, applicationId: open });
    expect(
      await issuesOf(
        saveCheck(env.editor, open, openCheck.version, [
          { pointId: '00000000-0000-4000-8000-000000000000', answer: 'yes', comment: '' },
        ]),
      ),
    ).toEqual({ 'answers.0.pointId': 'applicationReview.pointInvalid' });
  });

  it("answers NOT_FOUND to another förbund's editor", async () => {
    const applicationId = await application('received');
    expect(
      await outcomeOf(
        env.otherEditor.applicationReview.formalCheck.get({ tenant: 'insjoriket', applicationId }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('reviews', () => {
  let applicationId = '';
  let criterion = { id: '', version: 0 };
  beforeAll(async () => {
    applicationId = await application('underReview');
    criterion = await env.admin.applicationReview.criteria.create({
      tenant,
      name: 'Ökad samverkan',
      description: 'Hur parterna arbetar tillsammans',
      maxScore: 5,
      active: true,
    });
  });

  it('lets a reviewer with jäv neither recommend (the verb) nor sneak one past the table (the check)', async () => {
    const declared = await declare(env.editor, applicationId, true, 'Anställd hos huvudsökande');
    expect(await lastAudit(declared.id)).toEqual(audit('applicationReview', 'declare'));
    expect(
      await reasonOf(
        saveReview(env.editor, declared.id, declared.version, { opinion: 'Bra', recommendation: 'grant' }),
      ),
    ).toBe('applicationReview.conflictCannotRecommend');
    await expect(
      env.superuser`update application_reviews set recommendation = 'grant' where id = ${declared.id}`,
    ).rejects.toThrow(/check/);
    expect(await reasonOf(declare(env.editor, applicationId, false))).toBe(
      'applicationReview.alreadyDeclared',
    );
    expect(await issuesOf(declare(env.admin, applicationId, true, ''))).toEqual({
      conflictReason: 'applicationReview.conflictReasonRequired',
    });
  });

  it('lets a reviewer without jäv write, score, submit and reopen their own review, audited', async () => {
    const declared = await declare(env.admin, applicationId, false);
    expect(
      await issuesOf(
        saveReview(env.admin, declared.id, declared.version, {
          scores: [{ criterionId: criterion.id, score: 6 }],
        }),
      ),
    ).toEqual({ 'scores.0.score': 'applicationReview.scoreAboveMax' });
    expect(await issuesOf(submitReview(env.admin, declared.id, declared.version))).toEqual({
      recommendation: 'applicationReview.recommendationRequired',
    });
    const saved = await saveReview(env.admin, declared.id, declared.version, {
      opinion: 'Ansökan uppfyller kraven.',
      recommendation: 'grant',
      recommendedAmount: '250 000',
      scores: [{ criterionId: criterion.id, score: 4 }],
    });
    expect(await lastAudit(declared.id)).toEqual(audit('applicationReview', 'save'));
    expect(await reasonOf(saveReview(env.admin, declared.id, declared.version))).toBe('conflict.stale');
    const submitted = await submitReview(env.admin, declared.id, saved.version);
    expect(await reasonOf(saveReview(env.admin, declared.id, submitted.version))).toBe(
      'applicationReview.submitted',
    );
    const all = await env.viewer.applicationReview.reviews.forApplication({ tenant, applicationId });
    const mine = all.reviews.find((row) => row.id === declared.id);
    expect(mine).toMatchObject({
      opinion: 'Ansökan uppfyller kraven.',
      recommendation: 'grant',
      recommendedAmountOre: 25_000_000,
      scores: [{ criterionId: criterion.id, score: 4 }],
      isMine: false,
    });
    expect(mine?.submittedAt).not.toBeNull();
    expect(all.summary.recommendations).toEqual({ grant: 1, reject: 0, askForMore: 0 });
    expect(all.summary.conflictCount).toBe(1);
    expect(all.summary.criteria.find((row) => row.criterionId === criterion.id)).toMatchObject({
      count: 1,
      sum: 4,
      mean: 4,
    });
    const reopened = await env.admin.applicationReview.reviews.reopen({
      tenant,
      reviewId: declared.id,
      expectedVersion: submitted.version,
    });
    expect(reopened.version).toBe(submitted.version + 1);
    expect(await lastAudit(declared.id)).toEqual(audit('applicationReview', 'reopen'));
  });

  it("leaves another reviewer's review untouchable: NOT_FOUND for save, submit and delete", async () => {
    const mine = (
      await env.viewer.applicationReview.reviews.forApplication({ tenant, applicationId })
    ).reviews.find((row) => row.reviewerName !== '' && !row.hasConflict);
    if (!mine) throw new Error('no review');
    const edit = { tenant, reviewId: mine.id, expectedVersion: mine.version };
    expect(await outcomeOf(env.editor.applicationReview.reviews.save({ ...edit, ...review }))).toBe(
      'NOT_FOUND',
    );
    expect(await outcomeOf(env.editor.applicationReview.reviews.submit(edit))).toBe('NOT_FOUND');
    expect(await outcomeOf(env.editor.applicationReview.reviews.delete(edit))).toBe('NOT_FOUND');
    expect(await outcomeOf(env.viewer.applicationReview.reviews.delete(edit))).toBe('FORBIDDEN');
    const [row] = await env.superuser<
      { opinion: string }[]
    >`select opinion from application_reviews where id = ${mine.id}`;
    expect(row?.opinion).toBe('Ansökan uppfyller kraven.');
  });

  it('lets a reviewer delete their own review before submission, and refuses reviews once withdrawn', async () => {
    const mine = (
      await env.editor.applicationReview.reviews.forApplication({ tenant, applicationId })
    ).reviews.find((row) => row.isMine);
    if (!mine) throw new Error('no own review');
    await env.editor.applicationReview.reviews.delete({
      tenant,
      reviewId: mine.id,
      expectedVersion: mine.version,
    });
    expect(await lastAudit(mine.id)).toEqual(audit('applicationReview', 'delete'));
    const withdrawn = await application('withdrawn');
    expect(await reasonOf(declare(env.editor, withdrawn, false))).toBe('applicationReview.statusNotOpen');
  });

  it('keeps a submitted review read-only once the board has decided: no reopening', async () => {
    const decided = await application('proposal');
    const declared = await declare(env.admin, decided, false);
    const saved = await saveReview(env.admin, declared.id, declared.version, { recommendation: 'reject' });
    const submitted = await submitReview(env.admin, declared.id, saved.version);
    await env.superuser`
      update applications set status = 'rejected', decided_date = '2026-12-01' where id = ${decided}`;
    const edit = { tenant, reviewId: declared.id, expectedVersion: submitted.version };
    expect(await reasonOf(env.admin.applicationReview.reviews.reopen(edit))).toBe(
      'applicationReview.statusNotOpen',
    );
    expect(await reasonOf(env.admin.applicationReview.reviews.delete(edit))).toBe(
      'applicationReview.submitted',
    );
    const after = await env.viewer.applicationReview.reviews.forApplication({
      tenant,
      applicationId: decided,
    });
    expect(after.isOpen).toBe(false);
    expect(after.reviews[0]?.submittedAt).not.toBeNull();
  });

  it('refuses deleting a scored criterion', async () => {
    const [row] = await env.superuser<{ version: number }[]>`
      select version from application_criteria where id = ${criterion.id}`;
    expect(
      await reasonOf(
        env.admin.applicationReview.criteria.delete({
          tenant,
          id: criterion.id,
          expectedVersion: row?.version ?? 0,
        }),
      ),
    ).toBe('applicationReview.criterionScored');
  });
});
