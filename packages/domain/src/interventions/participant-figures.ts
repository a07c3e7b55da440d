import { z } from 'zod';
import type { Validated, ValidationProblem } from '../validation-problem.ts';
import {
  type AgeBandId,
  ageBandIds,
  genderParts,
  type IncomeSourceId,
  incomeSourceIds,
  type OutcomeId,
  outcomeIds,
} from './figure-categories.ts';
import type { InterventionKind } from './intervention.ts';

/** A count with its gender split; the parts always sum to the total. */
export interface GenderCount {
  total: number;
  women: number;
  men: number;
  otherUnknown: number;
}

/** A gender count from its parts, the total their sum (as a förbund enters one that adds up). */
export const genderCount = (women: number, men: number, otherUnknown = 0): GenderCount => ({
  total: women + men + otherUnknown,
  women,
  men,
  otherUnknown,
});

/**
 * Figures of an individual-level intervention for one period. Counts only, never a person.
 *
 * - `new`: participants who started in the period;
 * - `ongoing`: participants carried in from earlier periods (started before, still active at the
 *   start). So `new + ongoing` is everyone who took part in the period (the SE coach's "20 under
 *   2019") and `new + ongoing − ended` is everyone active at its end (her "9 pågående 2019-06-30").
 *   Trisam's "uppföljningsärenden" are cases carried in, so they are `ongoing`;
 * - `ended`: participants who left in the period, null when the intervention does not record exits
 *   (Trisam counts cases raised, not closed);
 * - `outcomes`: where the ended went, each with its gender split; null when not reported. When
 *   given they must sum to `ended` exactly, not merely stay below it: "other planning" is the
 *   catch-all, so every ended participant has an outcome, and a share such as "6 of 11 to work" is
 *   only honest if the 11 are all accounted for. A form that cannot say where someone went puts
 *   them under other planning;
 * - `ageBandsAtStart`, `incomeSourcesAtStart`: optional breakdowns of `new`, each summing to it.
 */
export interface IndividualFigures {
  kind: 'individual';
  new: GenderCount;
  ongoing: GenderCount;
  ended: GenderCount | null;
  outcomes: Record<OutcomeId, GenderCount> | null;
  ageBandsAtStart: Record<AgeBandId, number> | null;
  incomeSourcesAtStart: Record<IncomeSourceId, number> | null;
}

/**
 * Figures of a structural intervention for one period. People reached are attendances in the
 * period (a manager at four Mysam meetings counts in each period she attended). The seeds often
 * give "130 medarbetare och chefer" without a split, hence `unspecifiedReached`.
 */
export interface StructuralFigures {
  kind: 'structural';
  staffReached: number;
  managersReached: number;
  unspecifiedReached: number;
  meetingsHeld: number;
}

export type ParticipantFigures = IndividualFigures | StructuralFigures;

const individualFields = [
  'new',
  'ongoing',
  'ended',
  'outcomes',
  'ageBandsAtStart',
  'incomeSourcesAtStart',
] as const;
const structuralFields = ['staffReached', 'managersReached', 'unspecifiedReached', 'meetingsHeld'] as const;

type Path = (string | number)[];

/** Collects problems while reading untrusted input; every reader returns undefined when it failed. */
class Reader {
  readonly problems: ValidationProblem[] = [];

  add(key: string, path: Path, params?: Record<string, string | number>): void {
    this.problems.push(params ? { key, path, params } : { key, path });
  }

  count(value: unknown, path: Path): number | undefined {
    if (value === undefined || value === null) return this.fail('figures.required', path);
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail('figures.notANumber', path);
    if (!Number.isInteger(value)) return this.fail('figures.notAnInteger', path);
    if (value < 0) return this.fail('figures.negative', path);
    if (!Number.isSafeInteger(value)) return this.fail('figures.tooLarge', path);
    return value;
  }

  record(value: unknown, path: Path): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return this.fail('figures.required', path);
    if (typeof value !== 'object' || Array.isArray(value)) return this.fail('figures.notAnObject', path);
    return value as Record<string, unknown>;
  }

  /** Reads a gender count and checks that its parts sum to its total. */
  genderCount(value: unknown, path: Path): GenderCount | undefined {
    const input = this.record(value, path);
    if (!input) return undefined;
    this.unknownKeys(input, ['total', ...genderParts], path);
    const total = this.count(input.total, [...path, 'total']);
    const parts = genderParts.map((part) => this.count(input[part], [...path, part]));
    const [women, men, otherUnknown] = parts;
    if (total === undefined || women === undefined || men === undefined || otherUnknown === undefined)
      return undefined;
    const sum = women + men + otherUnknown;
    if (sum !== total) this.add('figures.genderPartsDoNotSumToTotal', [...path, 'total'], { total, sum });
    return { total, women, men, otherUnknown };
  }

  /** Reads a breakdown with a fixed set of keys, every key required (0 when none). */
  breakdown<K extends string>(value: unknown, keys: readonly K[], path: Path): Record<K, number> | undefined {
    return this.breakdownOf(value, keys, path, (item, itemPath) => this.count(item, itemPath));
  }

  /** Reads an object with a fixed set of keys whose values `readItem` reads. */
  breakdownOf<K extends string, V>(
    value: unknown,
    keys: readonly K[],
    path: Path,
    readItem: (item: unknown, itemPath: Path) => V | undefined,
  ): Record<K, V> | undefined {
    const input = this.record(value, path);
    if (!input) return undefined;
    this.unknownKeys(input, keys, path);
    const entries = keys.map((key) => [key, readItem(input[key], [...path, key])] as const);
    if (entries.some(([, item]) => item === undefined)) return undefined;
    return Object.fromEntries(entries) as Record<K, V>;
  }

  unknownKeys(input: Record<string, unknown>, allowed: readonly string[], path: Path): void {
    for (const key of Object.keys(input)) {
      if (!allowed.includes(key)) this.add('figures.unknownField', [...path, key]);
    }
  }

  private fail(key: string, path: Path): undefined {
    this.add(key, path);
    return undefined;
  }
}

function readIndividual(reader: Reader, input: Record<string, unknown>): IndividualFigures | undefined {
  const newCount = reader.genderCount(input.new, ['new']);
  const ongoing = reader.genderCount(input.ongoing, ['ongoing']);
  const ended = input.ended == null ? null : reader.genderCount(input.ended, ['ended']);
  const outcomes =
    input.outcomes == null
      ? null
      : reader.breakdownOf(input.outcomes, outcomeIds, ['outcomes'], (value, path) =>
          reader.genderCount(value, path),
        );
  const ageBands =
    input.ageBandsAtStart == null
      ? null
      : reader.breakdown(input.ageBandsAtStart, ageBandIds, ['ageBandsAtStart']);
  const incomes =
    input.incomeSourcesAtStart == null
      ? null
      : reader.breakdown(input.incomeSourcesAtStart, incomeSourceIds, ['incomeSourcesAtStart']);

  if (newCount && ongoing && ended && ended.total > newCount.total + ongoing.total) {
    reader.add('figures.endedExceedsParticipants', ['ended', 'total'], {
      ended: ended.total,
      participants: newCount.total + ongoing.total,
    });
  }
  if (input.outcomes != null && input.ended == null) reader.add('figures.outcomesWithoutEnded', ['outcomes']);
  if (outcomes && ended) {
    for (const part of ['total', ...genderParts] as const) {
      const sum = outcomeIds.reduce((acc, id) => acc + outcomes[id][part], 0);
      if (sum !== ended[part]) {
        reader.add('figures.outcomesDoNotSumToEnded', ['outcomes', part], { ended: ended[part], sum });
      }
    }
  }
  for (const [field, breakdown] of [
    ['ageBandsAtStart', ageBands],
    ['incomeSourcesAtStart', incomes],
  ] as const) {
    if (!breakdown || !newCount) continue;
    const sum = Object.values<number>(breakdown).reduce((acc, count) => acc + count, 0);
    if (sum !== newCount.total)
      reader.add('figures.breakdownDoesNotSumToNew', [field], { new: newCount.total, sum });
  }

  if (!newCount || !ongoing || ended === undefined || outcomes === undefined) return undefined;
  if (ageBands === undefined || incomes === undefined) return undefined;
  return {
    kind: 'individual',
    new: newCount,
    ongoing,
    ended,
    outcomes,
    ageBandsAtStart: ageBands,
    incomeSourcesAtStart: incomes,
  };
}

function readStructural(reader: Reader, input: Record<string, unknown>): StructuralFigures | undefined {
  const counts = structuralFields.map((field) => reader.count(input[field], [field]));
  const [staffReached, managersReached, unspecifiedReached, meetingsHeld] = counts;
  if (
    staffReached === undefined ||
    managersReached === undefined ||
    unspecifiedReached === undefined ||
    meetingsHeld === undefined
  ) {
    return undefined;
  }
  return { kind: 'structural', staffReached, managersReached, unspecifiedReached, meetingsHeld };
}

/**
 * Validates participant figures for one intervention and period and returns ALL problems at once,
 * each a stable key with a field path (and the figures the message may quote):
 * `figures.required`, `figures.notANumber`, `figures.notAnInteger`, `figures.negative`,
 * `figures.unknownField`, `figures.kindInvalid`, `figures.kindMismatch` (figures of the other kind
 * than the intervention), `figures.fieldNotForKind` (e.g. meetings held on an individual-level
 * intervention), `figures.genderPartsDoNotSumToTotal`, `figures.endedExceedsParticipants`,
 * `figures.outcomesWithoutEnded`, `figures.outcomesDoNotSumToEnded`, `figures.breakdownDoesNotSumToNew`.
 * Sums are only checked where all their parts are valid counts, so one typo yields one problem.
 */
export function validateParticipantFigures(
  input: unknown,
  interventionKind?: InterventionKind,
): Validated<ParticipantFigures> {
  const reader = new Reader();
  const figures = reader.record(input, []);
  if (!figures) return { ok: false, problems: reader.problems };
  const kind = figures.kind;
  if (kind !== 'individual' && kind !== 'structural') {
    reader.add('figures.kindInvalid', ['kind']);
    return { ok: false, problems: reader.problems };
  }
  if (interventionKind !== undefined && kind !== interventionKind) {
    reader.add('figures.kindMismatch', ['kind'], { expected: interventionKind, actual: kind });
  }
  const own: readonly string[] = kind === 'individual' ? individualFields : structuralFields;
  const other: readonly string[] = kind === 'individual' ? structuralFields : individualFields;
  for (const key of Object.keys(figures)) {
    if (key === 'kind' || own.includes(key)) continue;
    reader.add(other.includes(key) ? 'figures.fieldNotForKind' : 'figures.unknownField', [key]);
  }
  const value = kind === 'individual' ? readIndividual(reader, figures) : readStructural(reader, figures);
  if (reader.problems.length > 0 || !value) return { ok: false, problems: reader.problems };
  return { ok: true, value };
}

/**
 * The same rules as a zod schema, for tRPC inputs and forms. Which kind the intervention has is
 * only known to the verb, so it calls `validateParticipantFigures(input, kind)` as well.
 */
export const participantFiguresSchema = z.unknown().transform((input, ctx): ParticipantFigures => {
  const result = validateParticipantFigures(input);
  if (result.ok) return result.value;
  for (const problem of result.problems) {
    ctx.addIssue({ code: 'custom', message: problem.key, path: [...problem.path], params: problem.params });
  }
  return z.NEVER;
});

/** Adds gender counts part by part. */
export function addGenderCounts(a: GenderCount, b: GenderCount): GenderCount {
  return {
    total: a.total + b.total,
    women: a.women + b.women,
    men: a.men + b.men,
    otherUnknown: a.otherUnknown + b.otherUnknown,
  };
}

/** Subtracts gender counts part by part (may go negative when genders were recorded unevenly). */
function subtractGenderCounts(a: GenderCount, b: GenderCount): GenderCount {
  return {
    total: a.total - b.total,
    women: a.women - b.women,
    men: a.men - b.men,
    otherUnknown: a.otherUnknown - b.otherUnknown,
  };
}

/** A gender count with every part zero. */
export const zeroGenderCount: GenderCount = Object.freeze({ total: 0, women: 0, men: 0, otherUnknown: 0 });

/** Everyone who took part in the period: new plus those carried in. */
export function participantsInPeriod(figures: IndividualFigures): GenderCount {
  return addGenderCounts(figures.new, figures.ongoing);
}

/** Everyone still active at the end of the period: took part, minus those who ended. */
export function activeAtPeriodEnd(figures: IndividualFigures): GenderCount {
  return figures.ended
    ? subtractGenderCounts(participantsInPeriod(figures), figures.ended)
    : participantsInPeriod(figures);
}

/** Every person a structural intervention reached in the period. */
export function personsReached(figures: StructuralFigures): number {
  return figures.staffReached + figures.managersReached + figures.unspecifiedReached;
}
