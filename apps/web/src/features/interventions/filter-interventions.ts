import type { InterventionKind, InterventionStatus } from '@samsyn/domain';
import { targetGroupLabel } from '@samsyn/domain';

export const sortKeys = ['name', 'status', 'start', 'budget'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface InterventionFilter {
  search: string;
  kind: InterventionKind | 'all';
  status: InterventionStatus | 'all';
  method: string;
  sort: SortKey;
}

/** What the register needs of an intervention to filter and sort it. */
export interface FilterableIntervention {
  id: string;
  name: string;
  kind: InterventionKind;
  status: InterventionStatus;
  purpose: string;
  targetGroupText: string;
  targetGroupIds: readonly string[];
  methodTagIds: readonly string[];
  freeTags: readonly string[];
  startDate: string | null;
  latestBudget: { totalBudget: number } | null;
}

const collator = new Intl.Collator('sv');
const statusOrder: Record<InterventionStatus, number> = { pre_study: 0, ongoing: 1, paused: 2, ended: 3 };

/**
 * The register's view: items matching the search (name, purpose, target group, tags; case- and
 * accent-insensitive as Swedish compares) and the chosen kind, status and method, sorted by the
 * chosen key, then by name in Swedish order.
 */
export function filterInterventions<T extends FilterableIntervention>(
  items: readonly T[],
  filter: InterventionFilter,
  extra: { leadName?: (item: T) => string } = {},
): T[] {
  const needle = filter.search.trim().toLocaleLowerCase('sv');
  const matches = (item: T) => {
    if (filter.kind !== 'all' && item.kind !== filter.kind) return false;
    if (filter.status !== 'all' && item.status !== filter.status) return false;
    if (filter.method !== 'all' && !item.methodTagIds.includes(filter.method)) return false;
    if (!needle) return true;
    const haystack = [
      item.name,
      item.purpose,
      item.targetGroupText,
      ...item.targetGroupIds.map((id) => targetGroupLabel(id as never)),
      ...item.freeTags,
      extra.leadName?.(item) ?? '',
    ]
      .join(' ')
      .toLocaleLowerCase('sv');
    return haystack.includes(needle);
  };
  const byName = (a: T, b: T) => collator.compare(a.name, b.name);
  const compare: Record<SortKey, (a: T, b: T) => number> = {
    name: byName,
    status: (a, b) => statusOrder[a.status] - statusOrder[b.status] || byName(a, b),
    // Unknown start dates last.
    start: (a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || byName(a, b),
    // Largest budget first; none last.
    budget: (a, b) =>
      (b.latestBudget?.totalBudget ?? -1) - (a.latestBudget?.totalBudget ?? -1) || byName(a, b),
  };
  return items.filter(matches).sort(compare[filter.sort]);
}
