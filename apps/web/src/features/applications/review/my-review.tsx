import { conflictOfInterestSchema, reviewSchema } from '@samsyn/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { amountToText } from '../../../components/form/amount-text.ts';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { MoneyField } from '../../../components/form/money-input.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { ErrorNotice, Notice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { MyReviewActions } from './my-review-actions.tsx';
import type { ReviewRow, ReviewsData } from './review-shared.ts';

/**
 * The caller's own part of the review: first only "Jäv" (none, or jäv with a reason); ONLY after
 * declaring none the recommendation form; with jäv the sentence that they cannot recommend.
 */
export function MyReview({ data }: { data: ReviewsData }) {
  const { t } = useTranslation();
  const mine = data.reviews.find((review) => review.isMine) ?? null;
  const [notice, setNotice] = useState<Message | null>(null);
  // The form or button that was used is rebuilt after each change: the focus goes to the heading
  // of the reviewer's own part instead of being lost, and the notice says what happened.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [isFocusPending, setIsFocusPending] = useState(false);
  useEffect(() => {
    if (!isFocusPending || !headingRef.current) return;
    headingRef.current.focus();
    setIsFocusPending(false);
  });
  const announce = (message: Message) => {
    setNotice(message);
    setIsFocusPending(true);
  };
  if (!mine)
    return data.isOpen ? (
      <>
        <Notice message={notice} />
        <ConflictForm applicationId={data.applicationId} onDeclared={announce} />
      </>
    ) : (
      <p>{t('applicationReview.reviews.closed')}</p>
    );
  return (
    <section aria-labelledby="my-review-heading">
      <h3 id="my-review-heading" ref={headingRef} tabIndex={-1}>
        {t('applicationReview.reviews.myReview')}
      </h3>
      <Notice message={notice} />
      {mine.hasConflict ? (
        <>
          <p className="notice notice--info">{t('applicationReview.reviews.conflictDeclared')}</p>
          <p>{t('applicationReview.reviews.conflictReasonShown', { reason: mine.conflictReason })}</p>
        </>
      ) : (
        <RecommendationForm
          key={mine.version}
          review={mine}
          criteria={data.criteria}
          isEditable={data.isOpen && mine.submittedAt === null}
          onSaved={announce}
        />
      )}
      {data.isOpen ? <MyReviewActions review={mine} onDone={announce} /> : null}
    </section>
  );
}

function ConflictForm({
  applicationId,
  onDeclared,
}: {
  applicationId: string;
  onDeclared: (message: Message) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const form = useSchemaForm({
    schema: conflictOfInterestSchema,
    defaultValues: { hasConflict: false, conflictReason: '' },
    labels: {
      hasConflict: t('applicationReview.reviews.conflictHeading'),
      conflictReason: t('applicationReview.reviews.conflictReason'),
    },
  });
  const [choice, setChoice] = useState<'none' | 'conflict' | null>(null);
  const declare = useApiMutation(trpc.applicationReview.reviews.declare.mutationOptions(), {
    invalidates: () => [trpc.applicationReview.reviews.forApplication.queryFilter()],
  });
  const onSubmit = form.submit(async (values) => {
    if (declare.isPending) return;
    await declare.mutateAsync({ tenant: slug, applicationId, ...values });
    onDeclared({ key: 'applicationReview.reviews.declared' });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      heading={t('applicationReview.reviews.conflictHeading')}
      intro={<p>{t('applicationReview.reviews.conflictIntro')}</p>}
    >
      <fieldset>
        <legend className="visually-hidden">{t('applicationReview.reviews.conflictHeading')}</legend>
        <label className="check">
          <input
            type="radio"
            name="conflict-choice"
            checked={choice === 'none'}
            onChange={() => {
              setChoice('none');
              form.setValue('hasConflict', false);
            }}
          />
          <span>{t('applicationReview.reviews.noConflict')}</span>
        </label>
        <label className="check">
          <input
            type="radio"
            name="conflict-choice"
            checked={choice === 'conflict'}
            onChange={() => {
              setChoice('conflict');
              form.setValue('hasConflict', true);
            }}
          />
          <span>{t('applicationReview.reviews.hasConflict')}</span>
        </label>
      </fieldset>
      {choice === 'conflict' ? <TextAreaField form={form} name="conflictReason" rows={3} /> : null}
      {choice === null ? null : (
        <SubmitButton label={t('applicationReview.reviews.declare')} isPending={declare.isPending} />
      )}
    </KitForm>
  );
}

function RecommendationForm({
  review,
  criteria,
  isEditable,
  onSaved,
}: {
  review: ReviewRow;
  criteria: ReviewsData['criteria'];
  isEditable: boolean;
  onSaved: (message: Message) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const active = criteria.filter((criterion) => criterion.active);
  const labels: Record<string, string> = {
    opinion: t('applicationReview.reviews.opinion'),
    recommendation: t('applicationReview.reviews.recommendation'),
    recommendedAmount: t('applicationReview.reviews.amount'),
  };
  active.forEach((criterion, index) => {
    labels[`scores.${index}.score`] = t('applicationReview.reviews.score', {
      name: criterion.name,
      max: criterion.maxScore,
    });
  });
  const form = useSchemaForm({
    schema: reviewSchema,
    defaultValues: {
      opinion: review.opinion,
      recommendation: review.recommendation,
      recommendedAmount: amountToText(review.recommendedAmountOre),
      scores: active.map((criterion) => ({
        criterionId: criterion.id,
        score: String(review.scores.find((row) => row.criterionId === criterion.id)?.score ?? ''),
      })),
    },
    labels,
  });
  const save = useApiMutation(trpc.applicationReview.reviews.save.mutationOptions(), {
    invalidates: () => [trpc.applicationReview.reviews.forApplication.queryFilter()],
  });
  const [error, setError] = useState<Message | null>(null);
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    setError(null);
    await save.mutateAsync({
      tenant: slug,
      reviewId: review.id,
      expectedVersion: review.version,
      ...values,
      recommendedAmount: values.recommendedAmount === null ? '' : form.getValues('recommendedAmount'),
    });
    onSaved({ key: 'applicationReview.reviews.saved' });
  });
  const recommendations = (['grant', 'reject', 'askForMore'] as const).map((value) => ({
    value,
    label: t(`applicationLabels.recommendation.${value}`),
  }));
  return (
    <KitForm form={form} onSubmit={onSubmit} label={t('applicationReview.reviews.myReview')}>
      <fieldset disabled={!isEditable}>
        <legend className="visually-hidden">{t('applicationReview.reviews.myReview')}</legend>
        <TextAreaField form={form} name="opinion" rows={6} />
        <SelectField
          form={form}
          name="recommendation"
          choices={[
            { value: '', label: t('applicationReview.reviews.noRecommendation') },
            ...recommendations,
          ]}
        />
        <MoneyField form={form} name="recommendedAmount" hint={t('applicationReview.reviews.amountHint')} />
        {active.map((criterion, index) => (
          <SelectField
            key={criterion.id}
            form={form}
            name={`scores.${index}.score`}
            hint={criterion.description || undefined}
            choices={[
              { value: '', label: t('applicationReview.reviews.noScore') },
              ...Array.from({ length: criterion.maxScore + 1 }, (_, score) => ({
                value: String(score),
                label: String(score),
              })),
            ]}
          />
        ))}
      </fieldset>
      <ErrorNotice message={error ?? (save.isError ? errorMessageOf(save.error) : null)} />
      {isEditable ? (
        <SubmitButton label={t('applicationReview.reviews.save')} isPending={save.isPending} />
      ) : null}
    </KitForm>
  );
}
