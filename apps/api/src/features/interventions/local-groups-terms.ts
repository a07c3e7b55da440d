import type { TransactionSql } from '@samsyn/db';
import {
  type LocalGroupYearTerms,
  type Term,
  terms,
  type ValidationProblem,
  yearlyMeetingsFromTerms,
} from '@samsyn/domain';

/** A term a local group keeps within a year (vårtermin, hösttermin), as the list shows it. */
export interface LocalGroupTermRecord {
  term: Term;
  meetingsHeld: number;
  allPartiesPresent: boolean;
  version: number;
  isDemoEstimate: boolean;
}

/**
 * A year with terms has their sum as its meetings (0023): a yearly figure that differs is refused
 * at `meetingsHeld`, naming the sum. `input.terms` replaces the stored terms when given.
 */
export function termSumProblems(
  input: { meetingsHeld: number; terms?: LocalGroupYearTerms | undefined },
  stored: readonly { meetingsHeld: number }[],
): ValidationProblem[] {
  const kept = input.terms
    ? terms.flatMap((term) => {
        const figures = input.terms?.[term];
        return figures ? [figures] : [];
      })
    : stored;
  const sum = yearlyMeetingsFromTerms(kept);
  return sum === null || sum === input.meetingsHeld
    ? []
    : [{ key: 'localGroup.meetingsNotTermSum', path: ['meetingsHeld'], params: { sum } }];
}

/**
 * Makes the year's stored terms those of the form: each given term upserted (its version bumped),
 * each null one removed. The year row exists already (the caller saved it in this transaction).
 */
export async function writeYearTerms(
  tx: TransactionSql,
  tenantId: string,
  localGroupId: string,
  year: number,
  yearTerms: LocalGroupYearTerms,
): Promise<void> {
  for (const term of terms) {
    const figures = yearTerms[term];
    if (figures === null) {
      await tx`
        delete from local_group_terms
        where tenant_id = ${tenantId} and local_group_id = ${localGroupId} and year = ${year} and term = ${term}`;
      continue;
    }
    await tx`
      insert into local_group_terms (tenant_id, local_group_id, year, term, meetings_held, all_parties_present)
      values (${tenantId}, ${localGroupId}, ${year}, ${term}, ${figures.meetingsHeld}, ${figures.allPartiesPresent})
      on conflict (tenant_id, local_group_id, year, term) do update
        set meetings_held = excluded.meetings_held, all_parties_present = excluded.all_parties_present,
            is_demo_estimate = false, version = local_group_terms.version + 1`;
  }
}
