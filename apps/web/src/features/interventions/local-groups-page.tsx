import { kronorTextSchema, localGroupSchema, localGroupYearSchema, validateWith } from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import {
  apiFieldErrors,
  DemoBadge,
  ErrorSummary,
  Field,
  formatCount,
  formatOre,
  InterventionsSubnav,
  type LocalGroupItem,
  useCanEdit,
  useMemberNames,
  useSlug,
  validationKey,
} from './shared.tsx';

/** `/f/:slug/insatser/lokala-grupper`: the local groups with a year's budget, spend, meetings and action plan. */
export function LocalGroupsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const tenant = useTenant();
  const canEdit = useCanEdit();
  const memberNames = useMemberNames();
  const yearId = useId();
  const queryClient = useQueryClient();
  const groups = useQuery(trpc.interventions.localGroups.list.queryOptions({ tenant: slug }));
  const latestYear = Math.max(
    0,
    ...(groups.data ?? []).flatMap((group) => group.years.map((year) => year.year)),
  );
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear ?? (latestYear || new Date().getFullYear());
  const [editing, setEditing] = useState<LocalGroupItem | 'new' | null>(null);
  const [editingYear, setEditingYear] = useState<LocalGroupItem | null>(null);
  const [deleting, setDeleting] = useState<LocalGroupItem | null>(null);
  const [deleteError, setDeleteError] = useState<Message | null>(null);
  const remove = useMutation(
    trpc.interventions.localGroups.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
      },
      onError: (error) => setDeleteError(errorMessageOf(error)),
    }),
  );
  const yearOf = (group: LocalGroupItem) => group.years.find((entry) => entry.year === year);
  const sum = (pick: (group: LocalGroupItem) => number | undefined) =>
    (groups.data ?? []).reduce((total, group) => total + (pick(group) ?? 0), 0);

  return (
    <>
      <PageHeading titleParts={[t('interventions.localGroups.title'), tenant.name]}>
        {t('interventions.localGroups.title')}
      </PageHeading>
      <InterventionsSubnav />
      <p>{t('interventions.localGroups.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={yearId}>
          {t('interventions.localGroups.year')}
        </label>
        <input
          id={yearId}
          className="field__input"
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(event) => setChosenYear(Number(event.target.value) || null)}
        />
      </div>
      {groups.isPending ? (
        <LoadingStatus />
      ) : groups.isError ? (
        <ErrorPanel error={groups.error} onRetry={() => void groups.refetch()} />
      ) : groups.data.length === 0 ? (
        <p className="empty-state">{t('interventions.localGroups.empty')}</p>
      ) : (
        <div className="insatser-table-wrap">
          <table className="insatser-table">
            <caption>{t('interventions.localGroups.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('interventions.localGroups.name')}</th>
                <th scope="col">{t('interventions.localGroups.municipalities')}</th>
                <th scope="col" className="num">
                  {t('interventions.localGroups.population')}
                </th>
                <th scope="col" className="num">
                  {t('interventions.localGroups.budget')}
                </th>
                <th scope="col" className="num">
                  {t('interventions.localGroups.spend')}
                </th>
                <th scope="col" className="num">
                  {t('interventions.localGroups.meetings')}
                </th>
                <th scope="col">{t('interventions.localGroups.actionPlan')}</th>
                <th scope="col">{t('interventions.localGroups.interventions')}</th>
                {canEdit ? <td /> : null}
              </tr>
            </thead>
            <tbody>
              {groups.data.map((group) => {
                const entry = yearOf(group);
                return (
                  <tr key={group.id}>
                    <th scope="row">
                      {group.name}
                      <DemoBadge isShown={entry?.isDemoEstimate ?? false} />
                    </th>
                    <td>{group.municipalityMemberIds.map((id) => memberNames.get(id) ?? '–').join(', ')}</td>
                    <td className="num">{formatCount(group.population)}</td>
                    <td className="num">
                      {entry ? formatOre(entry.budget) : t('interventions.localGroups.noYear')}
                    </td>
                    <td className="num">{entry ? formatOre(entry.spend) : '–'}</td>
                    <td className="num">{formatCount(entry?.meetingsHeld)}</td>
                    <td>
                      {entry
                        ? entry.hasUpdatedActionPlan
                          ? t('interventions.common.yes')
                          : t('interventions.common.no')
                        : '–'}
                    </td>
                    <td>
                      {group.interventions.length === 0
                        ? t('interventions.common.none')
                        : group.interventions.map((intervention, index) => (
                            <span key={intervention.id}>
                              {index > 0 ? ', ' : ''}
                              <Link to={`/f/${slug}/insatser/${intervention.id}`}>{intervention.name}</Link>
                            </span>
                          ))}
                    </td>
                    {canEdit ? (
                      <td>
                        <div className="insatser-actions">
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => setEditingYear(group)}
                          >
                            {t('interventions.localGroups.editYear')}
                            <span className="visually-hidden">: {group.name}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => setEditing(group)}
                          >
                            {t('interventions.common.edit')}
                            <span className="visually-hidden">: {group.name}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => setDeleting(group)}
                          >
                            {t('interventions.common.delete')}
                            <span className="visually-hidden">: {group.name}</span>
                          </button>
                        </div>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('interventions.localGroups.total')}</th>
                <td />
                <td className="num">{formatCount(sum((group) => group.population ?? 0))}</td>
                <td className="num">{formatOre(sum((group) => yearOf(group)?.budget))}</td>
                <td className="num">{formatOre(sum((group) => yearOf(group)?.spend))}</td>
                <td className="num">{formatCount(sum((group) => yearOf(group)?.meetingsHeld))}</td>
                <td />
                <td />
                {canEdit ? <td /> : null}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {canEdit && editing === null ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
            {t('interventions.localGroups.add')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <GroupForm group={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : null}
      {editingYear !== null ? (
        <YearForm
          group={editingYear}
          year={year}
          onDone={() => setEditingYear(null)}
          key={`${editingYear.id}-${year}`}
        />
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('interventions.localGroups.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('interventions.common.delete')}
        isPending={remove.isPending}
        error={deleteError}
        onConfirm={() =>
          deleting && remove.mutate({ tenant: slug, id: deleting.id, expectedVersion: deleting.version })
        }
        onCancel={() => {
          setDeleting(null);
          setDeleteError(null);
        }}
      >
        <p>{t('interventions.localGroups.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}

function useFormErrors() {
  const [errors, setErrors] = useState<Record<string, MessageKey>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fail = (fieldErrors: Record<string, MessageKey>, message: Message | null = null) => {
    setErrors(fieldErrors);
    setFormError(message);
    setAttempt((n) => n + 1);
  };
  const onApiError = (error: unknown) => {
    const fieldErrors = apiFieldErrors(error);
    fail(fieldErrors, Object.keys(fieldErrors).length > 0 ? null : errorMessageOf(error));
  };
  return { errors, formError, attempt, fail, onApiError };
}

function GroupForm({ group, onDone }: { group: LocalGroupItem | null; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const baseId = useId();
  const headingId = useId();
  const fieldId = (path: string) => `${baseId}-${path.split('.')[0]}`;
  const [name, setName] = useState(group?.name ?? '');
  const [population, setPopulation] = useState(
    group?.population === null || !group ? '' : String(group.population),
  );
  const [memberIds, setMemberIds] = useState<string[]>(group?.municipalityMemberIds ?? []);
  const { errors, formError, attempt, fail, onApiError } = useFormErrors();
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
    onDone();
  };
  const create = useMutation(
    trpc.interventions.localGroups.create.mutationOptions({ onSuccess, onError: onApiError }),
  );
  const update = useMutation(
    trpc.interventions.localGroups.update.mutationOptions({ onSuccess, onError: onApiError }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validateWith(localGroupSchema, {
      name,
      municipalityMemberIds: memberIds,
      population: population.trim() === '' ? null : Number(population.trim()),
    });
    if (!checked.ok) {
      const fieldErrors: Record<string, MessageKey> = {};
      for (const problem of checked.problems)
        fieldErrors[problem.path.join('.')] ??= validationKey(problem.key);
      fail(fieldErrors);
      return;
    }
    if (group)
      update.mutate({ tenant: slug, id: group.id, ...checked.value, expectedVersion: group.version });
    else create.mutate({ tenant: slug, ...checked.value });
  }

  return (
    <form className="insatser-panel" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group
          ? t('interventions.localGroups.editTitle', { name: group.name })
          : t('interventions.localGroups.addTitle')}
      </h2>
      <ErrorSummary message={formError} errors={errors} fieldIdOf={fieldId} attempt={attempt} />
      <Field id={fieldId('name')} label={t('interventions.localGroups.name')} error={errors.name}>
        {(describedBy, isInvalid) => (
          <input
            id={fieldId('name')}
            className="field__input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
          />
        )}
      </Field>
      <fieldset className="insatser-checks" id={fieldId('municipalityMemberIds')} tabIndex={-1}>
        <legend>{t('interventions.localGroups.municipalities')}</legend>
        <div className="insatser-checks__list">
          {tenant.members
            .filter((member) => member.kind === 'municipality')
            .map((member) => (
              <div className="insatser-check" key={member.id}>
                <input
                  type="checkbox"
                  id={`${baseId}-m-${member.id}`}
                  checked={memberIds.includes(member.id)}
                  onChange={(event) =>
                    setMemberIds((current) =>
                      event.target.checked
                        ? [...current, member.id]
                        : current.filter((id) => id !== member.id),
                    )
                  }
                />
                <label htmlFor={`${baseId}-m-${member.id}`}>{member.name}</label>
              </div>
            ))}
        </div>
      </fieldset>
      <Field
        id={fieldId('population')}
        label={t('interventions.localGroups.population')}
        error={errors.population}
      >
        {(describedBy, isInvalid) => (
          <input
            id={fieldId('population')}
            className="field__input"
            inputMode="numeric"
            value={population}
            onChange={(event) => setPopulation(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
          />
        )}
      </Field>
      <div className="insatser-actions">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={create.isPending || update.isPending}
        >
          {t('interventions.common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('interventions.common.cancel')}
        </button>
      </div>
    </form>
  );
}

function YearForm({ group, year, onDone }: { group: LocalGroupItem; year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useSlug();
  const queryClient = useQueryClient();
  const baseId = useId();
  const headingId = useId();
  const fieldId = (path: string) => `${baseId}-${path}`;
  const existing = group.years.find((entry) => entry.year === year);
  const [budget, setBudget] = useState(existing ? String(existing.budget / 100).replace('.', ',') : '');
  const [spend, setSpend] = useState(existing ? String(existing.spend / 100).replace('.', ',') : '0');
  const [meetings, setMeetings] = useState(existing ? String(existing.meetingsHeld) : '0');
  const [actionPlan, setActionPlan] = useState(existing?.hasUpdatedActionPlan ?? false);
  const { errors, formError, attempt, fail, onApiError } = useFormErrors();
  const save = useMutation(
    trpc.interventions.localGroups.saveYear.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
        onDone();
      },
      onError: onApiError,
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors: Record<string, MessageKey> = {};
    const amount = (text: string, field: 'budget' | 'spend') => {
      const parsed = kronorTextSchema.safeParse(text);
      if (parsed.success) return parsed.data as number;
      fieldErrors[field] =
        field === 'budget' ? 'validation.localGroup.budgetInvalid' : 'validation.localGroup.spendInvalid';
      return 0;
    };
    const checked = validateWith(localGroupYearSchema, {
      year,
      budget: amount(budget, 'budget'),
      spend: amount(spend, 'spend'),
      meetingsHeld: meetings.trim() === '' ? Number.NaN : Number(meetings.trim()),
      hasUpdatedActionPlan: actionPlan,
    });
    if (!checked.ok)
      for (const problem of checked.problems)
        fieldErrors[problem.path.join('.')] ??= validationKey(problem.key);
    if (!checked.ok || Object.keys(fieldErrors).length > 0) {
      fail(fieldErrors);
      return;
    }
    save.mutate({
      tenant: slug,
      localGroupId: group.id,
      ...checked.value,
      expectedVersion: existing?.version ?? null,
    });
  }

  return (
    <form className="insatser-panel" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interventions.localGroups.yearTitle', { name: group.name, year })}</h2>
      <ErrorSummary message={formError} errors={errors} fieldIdOf={fieldId} attempt={attempt} />
      <Field
        id={fieldId('budget')}
        label={t('interventions.localGroups.budget')}
        hint={t('interventions.detail.amountHint')}
        error={errors.budget}
      >
        {(describedBy, isInvalid) => (
          <input
            id={fieldId('budget')}
            className="field__input"
            inputMode="decimal"
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
          />
        )}
      </Field>
      <Field
        id={fieldId('spend')}
        label={t('interventions.localGroups.spend')}
        hint={t('interventions.detail.amountHint')}
        error={errors.spend}
      >
        {(describedBy, isInvalid) => (
          <input
            id={fieldId('spend')}
            className="field__input"
            inputMode="decimal"
            value={spend}
            onChange={(e) => setSpend(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
          />
        )}
      </Field>
      <Field
        id={fieldId('meetingsHeld')}
        label={t('interventions.localGroups.meetings')}
        error={errors.meetingsHeld}
      >
        {(describedBy, isInvalid) => (
          <input
            id={fieldId('meetingsHeld')}
            className="field__input"
            inputMode="numeric"
            value={meetings}
            onChange={(e) => setMeetings(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
          />
        )}
      </Field>
      <div className="insatser-check">
        <input
          type="checkbox"
          id={fieldId('actionPlan')}
          checked={actionPlan}
          onChange={(e) => setActionPlan(e.target.checked)}
        />
        <label htmlFor={fieldId('actionPlan')}>{t('interventions.localGroups.actionPlan')}</label>
      </div>
      <div className="insatser-actions">
        <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
          {t('interventions.common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('interventions.common.cancel')}
        </button>
      </div>
    </form>
  );
}
