import {
  type AgeBandId,
  ageBandIds,
  genderParts,
  type IncomeSourceId,
  type InterventionKind,
  incomeSourceIds,
  type OutcomeId,
  outcomeIds,
  type ParticipantFigures,
  periodNoteSchema,
  validateParticipantFigures,
} from '@samsyn/domain';
import { z } from 'zod';

export const countColumns = ['total', ...genderParts] as const;
export type CountColumn = (typeof countColumns)[number];
export const genderRows = ['new', 'ongoing', 'ended'] as const;
export const structuralFields = [
  'staffReached',
  'managersReached',
  'unspecifiedReached',
  'meetingsHeld',
] as const;

type GenderTexts = Record<CountColumn, string>;

/**
 * What the period-figures form holds: every count as the text typed, at the same path as in the
 * figures object ('new.women', 'outcomes.work.total', 'meetingsHeld'), so a problem the domain's
 * validator reports at a path lands beside exactly that field. The flags say which optional parts
 * the intervention reports.
 */
export interface FiguresFormValues {
  new: GenderTexts;
  ongoing: GenderTexts;
  ended: GenderTexts;
  outcomes: Record<OutcomeId, GenderTexts>;
  ageBandsAtStart: Record<AgeBandId, string>;
  incomeSourcesAtStart: Record<IncomeSourceId, string>;
  staffReached: string;
  managersReached: string;
  unspecifiedReached: string;
  meetingsHeld: string;
  hasEnded: boolean;
  hasOutcomes: boolean;
  hasAgeBands: boolean;
  hasIncomeSources: boolean;
  resultsText: string;
  comment: string;
}

/**
 * Text → the value the validator should judge: a blank box is 0 (the form says so beside the
 * boxes: most periods leave most categories empty), anything else a number (maybe NaN).
 */
export function countOf(text: string | undefined): number {
  const trimmed = (text ?? '').replace(/\s/g, '');
  if (trimmed === '') return 0;
  return Number(trimmed.replace(',', '.'));
}

const textOf = (count: number | undefined) => (count === undefined ? '' : String(count));
const textsOf = <K extends string>(keys: readonly K[], counts?: Partial<Record<K, number>> | null) =>
  Object.fromEntries(keys.map((key) => [key, textOf(counts?.[key])])) as Record<K, string>;
const countsOf = <K extends string>(keys: readonly K[], texts: Record<K, string>) =>
  Object.fromEntries(keys.map((key) => [key, countOf(texts[key])]));

/** The form for saved figures and note (or an empty one for a period not reported yet). */
export function valuesFromFigures(
  figures: ParticipantFigures | null,
  note: { resultsText: string; comment: string } | null = null,
): FiguresFormValues {
  const individual = figures?.kind === 'individual' ? figures : null;
  const structural = figures?.kind === 'structural' ? figures : null;
  return {
    new: textsOf(countColumns, individual?.new),
    ongoing: textsOf(countColumns, individual?.ongoing),
    ended: textsOf(countColumns, individual?.ended),
    outcomes: Object.fromEntries(
      outcomeIds.map((id) => [id, textsOf(countColumns, individual?.outcomes?.[id])]),
    ) as Record<OutcomeId, GenderTexts>,
    ageBandsAtStart: textsOf(ageBandIds, individual?.ageBandsAtStart),
    incomeSourcesAtStart: textsOf(incomeSourceIds, individual?.incomeSourcesAtStart),
    ...textsOf(structuralFields, structural),
    // A period not reported yet offers the usual parts; saved figures keep the parts they had.
    hasEnded: figures ? individual?.ended != null : true,
    hasOutcomes: figures ? individual?.outcomes != null : true,
    hasAgeBands: individual?.ageBandsAtStart != null,
    hasIncomeSources: individual?.incomeSourcesAtStart != null,
    resultsText: note?.resultsText ?? '',
    comment: note?.comment ?? '',
  };
}

/** The figures object to send, from the form (unvalidated: the validator says what is wrong). */
export function figuresFromValues(kind: InterventionKind, values: FiguresFormValues): unknown {
  if (kind === 'structural') return { kind, ...countsOf(structuralFields, values) };
  const hasEnded = values.hasEnded;
  return {
    kind,
    new: countsOf(countColumns, values.new),
    ongoing: countsOf(countColumns, values.ongoing),
    ended: hasEnded ? countsOf(countColumns, values.ended) : null,
    outcomes:
      hasEnded && values.hasOutcomes
        ? Object.fromEntries(outcomeIds.map((id) => [id, countsOf(countColumns, values.outcomes[id])]))
        : null,
    ageBandsAtStart: values.hasAgeBands ? countsOf(ageBandIds, values.ageBandsAtStart) : null,
    incomeSourcesAtStart: values.hasIncomeSources
      ? countsOf(incomeSourceIds, values.incomeSourcesAtStart)
      : null,
  };
}

export interface ParsedFigures {
  figures: ParticipantFigures;
  resultsText: string;
  comment: string;
}

const noteSchema = periodNoteSchema.pick({ resultsText: true, comment: true });

/**
 * The form's schema: the domain's own figure rules (every problem at once, at its field's path,
 * for an intervention of `kind`) and the period note's rules, so the browser refuses what the API
 * would, with the same sentences.
 */
export function figuresFormSchema(kind: InterventionKind) {
  return z
    .custom<FiguresFormValues>((value) => typeof value === 'object' && value !== null)
    .transform((values, ctx): ParsedFigures => {
      const figures = validateParticipantFigures(figuresFromValues(kind, values), kind);
      const note = noteSchema.safeParse({ resultsText: values.resultsText, comment: values.comment });
      if (!figures.ok)
        for (const problem of figures.problems)
          ctx.addIssue({ code: 'custom', message: problem.key, path: [...problem.path] });
      if (!note.success)
        for (const issue of note.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path] });
      if (!figures.ok || !note.success) return z.NEVER;
      return { figures: figures.value, ...note.data };
    });
}

/**
 * Every path the form can report a problem at, with the words that name it in the error summary
 * ("Nya deltagare, Kvinnor: Ange ett antal …"): one sentence per field, never an unnamed one.
 */
export function figuresFieldLabels(words: {
  row: (row: (typeof genderRows)[number] | OutcomeId) => string;
  column: (column: CountColumn) => string;
  outcomesCaption: string;
  ageBand: (id: AgeBandId) => string;
  ageBandsLegend: string;
  incomeSource: (id: IncomeSourceId) => string;
  incomeSourcesLegend: string;
  structural: (field: (typeof structuralFields)[number]) => string;
  resultsText: string;
  comment: string;
}): Record<string, string> {
  const labels: Record<string, string> = {
    outcomes: words.outcomesCaption,
    ageBandsAtStart: words.ageBandsLegend,
    incomeSourcesAtStart: words.incomeSourcesLegend,
    resultsText: words.resultsText,
    comment: words.comment,
  };
  for (const column of countColumns) {
    for (const row of genderRows) labels[`${row}.${column}`] = `${words.row(row)}, ${words.column(column)}`;
    for (const id of outcomeIds)
      labels[`outcomes.${id}.${column}`] = `${words.row(id)}, ${words.column(column)}`;
    labels[`outcomes.${column}`] = `${words.outcomesCaption}, ${words.column(column)}`;
  }
  for (const id of ageBandIds) labels[`ageBandsAtStart.${id}`] = words.ageBand(id);
  for (const id of incomeSourceIds) labels[`incomeSourcesAtStart.${id}`] = words.incomeSource(id);
  for (const field of structuralFields) labels[field] = words.structural(field);
  return labels;
}
