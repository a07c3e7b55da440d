import type { Block } from './blocks.ts';
import type { ReportKind, ReportSource, ReportStatus } from './report-enums.ts';

/** What a generator knows about the report it writes for. */
export interface ReportFrame {
  reportId: string;
  kind: ReportKind;
  /** 'YYYY-MM-DD', inclusive. */
  periodStart: string;
  periodEnd: string;
  /** The verksamhetsplan the report is written from, if any. */
  planId: string | null;
  /** The decision's meeting date once adopted; generators that depend on a date (seats) use it. */
  adoptedOn: string | null;
  tenantName: string;
}

/** A generator's answer: its blocks, or why it has none yet (the section can be written instead). */
export type SourceResult = { status: 'ok'; blocks: Block[] } | { status: 'unavailable'; reason: string };

export interface DocumentSection {
  sectionId: string;
  /** "1", "1.1", "3.5"; '' for an unnumbered section (Bilaga 1). */
  number: string;
  level: 1 | 2;
  title: string;
  source: ReportSource | null;
  /** Null for a written section. */
  generated: SourceResult | null;
  /** The kansli's text, after the generated content. */
  written: Block[];
}

/**
 * The whole report as the förbund reads it: built live from the data until adoption, then frozen
 * as the snapshot (period_report_snapshots.document) and never recomputed. PDF, .docx and the web
 * preview are all drawn from this.
 */
export interface ReportDocument {
  reportId: string;
  kind: ReportKind;
  title: string;
  tenantName: string;
  periodStart: string;
  periodEnd: string;
  status: ReportStatus;
  adoptedOn: string | null;
  /** "Förbundsstyrelsen 2019-08-23 § 5", when adopted by a decision still in the register. */
  decisionLabel: string | null;
  /** The enabled sections in order. */
  sections: DocumentSection[];
  /** When this document was built (ISO timestamp); for a snapshot, the adoption. */
  builtAt: string;
}
