import type { AppRouter } from '@samsyn/api';
import { type AllocationKey, allocationKeys } from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import '../team/admin.css';
import { useTenant } from '../tenant/use-tenant.ts';
import { MembersEditor } from './members-editor.tsx';

type Settings = inferRouterOutputs<AppRouter>['settings']['get'];

const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' });
const monthName = (month: number) => monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
const months = Array.from({ length: 12 }, (_, index) => index + 1);

/** "20", "12,5" or "12.5" → 12.5; null when it is not a number. */
export function parsePercent(text: string): number | null {
  const normalized = text.trim().replace(/\s|%/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}
const formatPercentInput = (value: number) => String(value).replace('.', ',');

/** `/f/:slug/administration/installningar`: the förbund's settings, members and data export. */
export function SettingsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions({ tenant: tenant.slug }));
  const exportHeadingId = useId();
  const headingId = useId();
  // Here, not in the form: the form starts over (remounts) with each saved version.
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <>
      <PageHeading titleParts={[t('administration.settings.title'), tenant.name]}>
        {t('administration.settings.title')}
      </PageHeading>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('administration.settings.generalTitle')}</h2>
        {outcome && outcome !== 'saved' ? (
          <div className="notice notice--error" role="alert">
            <p>{t(outcome.key, outcome.values)}</p>
          </div>
        ) : null}
        <div aria-live="polite">
          {outcome === 'saved' ? (
            <p className="notice" role="status">
              {t('administration.settings.saved')}
            </p>
          ) : null}
        </div>
        {settings.isPending ? (
          <LoadingStatus />
        ) : settings.isError ? (
          <ErrorPanel error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          // Keyed by version: a reload after a conflict starts the form over from the saved values.
          <SettingsForm
            key={settings.data.version}
            slug={tenant.slug}
            saved={settings.data}
            onOutcome={setOutcome}
          />
        )}
      </section>
      <MembersEditor tenant={tenant} />
      <section aria-labelledby={exportHeadingId}>
        <h2 id={exportHeadingId}>{t('administration.export.title')}</h2>
        <p>{t('administration.export.body')}</p>
        <a className="button button--secondary" href={`/api/export/${tenant.slug}`} download>
          {t('administration.export.download')}
        </a>
      </section>
    </>
  );
}

type SettingsField = 'name' | 'equityGoalPercent';
type Outcome = 'saved' | Message | null;

function SettingsForm({
  slug,
  saved,
  onOutcome,
}: {
  slug: string;
  saved: Settings;
  onOutcome: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = {
    name: useId(),
    month: useId(),
    equity: useId(),
    equityHint: useId(),
    share: useId(),
  };
  const [name, setName] = useState(saved.name);
  const [month, setMonth] = useState(saved.fiscalYearStartMonth);
  const [equity, setEquity] = useState(formatPercentInput(saved.equityGoalPercent));
  const [allocationKey, setAllocationKey] = useState<AllocationKey>(saved.allocationKeyDefault);
  const [shareNamed, setShareNamed] = useState(saved.shareNamedFigures);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<SettingsField, MessageKey>>>({});

  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: async (next) => {
        onOutcome('saved');
        queryClient.setQueryData(trpc.settings.get.queryKey({ tenant: slug }), next);
        // The name shows in the header and the förbund pages.
        await queryClient.invalidateQueries(trpc.tenant.get.queryFilter({ tenant: slug }));
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        const next: Partial<Record<SettingsField, MessageKey>> = {};
        if (fields.name) next.name = fields.name;
        if (fields.equityGoalPercent) next.equityGoalPercent = fields.equityGoalPercent;
        setFieldErrors(next);
        onOutcome(Object.keys(next).length > 0 ? null : errorMessageOf(error));
        if (hasErrorCode(error, 'CONFLICT'))
          void queryClient.invalidateQueries(trpc.settings.get.queryFilter());
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    onOutcome(null);
    const errors: Partial<Record<SettingsField, MessageKey>> = {};
    if (name.trim().length < 2) errors.name = 'validation.name.tooShort';
    const percent = parsePercent(equity);
    if (percent === null || percent > 100) errors.equityGoalPercent = 'validation.percent.range';
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || percent === null) return;
    update.mutate({
      tenant: slug,
      name: name.trim(),
      fiscalYearStartMonth: month,
      equityGoalPercent: percent,
      allocationKeyDefault: allocationKey,
      shareNamedFigures: shareNamed,
      expectedVersion: saved.version,
    });
  }

  const errorId = (id: string) => `${id}-error`;
  return (
    <form className="admin-form" noValidate onSubmit={onSubmit}>
      <div className="field">
        <label className="field__label" htmlFor={ids.name}>
          {t('administration.settings.name')}
        </label>
        {fieldErrors.name ? (
          <p className="field__error" id={errorId(ids.name)}>
            {t(fieldErrors.name)}
          </p>
        ) : null}
        <input
          id={ids.name}
          className="field__input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={fieldErrors.name ? true : undefined}
          aria-describedby={fieldErrors.name ? errorId(ids.name) : undefined}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.month}>
          {t('administration.settings.fiscalYearStart')}
        </label>
        <select
          id={ids.month}
          className="field__input"
          value={month}
          onChange={(event) => setMonth(Number(event.target.value))}
        >
          {months.map((option) => (
            <option key={option} value={option}>
              {monthName(option)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.equity}>
          {t('administration.settings.equityGoal')}
        </label>
        <p className="field__hint" id={ids.equityHint}>
          {t('administration.settings.equityGoalHint')}
        </p>
        {fieldErrors.equityGoalPercent ? (
          <p className="field__error" id={errorId(ids.equity)}>
            {t(fieldErrors.equityGoalPercent)}
          </p>
        ) : null}
        <input
          id={ids.equity}
          className="field__input"
          inputMode="decimal"
          value={equity}
          onChange={(event) => setEquity(event.target.value)}
          aria-invalid={fieldErrors.equityGoalPercent ? true : undefined}
          aria-describedby={
            [ids.equityHint, fieldErrors.equityGoalPercent ? errorId(ids.equity) : null]
              .filter(Boolean)
              .join(' ') || undefined
          }
        />
      </div>
      <fieldset>
        <legend>{t('administration.settings.allocationKey')}</legend>
        {allocationKeys.map((key) => (
          <label key={key} className="check">
            <input
              type="radio"
              name="allocationKey"
              value={key}
              checked={allocationKey === key}
              onChange={() => setAllocationKey(key)}
            />
            <span>{t(`administration.settings.allocationKeys.${key}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="check" htmlFor={ids.share}>
        <input
          id={ids.share}
          type="checkbox"
          checked={shareNamed}
          onChange={(event) => setShareNamed(event.target.checked)}
        />
        <span>{t('administration.settings.shareNamedFigures')}</span>
      </label>
      <button type="submit" className="button button--primary" aria-disabled={update.isPending}>
        {update.isPending ? t('administration.common.working') : t('administration.settings.save')}
      </button>
    </form>
  );
}
