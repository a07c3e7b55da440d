import {
  type CreateInterventionInput,
  createInterventionSchema,
  type InterventionKind,
  type InterventionStatus,
  interventionStatuses,
  type MethodTagId,
  methodTags,
  type ParticipantRegistration,
  participantRegistrations,
  type TargetGroupId,
  targetGroups,
  validateWith,
} from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorPage } from '../../components/error-page.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import {
  apiFieldErrors,
  ErrorSummary,
  Field,
  type InterventionDetail,
  InterventionsSubnav,
  useSlug,
  validationKey,
} from './shared.tsx';

interface FormState {
  name: string;
  kind: InterventionKind;
  purpose: string;
  targetGroupIds: TargetGroupId[];
  targetGroupText: string;
  methodTagIds: MethodTagId[];
  freeTags: string;
  lead: string;
  partnerMemberIds: string[];
  startDate: string;
  endDate: string;
  status: InterventionStatus;
  participantRegistration: ParticipantRegistration;
  localGroupId: string;
}

const emptyForm: FormState = {
  name: '',
  kind: 'individual',
  purpose: '',
  targetGroupIds: [],
  targetGroupText: '',
  methodTagIds: [],
  freeTags: '',
  lead: 'forbund',
  partnerMemberIds: [],
  startDate: '',
  endDate: '',
  status: 'ongoing',
  participantRegistration: 'volume_only',
  localGroupId: '',
};

function formFrom(detail: InterventionDetail): FormState {
  const i = detail.intervention;
  return {
    name: i.name,
    kind: i.kind,
    purpose: i.purpose,
    targetGroupIds: [...i.targetGroupIds],
    targetGroupText: i.targetGroupText,
    methodTagIds: [...i.methodTagIds],
    freeTags: i.freeTags.join(', '),
    lead: i.leadOrganisation.type === 'forbund' ? 'forbund' : i.leadOrganisation.memberId,
    partnerMemberIds: [...i.partnerMemberIds],
    startDate: i.startDate ?? '',
    endDate: i.endDate ?? '',
    status: i.status,
    participantRegistration: i.participantRegistration,
    localGroupId: i.localGroupId ?? '',
  };
}

function inputFrom(form: FormState): CreateInterventionInput {
  return {
    name: form.name,
    kind: form.kind,
    purpose: form.purpose,
    targetGroupIds: form.targetGroupIds,
    targetGroupText: form.targetGroupText,
    methodTagIds: form.methodTagIds,
    freeTags: form.freeTags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    leadOrganisation: form.lead === 'forbund' ? { type: 'forbund' } : { type: 'member', memberId: form.lead },
    partnerMemberIds: form.partnerMemberIds,
    startDate: form.startDate || null,
    endDate: form.endDate || null,
    status: form.status,
    participantRegistration: form.participantRegistration,
    localGroupId: form.localGroupId || null,
  };
}

/** `/f/:slug/insatser/ny` and `/f/:slug/insatser/:id/andra`: register or change an intervention. */
export function InterventionFormPage() {
  const { id } = useParams();
  const trpc = useTRPC();
  const slug = useSlug();
  const detail = useQuery({
    ...trpc.interventions.get.queryOptions({ tenant: slug, id: id ?? '' }),
    enabled: id !== undefined,
  });
  if (id === undefined) return <InterventionForm detail={null} />;
  if (detail.isPending) return <LoadingStatus />;
  if (detail.isError) return <ErrorPage error={detail.error} onRetry={() => void detail.refetch()} />;
  return <InterventionForm detail={detail.data} />;
}

function InterventionForm({ detail }: { detail: InterventionDetail | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const tenant = useTenant();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const baseId = useId();
  const fieldId = (path: string) => `${baseId}-${path.split('.')[0]}`;
  const [form, setForm] = useState<FormState>(detail ? formFrom(detail) : emptyForm);
  const [errors, setErrors] = useState<Record<string, MessageKey>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState(0);
  const localGroups = useQuery(trpc.interventions.localGroups.list.queryOptions({ tenant: slug }));
  const isEdit = detail !== null;
  const hasFigures = (detail?.figures.length ?? 0) > 0;

  const onError = (error: unknown) => {
    const fieldErrors = apiFieldErrors(error);
    setErrors(fieldErrors);
    setFormError(Object.keys(fieldErrors).length > 0 ? null : errorMessageOf(error));
    setAttempt((n) => n + 1);
  };
  const onSaved = async (savedId: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
    navigate(`/f/${slug}/insatser/${savedId}`);
  };
  const create = useMutation(
    trpc.interventions.create.mutationOptions({ onSuccess: (saved) => onSaved(saved.id), onError }),
  );
  const update = useMutation(
    trpc.interventions.update.mutationOptions({ onSuccess: (saved) => onSaved(saved.id), onError }),
  );
  const isPending = create.isPending || update.isPending;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const toggle = <K extends 'targetGroupIds' | 'methodTagIds' | 'partnerMemberIds'>(
    key: K,
    value: FormState[K][number],
    isOn: boolean,
  ) =>
    setForm((current) => ({
      ...current,
      [key]: isOn
        ? [...(current[key] as string[]), value]
        : (current[key] as string[]).filter((item) => item !== value),
    }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const input = inputFrom(form);
    const checked = validateWith(createInterventionSchema, input);
    if (!checked.ok) {
      const fieldErrors: Record<string, MessageKey> = {};
      for (const problem of checked.problems)
        fieldErrors[problem.path.join('.')] ??= validationKey(problem.key);
      setErrors(fieldErrors);
      setFormError(null);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setFormError(null);
    if (detail) {
      const { status: _status, ...fields } = input;
      update.mutate({
        tenant: slug,
        id: detail.intervention.id,
        ...fields,
        expectedVersion: detail.intervention.version,
      });
    } else {
      create.mutate({ tenant: slug, ...input });
    }
  }

  const errorOf = (path: string) =>
    errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
  const title = detail
    ? t('interventions.form.editTitle', { name: detail.intervention.name })
    : t('interventions.form.createTitle');

  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <InterventionsSubnav />
      <form noValidate onSubmit={onSubmit} className="insatser-form">
        <ErrorSummary message={formError} errors={errors} fieldIdOf={fieldId} attempt={attempt} />
        <Field id={fieldId('name')} label={t('interventions.form.name')} error={errorOf('name')}>
          {(describedBy, isInvalid) => (
            <input
              id={fieldId('name')}
              className="field__input"
              value={form.name}
              onChange={(event) => set('name', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            />
          )}
        </Field>

        <fieldset className="insatser-checks" id={fieldId('kind')} tabIndex={-1}>
          <legend>{t('interventions.form.kind')}</legend>
          <p className="field__hint">
            {hasFigures ? t('interventions.form.kindLocked') : t('interventions.form.kindHint')}
          </p>
          {(['individual', 'structural'] as const).map((kind) => (
            <div className="insatser-check" key={kind}>
              <input
                type="radio"
                id={`${fieldId('kind')}-${kind}`}
                name="kind"
                value={kind}
                checked={form.kind === kind}
                disabled={hasFigures}
                onChange={() => set('kind', kind)}
              />
              <label htmlFor={`${fieldId('kind')}-${kind}`}>{t(`interventions.kinds.${kind}`)}</label>
            </div>
          ))}
        </fieldset>

        <Field id={fieldId('purpose')} label={t('interventions.form.purpose')} error={errorOf('purpose')}>
          {(describedBy, isInvalid) => (
            <textarea
              id={fieldId('purpose')}
              className="field__input"
              rows={4}
              value={form.purpose}
              onChange={(event) => set('purpose', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            />
          )}
        </Field>

        <fieldset className="insatser-checks" id={fieldId('targetGroupIds')} tabIndex={-1}>
          <legend>{t('interventions.form.targetGroups')}</legend>
          <div className="insatser-checks__list">
            {targetGroups.map((group) => (
              <div className="insatser-check" key={group.id}>
                <input
                  type="checkbox"
                  id={`${baseId}-tg-${group.id}`}
                  checked={form.targetGroupIds.includes(group.id)}
                  onChange={(event) => toggle('targetGroupIds', group.id, event.target.checked)}
                />
                <label htmlFor={`${baseId}-tg-${group.id}`}>{group.label}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <Field
          id={fieldId('targetGroupText')}
          label={t('interventions.form.targetGroupText')}
          error={errorOf('targetGroupText')}
        >
          {(describedBy, isInvalid) => (
            <input
              id={fieldId('targetGroupText')}
              className="field__input"
              value={form.targetGroupText}
              onChange={(event) => set('targetGroupText', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            />
          )}
        </Field>

        <fieldset className="insatser-checks" id={fieldId('methodTagIds')} tabIndex={-1}>
          <legend>{t('interventions.form.methods')}</legend>
          <div className="insatser-checks__list">
            {methodTags.map((tag) => (
              <div className="insatser-check" key={tag.id}>
                <input
                  type="checkbox"
                  id={`${baseId}-mt-${tag.id}`}
                  checked={form.methodTagIds.includes(tag.id)}
                  onChange={(event) => toggle('methodTagIds', tag.id, event.target.checked)}
                />
                <label htmlFor={`${baseId}-mt-${tag.id}`}>{tag.label}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <Field
          id={fieldId('freeTags')}
          label={t('interventions.form.freeTags')}
          hint={t('interventions.form.freeTagsHint')}
          error={errorOf('freeTags')}
        >
          {(describedBy, isInvalid) => (
            <input
              id={fieldId('freeTags')}
              className="field__input"
              value={form.freeTags}
              onChange={(event) => set('freeTags', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            />
          )}
        </Field>

        <Field
          id={fieldId('leadOrganisation')}
          label={t('interventions.form.lead')}
          error={errorOf('leadOrganisation')}
        >
          {(describedBy, isInvalid) => (
            <select
              id={fieldId('leadOrganisation')}
              className="field__input"
              value={form.lead}
              onChange={(event) => set('lead', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            >
              <option value="forbund">
                {t('interventions.form.leadForbund')} ({tenant.name})
              </option>
              {tenant.members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          )}
        </Field>

        <fieldset className="insatser-checks" id={fieldId('partnerMemberIds')} tabIndex={-1}>
          <legend>{t('interventions.form.partners')}</legend>
          {errorOf('partnerMemberIds') ? (
            <p className="field__error">{t(errorOf('partnerMemberIds') as MessageKey)}</p>
          ) : null}
          <div className="insatser-checks__list">
            {tenant.members.map((member) => (
              <div className="insatser-check" key={member.id}>
                <input
                  type="checkbox"
                  id={`${baseId}-p-${member.id}`}
                  checked={form.partnerMemberIds.includes(member.id)}
                  onChange={(event) => toggle('partnerMemberIds', member.id, event.target.checked)}
                />
                <label htmlFor={`${baseId}-p-${member.id}`}>{member.name}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <Field
          id={fieldId('startDate')}
          label={t('interventions.form.startDate')}
          hint={t('interventions.form.dateHint')}
          error={errorOf('startDate')}
        >
          {(describedBy, isInvalid) => (
            <input
              id={fieldId('startDate')}
              className="field__input"
              type="date"
              value={form.startDate}
              onChange={(event) => set('startDate', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            />
          )}
        </Field>
        <Field
          id={fieldId('endDate')}
          label={t('interventions.form.endDate')}
          hint={t('interventions.form.dateHint')}
          error={errorOf('endDate')}
        >
          {(describedBy, isInvalid) => (
            <input
              id={fieldId('endDate')}
              className="field__input"
              type="date"
              value={form.endDate}
              onChange={(event) => set('endDate', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            />
          )}
        </Field>

        {isEdit ? null : (
          <Field id={fieldId('status')} label={t('interventions.form.status')} error={errorOf('status')}>
            {(describedBy) => (
              <select
                id={fieldId('status')}
                className="field__input"
                value={form.status}
                onChange={(event) => set('status', event.target.value as InterventionStatus)}
                aria-describedby={describedBy}
              >
                {interventionStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`interventions.statuses.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}

        <Field id={fieldId('participantRegistration')} label={t('interventions.form.registration')}>
          {(describedBy) => (
            <select
              id={fieldId('participantRegistration')}
              className="field__input"
              value={form.participantRegistration}
              onChange={(event) =>
                set('participantRegistration', event.target.value as ParticipantRegistration)
              }
              aria-describedby={describedBy}
            >
              {participantRegistrations.map((registration) => (
                <option key={registration} value={registration}>
                  {t(`interventions.registration.${registration}`)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          id={fieldId('localGroupId')}
          label={t('interventions.form.localGroup')}
          error={errorOf('localGroupId')}
        >
          {(describedBy, isInvalid) => (
            <select
              id={fieldId('localGroupId')}
              className="field__input"
              value={form.localGroupId}
              onChange={(event) => set('localGroupId', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            >
              <option value="">{t('interventions.form.noLocalGroup')}</option>
              {(localGroups.data ?? []).map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          )}
        </Field>

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
