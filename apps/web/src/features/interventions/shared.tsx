import type { AppRouter } from '@samsyn/api';
import { currentHalfYearInSweden, formatMoney, ore, todayInSweden } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import { Subnav } from '../../components/subnav.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import './interventions.css';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';

type Outputs = inferRouterOutputs<AppRouter>['interventions'];
export type InterventionListItem = Outputs['list'][number];
export type InterventionDetail = Outputs['get'];
export type LocalGroupItem = Outputs['localGroups']['list'][number];
export type ResultsReport = Outputs['reports']['goalsAndResults'];
export type FinsamReport = Outputs['reports']['uppfoljningFinsam'];

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
  const base = `/f/${useTenantSlug()}/insatser`;
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
