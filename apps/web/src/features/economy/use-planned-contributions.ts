import type { ContributionPeriod } from '@samsyn/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { addHalves, type PlannedContribution } from './contribution-lines.ts';

/**
 * Reads a year's contribution plan as one line per funder: the whole-year plan, or its two halves
 * added. Empty when no plan gives a split.
 */
export function usePlannedContributions() {
  const tenant = useTenant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const splitOf = async (year: number, period: ContributionPeriod): Promise<PlannedContribution[] | null> => {
    const view = await queryClient.fetchQuery(
      trpc.economy.contributions.get.queryOptions({ tenant: tenant.slug, year, period }),
    );
    return view.split?.lines ?? null;
  };
  return async (year: number): Promise<PlannedContribution[]> => {
    const whole = await splitOf(year, 'year');
    if (whole) return whole;
    const [first, second] = await Promise.all([splitOf(year, 'H1'), splitOf(year, 'H2')]);
    return addHalves(first ?? [], second ?? []);
  };
}
