import { type OnboardTenantInput, onboardTenantInputSchema } from '@samsyn/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { FieldProblem, useSchemaForm } from '../../components/form/use-schema-form.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { apiErrorDataOf, hasErrorCode } from '../../lib/api-error.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { OnboardDone } from './onboard-done.tsx';
import { OnboardForm } from './onboard-form.tsx';
import { OnboardReview } from './onboard-review.tsx';
import { MAX_OTHER_MEMBERS } from './other-members.tsx';
import { useSlugCheck } from './use-slug-check.ts';
import '../team/admin.css';

type Step = 'form' | 'review' | 'done';

const emptyValues = {
  name: '',
  orgNumber: '',
  slug: '',
  countyCode: '',
  municipalityCodes: [] as string[],
  firstAdminEmail: '',
  otherMembers: [] as { name: string; kind: 'municipality' | 'region' }[],
};

/**
 * `/plattform/nytt-forbund`: onboards a förbund in two steps (details, then review) and invites
 * its first admin. FK, AF and the county's region are added as members without asking. The form
 * is checked with the domain's onboarding schema, as the API will check it.
 */
export function OnboardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>('form');
  // What the schema made of the form: the review shows it and the API receives it.
  const [reviewed, setReviewed] = useState<OnboardTenantInput | null>(null);
  const [created, setCreated] = useState<{ name: string; email: string; slug: string } | null>(null);
  const form = useSchemaForm({
    schema: onboardTenantInputSchema,
    defaultValues: emptyValues,
    labels: {
      name: t('administration.onboard.name'),
      orgNumber: t('administration.onboard.orgNumber'),
      slug: t('administration.onboard.slug'),
      countyCode: t('administration.onboard.county'),
      municipalityCodes: t('administration.onboard.municipalitiesLabel'),
      firstAdminEmail: t('administration.onboard.adminEmail'),
      otherMembers: t('administration.onboard.otherMembersLegend'),
      // Each member named by hand, by its number, for the error summary.
      ...Object.fromEntries(
        Array.from({ length: MAX_OTHER_MEMBERS }, (_, index) => [
          [`otherMembers.${index}.name`, t('administration.onboard.otherMemberName', { number: index + 1 })],
          [`otherMembers.${index}.kind`, t('administration.onboard.otherMemberKind', { number: index + 1 })],
        ]).flat(),
      ),
    },
  });
  const slugCheck = useSlugCheck(form.watch('slug'));
  const onboard = useApiMutation(trpc.platform.tenants.onboard.mutationOptions(), {
    invalidates: () => [trpc.platform.pathFilter()],
  });

  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current !== step) stepHeadingRef.current?.focus();
    previousStep.current = step;
  }, [step]);

  const onReview = form.submit((values) => {
    if (slugCheck.isTaken) throw new FieldProblem('slug', 'slug.taken');
    setReviewed(values);
    setStep('review');
  });

  const onSubmit = form.submit(async (values) => {
    if (onboard.isPending) return;
    try {
      const result = await onboard.mutateAsync(values);
      setCreated({ name: values.name, email: values.firstAdminEmail, slug: result.slug });
      setStep('done');
    } catch (error) {
      // A problem with a field sends the user back to the form, where the field shows it.
      if (hasErrorCode(error, 'CONFLICT')) {
        setStep('form');
        throw new FieldProblem('slug', 'slug.taken');
      }
      if ((apiErrorDataOf(error)?.issues ?? []).length > 0) setStep('form');
      throw error;
    }
  });

  function restart() {
    form.reset(emptyValues);
    setReviewed(null);
    setCreated(null);
    onboard.reset();
    setStep('form');
  }

  return (
    <>
      <PageHeading titleParts={[t('administration.onboard.title'), t('platform.title')]}>
        {t('administration.onboard.title')}
      </PageHeading>
      {step === 'done' && created ? (
        <OnboardDone created={created} headingRef={stepHeadingRef} onAnother={restart} />
      ) : (
        <>
          <h2 ref={stepHeadingRef} tabIndex={-1}>
            {step === 'form'
              ? t('administration.onboard.stepDetails')
              : t('administration.onboard.stepReview')}
          </h2>
          <FormErrorSummary form={form} />
          {step === 'form' || !reviewed ? (
            <OnboardForm form={form} slugStatus={slugCheck.status} onSubmit={onReview} />
          ) : (
            <OnboardReview
              values={reviewed}
              isPending={onboard.isPending}
              onBack={() => setStep('form')}
              onSubmit={onSubmit}
            />
          )}
        </>
      )}
    </>
  );
}
