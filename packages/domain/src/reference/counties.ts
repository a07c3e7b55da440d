/*
 * Sweden's 21 counties (län) and the region that is the Finsam member in each.
 *
 * Source: SCB (Statistics Sweden), "Regional indelning i Sverige" – länskoder, the list that goes
 * with "Kommuner i län med kommunkod". The county codes have been unchanged since Skåne län (12, 1997)
 * and Västra Götalands län (14, 1998) were formed; the list below reflects the division valid from
 * 2007-01-01 (Heby's move to Uppsala län) and still valid when this file was written.
 * Transcribed by hand from that list, not downloaded; `counties.test.ts` checks the count (21),
 * unique codes and names, and that every municipality belongs to one of these counties.
 *
 * Region names are the names the regions use themselves since the county councils (landsting)
 * became regions on 2019-01-01 – the name under which a region signs a förbund's agreement.
 *
 * Gotland is a special case: there is no county council. Gotland's municipality (kommun 0980) has
 * the tasks of a region and calls itself "Region Gotland". The region and the municipality are
 * one legal body, so a förbund on Gotland has one member (Region Gotland) that takes both the
 * region's and the municipalities' share of the funding – see `hasRegionalTasks`
 * (member-name-for-municipality.ts).
 */
import { z } from 'zod';
import { DomainError } from '../errors.ts';

/** The 21 counties in SCB's order (by code), with the region that is the Finsam member in each. */
export const counties = [
  { code: '01', name: 'Stockholms län', regionName: 'Region Stockholm' },
  { code: '03', name: 'Uppsala län', regionName: 'Region Uppsala' },
  { code: '04', name: 'Södermanlands län', regionName: 'Region Sörmland' },
  { code: '05', name: 'Östergötlands län', regionName: 'Region Östergötland' },
  { code: '06', name: 'Jönköpings län', regionName: 'Region Jönköpings län' },
  { code: '07', name: 'Kronobergs län', regionName: 'Region Kronoberg' },
  { code: '08', name: 'Kalmar län', regionName: 'Region Kalmar län' },
  { code: '09', name: 'Gotlands län', regionName: 'Region Gotland' },
  { code: '10', name: 'Blekinge län', regionName: 'Region Blekinge' },
  { code: '12', name: 'Skåne län', regionName: 'Region Skåne' },
  { code: '13', name: 'Hallands län', regionName: 'Region Halland' },
  { code: '14', name: 'Västra Götalands län', regionName: 'Västra Götalandsregionen' },
  { code: '17', name: 'Värmlands län', regionName: 'Region Värmland' },
  { code: '18', name: 'Örebro län', regionName: 'Region Örebro län' },
  { code: '19', name: 'Västmanlands län', regionName: 'Region Västmanland' },
  { code: '20', name: 'Dalarnas län', regionName: 'Region Dalarna' },
  { code: '21', name: 'Gävleborgs län', regionName: 'Region Gävleborg' },
  { code: '22', name: 'Västernorrlands län', regionName: 'Region Västernorrland' },
  { code: '23', name: 'Jämtlands län', regionName: 'Region Jämtland Härjedalen' },
  { code: '24', name: 'Västerbottens län', regionName: 'Region Västerbotten' },
  { code: '25', name: 'Norrbottens län', regionName: 'Region Norrbotten' },
] as const;

/** One county (län): SCB's two-digit code, its name, and the name of its region as a Finsam member. */
export type County = (typeof counties)[number];
/** A two-digit county code that exists, e.g. `'21'` for Gävleborgs län. */
export type CountyCode = County['code'];

const countiesByCode: ReadonlyMap<string, County> = new Map(counties.map((county) => [county.code, county]));

/** True when `code` is one of the 21 county codes. */
export function isCountyCode(code: string): code is CountyCode {
  return countiesByCode.has(code);
}

/** The county with this code, or `undefined` when there is none. */
export function findCounty(code: string): County | undefined {
  return countiesByCode.get(code);
}

/**
 * The county with this code. Throws a `NOT_FOUND` DomainError when there is none.
 * Public reference data: any caller, no tenant scope.
 */
export function getCounty(code: string): County {
  const county = countiesByCode.get(code);
  if (!county) throw new DomainError('NOT_FOUND', 'reference.unknownCounty', { code });
  return county;
}

/** The 21 county codes, in SCB's order. */
export const countyCodes: readonly CountyCode[] = counties.map((county) => county.code);

/** A county code that exists: one of SCB's 21 two-digit codes. Parses to the `CountyCode` union. */
export const countyCodeSchema = z.enum(countyCodes, { error: 'county.unknown' });
