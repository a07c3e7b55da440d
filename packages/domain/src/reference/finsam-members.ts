import type { MemberKind } from '../tenant.ts';
import { getCounty } from './counties.ts';
import { hasRegionalTasks } from './member-name-for-municipality.ts';
import { getMunicipality } from './municipalities.ts';

export interface FinsamMember {
  kind: MemberKind;
  name: string;
  /** SCB's county code for the region, municipality code for a municipality; null for FK and AF. */
  officialCode: string | null;
}

/**
 * The members a förbund has under Finsam (SFS 2003:1210 § 5), named from the reference data:
 * Försäkringskassan, Arbetsförmedlingen, the county's region and the given municipalities — a
 * municipality that is also the region (Gotland) only once, as the region. Onboarding and the
 * synthetic förbund both build their members here. Throws `NOT_FOUND` for an unknown code.
 */
export function finsamMembers(countyCode: string, municipalityCodes: readonly string[]): FinsamMember[] {
  const county = getCounty(countyCode);
  return [
    { kind: 'fk', name: 'Försäkringskassan', officialCode: null },
    { kind: 'af', name: 'Arbetsförmedlingen', officialCode: null },
    { kind: 'region', name: county.regionName, officialCode: county.code },
    ...municipalityCodes
      .filter((code) => !hasRegionalTasks(code))
      .map((code): FinsamMember => {
        const municipality = getMunicipality(code);
        return { kind: 'municipality', name: municipality.memberName, officialCode: municipality.code };
      }),
  ];
}
