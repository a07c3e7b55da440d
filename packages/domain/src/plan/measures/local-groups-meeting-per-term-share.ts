import { type Term, termsInPeriod } from '../../interventions/local-group-term.ts';
import type { Period } from '../../interventions/period.ts';
import { exactValue, type MeasureResult } from '../exact-value.ts';

/** What a local group keeps about one year: the yearly total and the terms, when kept per term. */
export interface LocalGroupMeetingYear {
  year: number;
  /** The yearly figure; for a year with terms it is their sum. Null: no year entered. */
  meetingsHeld: number | null;
  terms: readonly { term: Term; meetingsHeld: number; allPartiesPresent: boolean }[];
}

export type LocalGroupTermsStanding = 'met' | 'notMet' | 'termsMissing';

/**
 * Whether one group met at least `meetingsPerTerm` times in every term of the period. A term kept
 * with fewer meetings fails (one meeting in the spring fails "twice per term"). A year kept only as
 * a yearly total cannot show the terms: fewer meetings than every term of the period needs is
 * certainly a fail, otherwise the terms are missing. A term without any figure is missing too.
 */
export function localGroupTermsStanding(
  years: readonly LocalGroupMeetingYear[],
  period: Period,
  params: { meetingsPerTerm: number; requireAllPartiesPresent: boolean },
): LocalGroupTermsStanding {
  let isMissing = false;
  const needed = termsInPeriod(period);
  for (const year of new Set(needed.map((entry) => entry.year))) {
    const kept = years.find((entry) => entry.year === year);
    const termsOfYear = needed.filter((entry) => entry.year === year);
    if (!kept || (kept.terms.length === 0 && kept.meetingsHeld === null)) {
      isMissing = true;
      continue;
    }
    if (kept.terms.length === 0) {
      if ((kept.meetingsHeld ?? 0) < params.meetingsPerTerm * termsOfYear.length) return 'notMet';
      isMissing = true;
      continue;
    }
    for (const { term } of termsOfYear) {
      const figures = kept.terms.find((entry) => entry.term === term);
      if (!figures) {
        isMissing = true;
        continue;
      }
      if (figures.meetingsHeld < params.meetingsPerTerm) return 'notMet';
      if (params.requireAllPartiesPresent && !figures.allPartiesPresent) return 'notMet';
    }
  }
  return isMissing ? 'termsMissing' : 'met';
}

/**
 * "Samtliga MYSAM-grupper träffas minst två gånger per termin": the share of the förbund's local
 * groups that met at least `meetingsPerTerm` times in every term of the period. One group whose terms
 * are missing leaves the whole share unknown (`termsMissing`), since it could go either way; no
 * groups at all: `noLocalGroups`.
 */
export function localGroupsMeetingPerTermShare(
  groups: readonly { years: readonly LocalGroupMeetingYear[] }[],
  period: Period,
  params: { meetingsPerTerm: number; requireAllPartiesPresent: boolean },
): MeasureResult {
  if (groups.length === 0) return { kind: 'notMeasured', reason: 'noLocalGroups' };
  const standings = groups.map((group) => localGroupTermsStanding(group.years, period, params));
  if (standings.includes('termsMissing')) return { kind: 'notMeasured', reason: 'termsMissing' };
  const met = standings.filter((standing) => standing === 'met').length;
  return {
    kind: 'measured',
    value: exactValue(met, groups.length),
    basis: { part: met, whole: groups.length, unit: 'count' },
  };
}
