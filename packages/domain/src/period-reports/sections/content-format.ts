import type { Block, HeadingBlock, ParagraphBlock } from '../blocks.ts';
import type { SourceResult } from '../document.ts';

/*
 * What the non-economy generators (organisation, plan, board, interventions, applications) share:
 * the follow-up period a report's dates stand for, Swedish enumerations and dates in words, and a
 * stored multi-paragraph text as paragraph blocks. Document text, Swedish.
 */

/**
 * The follow-up period ('2019-H1', '2019-H2', '2019') a report's dates cover, as the plan's
 * follow-up, the board's work and the interventions' report take it; null for any other span
 * (a delårsrapport through August), which those sources do not follow up.
 */
export function followUpPeriodOf(periodStart: string, periodEnd: string): string | null {
  const year = periodStart.slice(0, 4);
  if (periodEnd.slice(0, 4) !== year) return null;
  const span = `${periodStart.slice(5)}/${periodEnd.slice(5)}`;
  if (span === '01-01/06-30') return `${year}-H1`;
  if (span === '07-01/12-31') return `${year}-H2`;
  if (span === '01-01/12-31') return year;
  return null;
}

/** The period's first year: the plan in force, the granted interventions' year. */
export const firstYearOf = (periodStart: string): number => Number(periodStart.slice(0, 4));

/** "2019" or "2020–2022". */
export const yearsLabel = (firstYear: number, lastYear: number): string =>
  firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;

/** An enumeration as the reports write members: "a", "a samt b", "a, b samt c". */
export function listWithSamt(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} samt ${items.at(-1)}`;
}

/** An enumeration with "och": "a", "a och b", "a, b och c". */
export function listWithOch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** '2019-08-23' → "23 augusti 2019". */
export function swedishDateWords(date: string): string {
  const month = monthNames[Number(date.slice(5, 7)) - 1];
  if (!/^\d{4}-\d\d-\d\d$/.test(date) || !month) throw new RangeError(`swedishDateWords: ${date}`);
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('sv-SE') + text.slice(1);

/** A stored text of one or more paragraphs (blank lines or line breaks between them) as paragraph blocks. */
export function textParagraphs(text: string): ParagraphBlock[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph', runs: [{ text: line }] }));
}

/** A text on one line for a table cell (cells are single lines in every output). */
export const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

export const heading = (level: 1 | 2 | 3, text: string): HeadingBlock => ({ type: 'heading', level, text });

/** A paragraph in bold: the label before a list ("Ordinarie ledamöter:"). */
export const boldParagraph = (text: string): ParagraphBlock => ({
  type: 'paragraph',
  runs: [{ text, bold: true }],
});

export const bulletList = (items: readonly string[], ordered = false): Block => ({
  type: 'list',
  ordered,
  items: items.map((text) => [{ text }]),
});

export const ok = (blocks: Block[]): SourceResult => ({ status: 'ok', blocks });
export const unavailable = (reason: string): SourceResult => ({ status: 'unavailable', reason });

/** '2019-H1' → "första halvåret 2019", '2019-H2' → "andra halvåret 2019", '2019' → "2019". */
export function periodWords(period: string): string {
  const year = period.slice(0, 4);
  if (period.endsWith('-H1')) return `första halvåret ${year}`;
  if (period.endsWith('-H2')) return `andra halvåret ${year}`;
  return year;
}

/** A source followed up per half-year or year, for a span that is neither (a delårsrapport). */
export const noFollowUpPeriod = (what: string, from: string, to: string): SourceResult =>
  unavailable(
    `${what} sammanställs per halvår och helår, och perioden ${from} – ${to} är inget av dem. Skriv avsnittet i stället.`,
  );
