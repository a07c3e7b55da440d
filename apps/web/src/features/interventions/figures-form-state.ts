import {
  ageBandIds,
  genderParts,
  type InterventionKind,
  incomeSourceIds,
  outcomeIds,
  type ParticipantFigures,
} from '@samsyn/domain';

/**
 * The period figures form keeps every field as the text the user typed, keyed by its path in the
 * figures object ('new.women', 'outcomes.work.total', 'meetingsHeld'), so a problem the validator
 * reports at a path lands beside exactly that field.
 */
export interface FiguresFormState {
  values: Record<string, string>;
  hasEnded: boolean;
  hasOutcomes: boolean;
  hasAgeBands: boolean;
  hasIncomeSources: boolean;
}

export const countColumns = ['total', ...genderParts] as const;
export const genderRows = ['new', 'ongoing', 'ended'] as const;
export const structuralFields = [
  'staffReached',
  'managersReached',
  'unspecifiedReached',
  'meetingsHeld',
] as const;

/** Text → the value the validator should judge: '' is missing, anything else a number (maybe NaN). */
export function countOf(text: string | undefined): number | undefined {
  const trimmed = (text ?? '').replace(/\s/g, '');
  if (trimmed === '') return undefined;
  return Number(trimmed.replace(',', '.'));
}

const genderCount = (values: Record<string, string>, path: string) =>
  Object.fromEntries(countColumns.map((column) => [column, countOf(values[`${path}.${column}`])]));

const breakdown = (values: Record<string, string>, path: string, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, countOf(values[`${path}.${key}`])]));

/** The figures object to send, from the form (unvalidated: the API checks it and says what is wrong). */
export function figuresFromForm(kind: InterventionKind, state: FiguresFormState): unknown {
  const { values } = state;
  if (kind === 'structural') {
    return {
      kind,
      ...Object.fromEntries(structuralFields.map((field) => [field, countOf(values[field])])),
    };
  }
  return {
    kind,
    new: genderCount(values, 'new'),
    ongoing: genderCount(values, 'ongoing'),
    ended: state.hasEnded ? genderCount(values, 'ended') : null,
    outcomes:
      state.hasEnded && state.hasOutcomes
        ? Object.fromEntries(outcomeIds.map((id) => [id, genderCount(values, `outcomes.${id}`)]))
        : null,
    ageBandsAtStart: state.hasAgeBands ? breakdown(values, 'ageBandsAtStart', ageBandIds) : null,
    incomeSourcesAtStart: state.hasIncomeSources
      ? breakdown(values, 'incomeSourcesAtStart', incomeSourceIds)
      : null,
  };
}

/** The form for saved figures (or an empty one, with zeros where nothing is typed yet). */
export function formFromFigures(figures: ParticipantFigures | null): FiguresFormState {
  const values: Record<string, string> = {};
  const flatten = (value: unknown, path: string) => {
    if (value === null || value === undefined) return;
    if (typeof value === 'number') values[path] = String(value);
    else if (typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) flatten(inner, path ? `${path}.${key}` : key);
  };
  flatten(figures, '');
  delete values.kind;
  if (!figures)
    return { values, hasEnded: true, hasOutcomes: true, hasAgeBands: false, hasIncomeSources: false };
  return {
    values,
    hasEnded: figures.kind === 'individual' ? figures.ended !== null : false,
    hasOutcomes: figures.kind === 'individual' ? figures.outcomes !== null : false,
    hasAgeBands: figures.kind === 'individual' ? figures.ageBandsAtStart !== null : false,
    hasIncomeSources: figures.kind === 'individual' ? figures.incomeSourcesAtStart !== null : false,
  };
}
