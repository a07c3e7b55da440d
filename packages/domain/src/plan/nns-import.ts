import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { singleLineText } from '../text.ts';
import { compareExact, exactFromDecimal } from './exact-value.ts';
import {
  NNS_SCALE_MAX,
  NNS_SCALE_MIN,
  type NnsIndicator,
  type NnsQuestionnaire,
  nnsIndicators,
  nnsQuestionnaireFileNames,
} from './nns-indicators.ts';
import { MAX_NNS_FILE_ROWS, normaliseNnsText } from './nns-result-file.ts';

/** Decimal text as the file reader writes it: at most three digits and two decimals, a point. */
const decimalText = z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, { error: 'nns.badNumber' });

export const nnsYearSchema = z.number().int().min(2000).max(2100);

export const nnsImportRowSchema = z.object({
  row: z.number().int().min(1).max(1_000_000),
  questionnaire: singleLineText().max(200),
  question: singleLineText().max(2000),
  scope: singleLineText().max(300),
  n: z.number().int().min(0).max(MAX_INT4),
  value: decimalText,
  nationalValue: decimalText.nullable(),
});
export type NnsImportRow = z.infer<typeof nnsImportRowSchema>;

/** `nns.importPreview` and `nns.import`: one year's result file, all of it. */
export const nnsImportInputSchema = z.object({
  year: nnsYearSchema,
  fileName: singleLineText().max(255),
  rows: z.array(nnsImportRowSchema).min(1, { error: 'nns.noRows' }).max(MAX_NNS_FILE_ROWS),
  /** The year's version the preview showed (0: no results yet); a newer one gets CONFLICT. */
  expectedVersion: z.number().int().min(0).max(MAX_INT4),
});
export type NnsImportInput = z.infer<typeof nnsImportInputSchema>;

export const nnsResultsInputSchema = z.object({ year: nnsYearSchema.optional() });
export const nnsNationalInputSchema = z.object({ year: nnsYearSchema.optional() });

export type NnsScopeKind = 'forbund' | 'intervention' | 'localGroup';

/** The "Omfattning" cell: the whole förbund, or one intervention or local group by its name. */
export type NnsScopeRef = { kind: 'forbund' } | { kind: 'intervention' | 'localGroup'; name: string };

const scopePrefixes: readonly [string, 'intervention' | 'localGroup'][] = [
  ['insats:', 'intervention'],
  ['lokal samverkansgrupp:', 'localGroup'],
  ['samverkansgrupp:', 'localGroup'],
];
const forbundWords = ['förbundet', 'hela förbundet', 'samordningsförbundet'];

export function parseNnsScope(text: string): NnsScopeRef | null {
  const normalised = normaliseNnsText(text);
  const lower = normalised.toLowerCase();
  if (forbundWords.includes(lower)) return { kind: 'forbund' };
  for (const [prefix, kind] of scopePrefixes) {
    if (lower.startsWith(prefix)) {
      const name = normalised.slice(prefix.length).trim();
      return name ? { kind, name } : null;
    }
  }
  return null;
}

export type NnsRowProblem =
  | { reason: 'nns.unknownQuestionnaire'; row: number; text: string }
  | { reason: 'nns.changedText'; row: number; text: string; expected: string | null }
  | { reason: 'nns.valueOutOfScale'; row: number; text: string }
  | { reason: 'nns.unknownScope'; row: number; text: string }
  | { reason: 'nns.duplicateRow'; row: number; text: string };

export interface CheckedNnsRow extends NnsImportRow {
  code: string;
  scopeRef: NnsScopeRef;
}

const questionnaireByFileName = new Map<string, NnsQuestionnaire>(
  (Object.entries(nnsQuestionnaireFileNames) as [NnsQuestionnaire, string][]).map(([key, name]) => [
    name.toLowerCase(),
    key,
  ]),
);

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The reference statement most like `text` (shared words), to show beside a changed one. */
function closestStatement(text: string, candidates: readonly NnsIndicator[]): NnsIndicator | null {
  const mine = words(text);
  let best: { indicator: NnsIndicator; score: number } | null = null;
  for (const indicator of candidates) {
    const theirs = words(indicator.text);
    const shared = [...mine].filter((word) => theirs.has(word)).length;
    const score = (2 * shared) / (mine.size + theirs.size || 1);
    if (!best || score > best.score) best = { indicator, score };
  }
  return best && best.score >= 0.5 ? best.indicator : null;
}

const inScale = (value: string) =>
  compareExact(exactFromDecimal(value), exactFromDecimal(String(NNS_SCALE_MIN))) >= 0 &&
  compareExact(exactFromDecimal(value), exactFromDecimal(String(NNS_SCALE_MAX))) <= 0;

/**
 * Checks a result file's rows against NNS's fixed wording: each question must be a reference
 * statement of its questionnaire EXACTLY (white space aside), since a rephrased statement is a
 * different question and its answers cannot be compared with the national figure. Also: scores on
 * the 1–10 scale, a readable scope, one row per statement and scope. Returns the rows with their
 * codes, or every problem (the import refuses the whole file on any).
 */
export function checkNnsRows(
  rows: readonly NnsImportRow[],
): { ok: true; rows: CheckedNnsRow[] } | { ok: false; problems: NnsRowProblem[] } {
  const problems: NnsRowProblem[] = [];
  const checked: CheckedNnsRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const questionnaire = questionnaireByFileName.get(normaliseNnsText(row.questionnaire).toLowerCase());
    if (!questionnaire) {
      problems.push({ reason: 'nns.unknownQuestionnaire', row: row.row, text: row.questionnaire });
      continue;
    }
    const question = normaliseNnsText(row.question);
    const candidates = nnsIndicators.filter((indicator) => indicator.questionnaire === questionnaire);
    const indicator = candidates.find((candidate) => candidate.text === question);
    if (!indicator) {
      problems.push({
        reason: 'nns.changedText',
        row: row.row,
        text: question,
        expected: closestStatement(question, candidates)?.text ?? null,
      });
      continue;
    }
    for (const value of [row.value, row.nationalValue])
      if (value !== null && !inScale(value))
        problems.push({ reason: 'nns.valueOutOfScale', row: row.row, text: value });
    const scopeRef = parseNnsScope(row.scope);
    if (!scopeRef) {
      problems.push({ reason: 'nns.unknownScope', row: row.row, text: row.scope });
      continue;
    }
    const key = `${indicator.code}|${scopeRef.kind}|${scopeRef.kind === 'forbund' ? '' : scopeRef.name.toLowerCase()}`;
    if (seen.has(key)) {
      problems.push({ reason: 'nns.duplicateRow', row: row.row, text: question });
      continue;
    }
    seen.add(key);
    checked.push({ ...row, question, code: indicator.code, scopeRef });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: checked };
}
