import { interventionStatuses, methodTags, participantRegistrations, targetGroups } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { TextAreaField } from '../../components/form/text-area-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { FinsamFormFields } from './finsam-form-fields.tsx';
import {
  emptyInterventionValues,
  interventionFormSchema,
  interventionValuesOf,
} from './intervention-form-values.ts';
import { InterventionLoadError } from './intervention-not-found.tsx';
import { issuesOnFields } from './issues-under.ts';
import { type InterventionDetail, InterventionsSubnav } from './shared.tsx';

/** `/f/:slug/insatser/ny` and `/f/:slug/insatser/:id/andra`: register or change an intervention. */
export function InterventionFormPage() {
  const { id } = useParams();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const detail = useQuery({
    ...trpc.interventions.get.queryOptions({ tenant: slug, id: id ?? '' }),
    enabled: id !== undefined,
  });
  if (id === undefined) return <InterventionForm detail={null} />;
  if (detail.isPending) return <LoadingStatus />;
  if (detail.isError)
    return <InterventionLoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  return <InterventionForm detail={detail.data} />;
}

function InterventionForm({ detail }: { detail: InterventionDetail | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const navigate = useNavigate();
  const localGroups = useQuery(trpc.interventions.localGroups.list.queryOptions({ tenant: slug }));
  const form = useSchemaForm({
    schema: interventionFormSchema,
    defaultValues: detail ? interventionValuesOf(detail) : emptyInterventionValues,
    labels: {
      name: t('interventions.form.name'),
      kind: t('interventions.form.kind'),
      purpose: t('interventions.form.purpose'),
      targetGroupIds: t('interventions.form.targetGroups'),
      targetGroupText: t('interventions.form.targetGroupText'),
      methodTagIds: t('interventions.form.methods'),
      freeTags: t('interventions.form.freeTags'),
      leadOrganisation: t('interventions.form.lead'),
      partnerMemberIds: t('interventions.form.partners'),
      startDate: t('interventions.form.startDate'),
      endDate: t('interventions.form.endDate'),
      status: t('interventions.form.status'),
      participantRegistration: t('interventions.form.registration'),
      localGroupId: t('interventions.form.localGroup'),
      isEsfFunded: t('interventions.form.esf'),
      followUpMethod: t('interventions.form.followUpMethod'),
      detailedDirection: t('interventions.form.detailedDirection'),
    },
  });
  const invalidates = () => [{ queryKey: trpc.interventions.pathKey() }];
  const create = useApiMutation(trpc.interventions.create.mutationOptions(), { invalidates });
  const update = useApiMutation(trpc.interventions.update.mutationOptions(), { invalidates });
  const isPending = create.isPending || update.isPending;
  const isEdit = detail !== null;
  const hasFigures = (detail?.figures.length ?? 0) > 0;

  const onSubmit = form.submit(async (input) => {
    if (isPending) return;
    try {
      const saved = detail
        ? await update.mutateAsync({
            tenant: slug,
            id: detail.intervention.id,
            ...(({ status: _status, ...fields }) => fields)(input),
            expectedVersion: detail.intervention.version,
          })
        : await create.mutateAsync({ tenant: slug, ...input });
      navigate(`/f/${slug}/insatser/${saved.id}`);
    } catch (error) {
      throw issuesOnFields(error);
    }
  });

  const title = detail
    ? t('interventions.form.editTitle', { name: detail.intervention.name })
    : t('interventions.form.createTitle');
  // The select keeps its saved group while the list loads (an uncontrolled select would drop it).
  const groupOptions =
    localGroups.data ??
    (detail?.intervention.localGroupId
      ? [{ id: detail.intervention.localGroupId, name: detail.localGroupName ?? '' }]
      : []);
  const members = tenant.members.map((member) => ({ value: member.id, label: member.name }));

  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <InterventionsSubnav />
      <FormErrorSummary form={form} />
      <form noValidate onSubmit={onSubmit} className="insatser-form">
        <TextField form={form} name="name" />
        {hasFigures ? (
          // Figures fix the kind: it is shown, not offered (a disabled radio would drop its value).
          <div className="field">
            <p className="field__label">{t('interventions.form.kind')}</p>
            <p>{t(`interventions.kinds.${detail?.intervention.kind ?? 'individual'}`)}</p>
            <p className="field__hint">{t('interventions.form.kindLocked')}</p>
          </div>
        ) : (
          <ChoiceGroup
            form={form}
            name="kind"
            type="radio"
            legend={t('interventions.form.kind')}
            hint={t('interventions.form.kindHint')}
            options={(['individual', 'structural'] as const).map((kind) => ({
              value: kind,
              label: t(`interventions.kinds.${kind}`),
            }))}
          />
        )}
        <TextAreaField form={form} name="purpose" rows={4} />
        <ChoiceGroup
          form={form}
          name="targetGroupIds"
          type="checkbox"
          legend={t('interventions.form.targetGroups')}
          options={targetGroups.map((group) => ({ value: group.id, label: group.label }))}
        />
        <TextField form={form} name="targetGroupText" />
        <ChoiceGroup
          form={form}
          name="methodTagIds"
          type="checkbox"
          legend={t('interventions.form.methods')}
          options={methodTags.map((tag) => ({ value: tag.id, label: tag.label }))}
        />
        <TextField form={form} name="freeTags" hint={t('interventions.form.freeTagsHint')} />
        <SelectField
          form={form}
          name="leadOrganisation"
          choices={[
            { value: 'forbund', label: `${t('interventions.form.leadForbund')} (${tenant.name})` },
            ...members,
          ]}
        />
        <ChoiceGroup
          form={form}
          name="partnerMemberIds"
          type="checkbox"
          legend={t('interventions.form.partners')}
          options={members}
        />
        <TextField form={form} name="startDate" type="date" hint={t('interventions.form.dateHint')} />
        <TextField form={form} name="endDate" type="date" hint={t('interventions.form.dateHint')} />
        {isEdit ? null : (
          <SelectField
            form={form}
            name="status"
            choices={interventionStatuses.map((status) => ({
              value: status,
              label: t(`interventions.statuses.${status}`),
            }))}
          />
        )}
        <SelectField
          form={form}
          name="participantRegistration"
          choices={participantRegistrations.map((registration) => ({
            value: registration,
            label: t(`interventions.registration.${registration}`),
          }))}
        />
        <SelectField
          form={form}
          name="localGroupId"
          choices={[
            { value: '', label: t('interventions.form.noLocalGroup') },
            ...groupOptions.map((group) => ({ value: group.id, label: group.name })),
          ]}
        />
        <FinsamFormFields form={form} detail={detail} />
        <div className="insatser-actions">
          <button type="submit" className="button button--primary" aria-disabled={isPending}>
            {isPending
              ? t('interventions.common.saving')
              : isEdit
                ? t('interventions.form.submitEdit')
                : t('interventions.form.submitCreate')}
          </button>
          <Link
            className="button button--secondary"
            to={detail ? `/f/${slug}/insatser/${detail.intervention.id}` : `/f/${slug}/insatser`}
          >
            {t('interventions.common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
