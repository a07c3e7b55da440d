import { useQuery } from '@tanstack/react-query';
import type { Choice } from '../../../components/filter-field.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';

/**
 * The förbund's plans and interventions, as choices for what an item concerns or links to, and the
 * applications that may go to the board (received, under review, proposed: issue 22), and the
 * period reports not yet adopted (issue 23).
 */
export function useLinkTargets(): {
  plans: Choice[];
  interventions: Choice[];
  applications: Choice[];
  reports: Choice[];
} {
  const trpc = useTRPC();
  const tenant = useTenant();
  const plans = useQuery(trpc.plans.list.queryOptions({ tenant: tenant.slug }));
  const interventions = useQuery(
    trpc.interventions.list.queryOptions({ tenant: tenant.slug, includeArchived: false }),
  );
  const applications = useQuery(
    trpc.applications.list.queryOptions({
      tenant: tenant.slug,
      statuses: ['received', 'formalCheck', 'underReview', 'proposal'],
    }),
  );
  const reports = useQuery(trpc.periodReports.list.queryOptions({ tenant: tenant.slug }));
  return {
    reports: (reports.data ?? [])
      .filter((report) => report.status !== 'adopted')
      .map((report) => ({ value: report.id, label: report.title })),
    applications: (applications.data ?? []).map((entry) => ({ value: entry.id, label: entry.title })),
    plans: (plans.data ?? []).map((plan) => ({ value: plan.id, label: plan.name })),
    interventions: (interventions.data ?? []).map((entry) => ({ value: entry.id, label: entry.name })),
  };
}
