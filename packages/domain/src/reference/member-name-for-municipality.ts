import { getMunicipality, type MunicipalityCode } from './municipalities.ts';

/**
 * Municipalities that have a region's tasks, so that the municipality and the region are one legal
 * body. Only Gotland (0980, "Region Gotland"): it has no county council, and its municipality runs
 * health care and the other regional tasks.
 */
const municipalitiesWithRegionalTasks: readonly MunicipalityCode[] = ['0980'];

/**
 * True when the municipality is also its county's region (only Gotland). A förbund with such a
 * member has one member, not two, for the region and the municipality: it signs the agreement once
 * and pays both the region's and the municipalities' share of the funding.
 */
export function hasRegionalTasks(municipalityCode: string): boolean {
  return (municipalitiesWithRegionalTasks as readonly string[]).includes(municipalityCode);
}

/**
 * The name a municipality has as a Finsam member, the name it uses itself: 'Gävle kommun',
 * 'Sandvikens kommun', 'Mölndals stad', 'Göteborgs Stad', 'Region Gotland'.
 * Throws a `NOT_FOUND` DomainError for a code that no municipality has. Any caller, no tenant scope.
 */
export function memberNameForMunicipality(code: string): string {
  return getMunicipality(code).memberName;
}
