import type { Validated } from '../validation-problem.ts';
import {
  type AgeBandId,
  ageBandIds,
  type IncomeSourceId,
  incomeSourceIds,
  outcomeIds,
} from './figure-categories.ts';
import {
  addGenderCounts,
  type IndividualFigures,
  type ParticipantFigures,
  type StructuralFigures,
} from './participant-figures.ts';
import { aggregatePeriods, type Period } from './period.ts';

/**
 * Aggregates figures reported for shorter periods (months, half-years) up to `target`, e.g. six
 * months into H1. Flows sum (new, ended, outcomes, breakdowns of new, people reached, meetings);
 * `ongoing` is a stock — those carried in at the start — so it is taken from the first part.
 * A breakdown missing in any part (null) is missing in the total: half an age table is no table.
 * Problems: those of `tilePeriod` (`period.monthMissing`, `period.overlap`, `period.outsideTarget`)
 * and `figures.kindMismatch` when individual and structural figures are mixed.
 */
export function aggregateParticipantFigures(
  parts: readonly { period: Period; figures: ParticipantFigures }[],
  target: Period,
): Validated<ParticipantFigures> {
  const kinds = new Set(parts.map((part) => part.figures.kind));
  if (kinds.size > 1) return { ok: false, problems: [{ key: 'figures.kindMismatch', path: [] }] };
  return aggregatePeriods(
    parts.map((part) => ({ period: part.period, value: part.figures })),
    target,
    (inOrder) =>
      inOrder[0]?.kind === 'structural'
        ? sumStructural(inOrder as StructuralFigures[])
        : sumIndividual(inOrder as IndividualFigures[]),
  );
}

function sumStructural(parts: StructuralFigures[]): StructuralFigures {
  return parts.reduce(
    (sum, part) => ({
      kind: 'structural',
      staffReached: sum.staffReached + part.staffReached,
      managersReached: sum.managersReached + part.managersReached,
      unspecifiedReached: sum.unspecifiedReached + part.unspecifiedReached,
      meetingsHeld: sum.meetingsHeld + part.meetingsHeld,
    }),
    { kind: 'structural', staffReached: 0, managersReached: 0, unspecifiedReached: 0, meetingsHeld: 0 },
  );
}

function sumIndividual(parts: IndividualFigures[]): IndividualFigures {
  const [first, ...rest] = parts;
  if (!first) throw new Error('aggregateParticipantFigures: a tiled period has at least one part');
  return rest.reduce<IndividualFigures>(
    (sum, part) => ({
      kind: 'individual',
      new: addGenderCounts(sum.new, part.new),
      ongoing: sum.ongoing,
      ended: sum.ended && part.ended ? addGenderCounts(sum.ended, part.ended) : null,
      outcomes:
        sum.outcomes && part.outcomes
          ? addRecords(sum.outcomes, part.outcomes, outcomeIds, addGenderCounts)
          : null,
      ageBandsAtStart:
        sum.ageBandsAtStart && part.ageBandsAtStart
          ? addRecords<AgeBandId, number>(sum.ageBandsAtStart, part.ageBandsAtStart, ageBandIds, add)
          : null,
      incomeSourcesAtStart:
        sum.incomeSourcesAtStart && part.incomeSourcesAtStart
          ? addRecords<IncomeSourceId, number>(
              sum.incomeSourcesAtStart,
              part.incomeSourcesAtStart,
              incomeSourceIds,
              add,
            )
          : null,
    }),
    first,
  );
}

const add = (a: number, b: number): number => a + b;

function addRecords<K extends string, V>(
  a: Record<K, V>,
  b: Record<K, V>,
  keys: readonly K[],
  combine: (x: V, y: V) => V,
): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, combine(a[key], b[key])])) as Record<K, V>;
}
