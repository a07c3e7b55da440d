import { Subnav, type SubnavItem } from '../../components/subnav.tsx';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';

/**
 * The verksamhetsplan's pages below the main menu: one plan's page, its follow-up and its risks,
 * and the NNS survey results (which belong to the förbund, not to one plan). Without a plan (the
 * plan list, the NNS page) only the list and the NNS page are offered.
 */
export function PlanSubnav({ planId }: { planId?: string | undefined }) {
  const slug = useTenantSlug();
  const base = `/f/${slug}/plan`;
  const items: SubnavItem[] = planId
    ? [
        { to: `${base}/${planId}`, label: 'plan.nav.plan', end: true },
        { to: `${base}/${planId}/uppfoljning`, label: 'plan.nav.followUp' },
        { to: `${base}/${planId}/risker`, label: 'plan.nav.risks' },
        { to: `${base}/nns`, label: 'plan.nav.nns' },
      ]
    : [
        { to: base, label: 'plan.nav.plans', end: true },
        { to: `${base}/nns`, label: 'plan.nav.nns' },
      ];
  return <Subnav className="no-print" label="plan.nav.label" items={items} />;
}
