import { getCounty } from './counties.ts';

/**
 * The name of a county's region as a Finsam member: 'Region Gävleborg', 'Region Stockholm',
 * 'Västra Götalandsregionen'. For Gotland ('09') it is 'Region Gotland', the same body as
 * municipality 0980 – see `hasRegionalTasks` in member-name-for-municipality.ts.
 * Throws a `NOT_FOUND` DomainError for a code that no county has. Any caller, no tenant scope.
 */
export function regionMemberForCounty(code: string): string {
  return getCounty(code).regionName;
}
