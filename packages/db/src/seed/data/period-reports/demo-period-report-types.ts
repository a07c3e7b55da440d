import type { HeadingBlock, ListBlock, Ore, ParagraphBlock, ReportKind, WrittenBlock } from '@samsyn/domain';

/**
 * The seeds' reports as demo period reports (issue 23), in the shapes of 0026's tables. A report's
 * sections are its kind's `defaultTemplate` (what a förbund's first report starts from); the data
 * gives the kansli's written texts and the work on the sections by the template section's title,
 * so the data reads like the document it comes from. People are the förbund's demo staff by role.
 */

export type DemoReportTenantSlug = 'gavleborg' | 'harnosand-timra' | 'insjoriket';

/** The demo staff member (`admin@<slug>.demo`, `editor@<slug>.demo`) who did something. */
export type DemoStaffRole = 'admin' | 'editor';

/** One section's assignment and comments, by its template title. */
export interface DemoSectionWork {
  assignee?: DemoStaffRole;
  /** The section's own deadline ('YYYY-MM-DD'). */
  deadline?: string;
  comments?: readonly { author: DemoStaffRole; at: string; body: string }[];
}

/** One row of a note: the label as printed and the two columns in öre. */
export interface DemoNoteLine {
  label: string;
  current: Ore;
  previous: Ore;
}

export interface DemoNote {
  number: number;
  title: string;
  /** 'revenue' | 'costs' of the income statement, or 'balance:<code>' of the balance sheet. */
  statementLine: string;
  lines: readonly DemoNoteLine[];
}

export interface DemoPeriodReport {
  /** Stable key for tests (`gavleborg-halfyear-2019`). */
  key: string;
  tenantSlug: DemoReportTenantSlug;
  kind: ReportKind;
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string | null;
  /** The demo plan (by name) the report is written from; null: none. */
  plan: string | null;
  /** The written texts, by template section title; they replace the template's starting text. */
  texts: Readonly<Record<string, readonly WrittenBlock[]>>;
  /** Who saved the texts (text version 1 of each written section) and when (ISO timestamp). */
  written: { by: DemoStaffRole; at: string };
  work: Readonly<Record<string, DemoSectionWork>>;
  notes: readonly DemoNote[];
  /** Every enabled section marked ready by this person at this time, and the report 'ready'; null: draft. */
  ready: { by: DemoStaffRole; at: string } | null;
}

/** A heading inside a section (1 = the first level under the section's own title). */
export const heading = (text: string, level: 1 | 2 = 1): HeadingBlock => ({ type: 'heading', level, text });

/** One paragraph of plain text (the seed's paragraphs, one string each). */
export const para = (text: string): ParagraphBlock => ({ type: 'paragraph', runs: [{ text }] });

/** A bulleted list of plain items. */
export const bullets = (...items: string[]): ListBlock => ({
  type: 'list',
  ordered: false,
  items: items.map((text) => [{ text }]),
});
