import type { AppRouter } from '@samsyn/api';
import { currentHalfYearInSweden, formatMoney, ore, todayInSweden } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FieldFrame } from '../../components/form/field-frame.tsx';
import { Subnav } from '../../components/subnav.tsx';
import { fieldErrorsOf } from '../../lib/error-message.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import './interventions.css';

type Outputs = inferRouterOutputs<AppRouter>['interventions'];
export type InterventionListItem = Outputs['list'][number];
export type InterventionDetail = Outputs['get'];
export type LocalGroupItem = Outputs['localGroups']['list'][number];
export type ResultsReport = Outputs['reports']['goalsAndResults'];
export type FinsamReport = Outputs['reports']['uppfoljningFinsam'];

/** The förbund's slug from the URL (pages live under /f/:slug/insatser). */
export function useSlug(): string {
  return useParams().slug ?? '';
}

/** True when the current user may change the förbund's interventions (editor or admin). */
export const useCanEdit = (): boolean => useTenantRole('editor');

/** Member id → name, from the förbund loaded by the layout. */
export function useMemberNames(): Map<string, string> {
  const tenant = useTenant();
  return new Map(tenant.members.map((member) => [member.id, member.name]));
}

/** Whole kronor from öre, Swedish style: "1 600 000 kr". */
export const formatOre = (amount: number | null | undefined): string =>
  amount === null || amount === undefined ? '–' : formatMoney(ore(amount));

const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
export const formatCount = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : integerFormat.format(value);

/** The feature's sub-navigation: register, local groups, the two reports. */
export function InterventionsSubnav() {
  const base = `/f/${useSlug()}/insatser`;
  return (
    <Subnav
      className="no-print"
      label="interventions.subnavLabel"
      items={[
        { to: base, label: 'interventions.nav.register', end: true },
        { to: `${base}/lokala-grupper`, label: 'interventions.nav.localGroups' },
        { to: `${base}/rapporter/mal-och-resultat`, label: 'interventions.nav.resultsReport' },
        { to: `${base}/rapporter/uppfoljning-finsam`, label: 'interventions.nav.finsamReport' },
      ]}
    />
  );
}

/** Field errors from an API error, keyed by path, with an optional prefix stripped ("figures."). */
export function apiFieldErrors(error: unknown, stripPrefix = ''): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  for (const [path, key] of Object.entries(fieldErrorsOf(error))) {
    errors[stripPrefix && path.startsWith(stripPrefix) ? path.slice(stripPrefix.length) : path] = key;
  }
  return errors;
}

/** A catalogue key for a domain problem key under `validation.`, or the generic one. */
export function validationKey(key: string): MessageKey {
  return `validation.${key}` as MessageKey;
}

/** The summary at the top of a form that failed: takes focus, lists the problems as links. */
export function ErrorSummary({
  message,
  errors,
  fieldIdOf,
  attempt,
}: {
  message: Message | null;
  errors: Record<string, MessageKey>;
  fieldIdOf: (path: string) => string;
  /** Bumped on every failed submit so focus returns here even if the text did not change. */
  attempt: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const hasErrors = message !== null || entries.length > 0;
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!hasErrors) return null;
  return (
    <div ref={ref} className="notice notice--error" role="alert" tabIndex={-1}>
      <h2 className="notice__title">{t('interventions.common.errorSummary')}</h2>
      {message ? <p>{t(message.key, message.values)}</p> : null}
      {entries.length > 0 ? (
        <ul className="notice__list">
          {entries.map(([path, key]) => (
            <li key={path}>
              <a
                href={`#${fieldIdOf(path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldIdOf(path))?.focus();
                }}
              >
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A labelled form field with its hint and error beside it (the kit's frame), for forms not yet on the kit. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: MessageKey | undefined;
  children: (describedBy: string | undefined, isInvalid: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error ? t(error) : undefined}>
      {(control) => children(control['aria-describedby'], Boolean(error))}
    </FieldFrame>
  );
}

/** A small "Demovärde" badge for figures the demo invented. */
export function DemoBadge({ isShown }: { isShown: boolean }) {
  const { t } = useTranslation();
  if (!isShown) return null;
  return (
    <span className="insatser-badge insatser-badge--demo">{t('interventions.common.demoEstimate')}</span>
  );
}

/** Today's date in Sweden as ISO (for default status dates). */
export const todayIso = (): string => todayInSweden();

/** The current half-year in Sweden as a period text ('2025-H2'), the default for new figures. */
export const currentHalfYear = (): string => currentHalfYearInSweden();
