import {
  counties,
  findCounty,
  listMunicipalitiesInCounty,
  searchMunicipalities,
  suggestSlug,
} from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type MouseEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePlatformOutbox } from '../team/use-outbox-readable.ts';
import {
  isSlugWellFormed,
  normalizeOrgNumber,
  type OnboardField,
  type OnboardFieldErrors,
  type OnboardValues,
  onboardFieldErrorsFrom,
  validateOnboarding,
} from './onboard-validation.ts';
import '../team/admin.css';

type Step = 'form' | 'review' | 'done';
const fieldOrder: readonly OnboardField[] = [
  'name',
  'orgNumber',
  'slug',
  'countyCode',
  'municipalityCodes',
  'firstAdminEmail',
];

/** The slug after the user has stopped typing for a moment, so availability is asked once. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * `/plattform/nytt-forbund`: onboards a förbund in two steps (details, then review) and invites
 * its first admin. FK, AF and the county's region are added as members without asking.
 */
export function OnboardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState<Step>('form');
  const [values, setValues] = useState<OnboardValues>({
    name: '',
    orgNumber: '',
    slug: '',
    countyCode: '',
    municipalityCodes: [],
    firstAdminEmail: '',
  });
  const [isSlugEdited, setIsSlugEdited] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<OnboardFieldErrors>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [created, setCreated] = useState<{ name: string; email: string; slug: string } | null>(null);

  const debouncedSlug = useDebounced(values.slug, 400);
  const slugCheck = useQuery(
    trpc.platform.tenants.isSlugAvailable.queryOptions(
      { slug: debouncedSlug },
      { enabled: isSlugWellFormed(debouncedSlug), staleTime: 5_000 },
    ),
  );
  const isSlugTaken = slugCheck.data === false && debouncedSlug === values.slug;

  const onboard = useMutation(
    trpc.platform.tenants.onboard.mutationOptions({
      onSuccess: async (result) => {
        setCreated({ name: values.name.trim(), email: values.firstAdminEmail.trim(), slug: result.slug });
        setStep('done');
        await queryClient.invalidateQueries(trpc.platform.pathFilter());
      },
      onError: (error) => {
        const serverErrors = onboardFieldErrorsFrom(fieldErrorsOf(error));
        if (hasErrorCode(error, 'CONFLICT')) serverErrors.slug = 'validation.slug.taken';
        if (Object.keys(serverErrors).length > 0) {
          setFieldErrors(serverErrors);
          setFormError(null);
          setStep('form');
        } else {
          setFormError(errorMessageOf(error));
        }
        setFailedAttempts((count) => count + 1);
      },
    }),
  );

  useEffect(() => {
    if (failedAttempts > 0) summaryRef.current?.focus();
  }, [failedAttempts]);
  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current !== step) stepHeadingRef.current?.focus();
    previousStep.current = step;
  }, [step]);

  function update<K extends keyof OnboardValues>(field: K, value: OnboardValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function onNameChange(name: string) {
    setValues((current) => ({ ...current, name, slug: isSlugEdited ? current.slug : suggestSlug(name) }));
  }

  function onReview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateOnboarding(values);
    if (!errors.slug && isSlugTaken) errors.slug = 'validation.slug.taken';
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) {
      setFailedAttempts((count) => count + 1);
      return;
    }
    setStep('review');
  }

  function onSubmit() {
    if (onboard.isPending) return;
    onboard.mutate({
      name: values.name.trim(),
      orgNumber: normalizeOrgNumber(values.orgNumber),
      slug: values.slug,
      countyCode: values.countyCode,
      municipalityCodes: [...values.municipalityCodes],
      firstAdminEmail: values.firstAdminEmail.trim(),
    });
  }

  function restart() {
    setValues({
      name: '',
      orgNumber: '',
      slug: '',
      countyCode: '',
      municipalityCodes: [],
      firstAdminEmail: '',
    });
    setIsSlugEdited(false);
    setFieldErrors({});
    setCreated(null);
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
          <ErrorSummary ref={summaryRef} fieldErrors={fieldErrors} formError={formError} />
          {step === 'form' ? (
            <OnboardForm
              values={values}
              fieldErrors={fieldErrors}
              slugStatus={
                !isSlugWellFormed(values.slug)
                  ? null
                  : debouncedSlug !== values.slug || slugCheck.isFetching
                    ? 'checking'
                    : slugCheck.data === true
                      ? 'free'
                      : slugCheck.data === false
                        ? 'taken'
                        : null
              }
              onNameChange={onNameChange}
              onSlugChange={(slug) => {
                setIsSlugEdited(true);
                update('slug', slug.trim().toLowerCase());
              }}
              onChange={update}
              onSubmit={onReview}
            />
          ) : (
            <OnboardReview
              values={values}
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

const fieldDomId = (field: OnboardField) => `onboard-${field}`;
const errorDomId = (field: OnboardField) => `onboard-${field}-error`;

function ErrorSummary({
  ref,
  fieldErrors,
  formError,
}: {
  ref: React.Ref<HTMLDivElement>;
  fieldErrors: OnboardFieldErrors;
  formError: Message | null;
}) {
  const { t } = useTranslation();
  const errored = fieldOrder.filter((field) => fieldErrors[field]);
  if (!formError && errored.length === 0) return null;
  function focusField(event: MouseEvent<HTMLAnchorElement>, field: OnboardField) {
    event.preventDefault();
    const element = document.getElementById(fieldDomId(field));
    element?.focus();
  }
  return (
    <div ref={ref} className="notice notice--error" role="alert" tabIndex={-1}>
      <h3 className="notice__title">{t('administration.onboard.errorSummary')}</h3>
      {formError ? <p>{t(formError.key, formError.values)}</p> : null}
      {errored.length > 0 ? (
        <ul className="notice__list">
          {errored.map((field) => (
            <li key={field}>
              <a href={`#${fieldDomId(field)}`} onClick={(event) => focusField(event, field)}>
                {t(fieldErrors[field] ?? 'validation.invalid')}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function FieldError({ field, errors }: { field: OnboardField; errors: OnboardFieldErrors }) {
  const { t } = useTranslation();
  const key = errors[field];
  return key ? (
    <p className="field__error" id={errorDomId(field)}>
      {t(key)}
    </p>
  ) : null;
}

interface OnboardFormProps {
  values: OnboardValues;
  fieldErrors: OnboardFieldErrors;
  slugStatus: 'checking' | 'free' | 'taken' | null;
  onNameChange: (name: string) => void;
  onSlugChange: (slug: string) => void;
  onChange: <K extends keyof OnboardValues>(field: K, value: OnboardValues[K]) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

function OnboardForm({
  values,
  fieldErrors,
  slugStatus,
  onNameChange,
  onSlugChange,
  onChange,
  onSubmit,
}: OnboardFormProps) {
  const { t } = useTranslation();
  const hintIds = { orgNumber: useId(), slug: useId(), slugStatus: useId(), email: useId(), search: useId() };
  const [search, setSearch] = useState('');
  const county = findCounty(values.countyCode);
  const inCounty = county ? listMunicipalitiesInCounty(county.code) : [];
  const inCountyCodes = new Set(inCounty.map((municipality) => municipality.code));
  const shown =
    search.trim() === ''
      ? inCounty
      : searchMunicipalities(search).filter((municipality) => inCountyCodes.has(municipality.code));
  const selected = new Set(values.municipalityCodes);

  const describedBy = (field: OnboardField, ...hints: string[]) =>
    [...hints, fieldErrors[field] ? errorDomId(field) : null].filter(Boolean).join(' ') || undefined;
  const invalid = (field: OnboardField) => (fieldErrors[field] ? true : undefined);

  function toggle(code: string, isChecked: boolean) {
    const next = new Set(values.municipalityCodes);
    if (isChecked) next.add(code);
    else next.delete(code);
    // Kept in SCB's order, whatever order they were ticked in.
    onChange(
      'municipalityCodes',
      inCounty.map((municipality) => municipality.code).filter((candidate) => next.has(candidate)),
    );
  }

  return (
    <form className="admin-form" noValidate onSubmit={onSubmit}>
      <fieldset>
        <legend>{t('administration.onboard.tenantLegend')}</legend>
        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('name')}>
            {t('administration.onboard.name')}
          </label>
          <FieldError field="name" errors={fieldErrors} />
          <input
            id={fieldDomId('name')}
            className="field__input"
            value={values.name}
            autoComplete="organization"
            onChange={(event) => onNameChange(event.target.value)}
            aria-invalid={invalid('name')}
            aria-describedby={describedBy('name')}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('orgNumber')}>
            {t('administration.onboard.orgNumber')}
          </label>
          <p className="field__hint" id={hintIds.orgNumber}>
            {t('administration.onboard.orgNumberHint')}
          </p>
          <FieldError field="orgNumber" errors={fieldErrors} />
          <input
            id={fieldDomId('orgNumber')}
            className="field__input"
            inputMode="numeric"
            value={values.orgNumber}
            onChange={(event) => onChange('orgNumber', event.target.value)}
            aria-invalid={invalid('orgNumber')}
            aria-describedby={describedBy('orgNumber', hintIds.orgNumber)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('slug')}>
            {t('administration.onboard.slug')}
          </label>
          <p className="field__hint" id={hintIds.slug}>
            {t('administration.onboard.slugHint', { slug: values.slug || '…' })}
          </p>
          <FieldError field="slug" errors={fieldErrors} />
          <input
            id={fieldDomId('slug')}
            className="field__input"
            value={values.slug}
            autoCapitalize="none"
            spellCheck={false}
            onChange={(event) => onSlugChange(event.target.value)}
            aria-invalid={invalid('slug')}
            aria-describedby={describedBy('slug', hintIds.slug, hintIds.slugStatus)}
          />
          <p
            id={hintIds.slugStatus}
            className={`field__status${slugStatus === 'free' ? ' field__status--ok' : slugStatus === 'taken' ? ' field__status--bad' : ''}`}
            aria-live="polite"
          >
            {slugStatus === 'checking'
              ? t('administration.onboard.slugChecking')
              : slugStatus === 'free'
                ? t('administration.onboard.slugFree')
                : slugStatus === 'taken'
                  ? t('administration.onboard.slugTaken')
                  : null}
          </p>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('administration.onboard.membersLegend')}</legend>
        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('countyCode')}>
            {t('administration.onboard.county')}
          </label>
          <FieldError field="countyCode" errors={fieldErrors} />
          <select
            id={fieldDomId('countyCode')}
            className="field__input"
            value={values.countyCode}
            onChange={(event) => {
              onChange('countyCode', event.target.value);
              onChange('municipalityCodes', []);
              setSearch('');
            }}
            aria-invalid={invalid('countyCode')}
            aria-describedby={describedBy('countyCode')}
          >
            <option value="">{t('administration.onboard.chooseCounty')}</option>
            {counties.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        {county ? (
          <>
            <p className="notice">
              {t('administration.onboard.defaultMembers', { region: county.regionName })}
            </p>
            <div className="field">
              <label className="field__label" htmlFor={hintIds.search}>
                {t('administration.onboard.searchMunicipality')}
              </label>
              <input
                id={hintIds.search}
                className="field__input"
                type="search"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
            </div>
            <fieldset
              id={fieldDomId('municipalityCodes')}
              tabIndex={-1}
              aria-describedby={describedBy('municipalityCodes')}
            >
              <legend>{t('administration.onboard.municipalitiesIn', { county: county.name })}</legend>
              <FieldError field="municipalityCodes" errors={fieldErrors} />
              <p className="field__hint" aria-live="polite">
                {t('administration.onboard.selectedCount', { count: values.municipalityCodes.length })}
              </p>
              {shown.length === 0 ? (
                <p className="empty-state">{t('administration.onboard.noMatch')}</p>
              ) : (
                <ul className="check-list">
                  {shown.map((municipality) => (
                    <li key={municipality.code}>
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={selected.has(municipality.code)}
                          onChange={(event) => toggle(municipality.code, event.target.checked)}
                        />
                        <span>{municipality.name}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          </>
        ) : (
          <p className="field__hint" id={fieldDomId('municipalityCodes')} tabIndex={-1}>
            {fieldErrors.municipalityCodes ? null : t('administration.onboard.countyFirst')}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('administration.onboard.adminLegend')}</legend>
        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('firstAdminEmail')}>
            {t('administration.onboard.adminEmail')}
          </label>
          <p className="field__hint" id={hintIds.email}>
            {t('administration.onboard.adminEmailHint')}
          </p>
          <FieldError field="firstAdminEmail" errors={fieldErrors} />
          <input
            id={fieldDomId('firstAdminEmail')}
            className="field__input"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={values.firstAdminEmail}
            onChange={(event) => onChange('firstAdminEmail', event.target.value)}
            aria-invalid={invalid('firstAdminEmail')}
            aria-describedby={describedBy('firstAdminEmail', hintIds.email)}
          />
        </div>
      </fieldset>
      <button type="submit" className="button button--primary">
        {t('administration.onboard.toReview')}
      </button>
    </form>
  );
}

function OnboardReview({
  values,
  isPending,
  onBack,
  onSubmit,
}: {
  values: OnboardValues;
  isPending: boolean;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const county = findCounty(values.countyCode);
  const names = new Map<string, string>(
    listMunicipalitiesInCounty(values.countyCode).map((m) => [m.code, m.memberName]),
  );
  const members = [
    t('administration.onboard.fk'),
    t('administration.onboard.af'),
    county?.regionName ?? '',
    ...values.municipalityCodes.map((code) => names.get(code) ?? code),
  ].filter((name, index, all) => name !== '' && all.indexOf(name) === index);
  return (
    <>
      <dl className="summary-list">
        <dt>{t('administration.onboard.name')}</dt>
        <dd>{values.name.trim()}</dd>
        <dt>{t('administration.onboard.orgNumber')}</dt>
        <dd>{normalizeOrgNumber(values.orgNumber) || '–'}</dd>
        <dt>{t('administration.onboard.slug')}</dt>
        <dd>/f/{values.slug}</dd>
        <dt>{t('administration.onboard.county')}</dt>
        <dd>{county?.name}</dd>
        <dt>{t('administration.onboard.members', { count: members.length })}</dt>
        <dd>
          <ul className="change-list">
            {members.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('administration.onboard.adminEmail')}</dt>
        <dd>{values.firstAdminEmail.trim()}</dd>
      </dl>
      <p>{t('administration.onboard.reviewNote')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" aria-disabled={isPending} onClick={onSubmit}>
          {isPending ? t('administration.common.working') : t('administration.onboard.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('administration.onboard.back')}
        </button>
      </div>
    </>
  );
}

function OnboardDone({
  created,
  headingRef,
  onAnother,
}: {
  created: { name: string; email: string; slug: string };
  headingRef: React.Ref<HTMLHeadingElement>;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const isOutboxReadable = usePlatformOutbox().isSuccess;
  return (
    <div className="prose">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('administration.onboard.doneTitle')}
      </h2>
      <p className="notice" role="status">
        {t('administration.onboard.doneBody', { name: created.name, email: created.email })}
      </p>
      {isOutboxReadable ? (
        <p>
          {t('administration.onboard.doneOutbox')}{' '}
          <Link to="/plattform/utkorg">{t('administration.onboard.toOutbox')}</Link>
        </p>
      ) : null}
      <div className="button-row">
        <Link to="/plattform" className="button button--secondary">
          {t('administration.onboard.toList')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('administration.onboard.another')}
        </button>
      </div>
    </div>
  );
}
