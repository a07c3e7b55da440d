import { compareNames } from './sort-names.ts';

/**
 * The förbund a search finds, in the order a reader looks for them: by name in Swedish order with
 * numbers natural (Förbund 2 before Förbund 10). The search matches name or slug, any case.
 */
export function searchTenants<T extends { name: string; slug: string }>(
  tenants: readonly T[],
  search: string,
): T[] {
  const needle = search.trim().toLocaleLowerCase('sv');
  return tenants
    .filter(
      (tenant) =>
        needle === '' || tenant.name.toLocaleLowerCase('sv').includes(needle) || tenant.slug.includes(needle),
    )
    .sort((a, b) => compareNames(a.name, b.name));
}
