import { z } from 'zod';
import { runText, singleLineText } from '../text.ts';

/**
 * The content model of a report section, shared by what is generated from the data and what the
 * kansli writes: headings, paragraphs of runs (bold/italic), lists, tables, notices and the
 * signature block. The web page, the PDF (Typst) and the .docx are all drawn from these blocks, so
 * a figure is formatted once (by the generator, sv-SE) and every output shows the same text.
 *
 * Written sections may hold headings, paragraphs, lists and tables (`writtenBlocksSchema`, checked
 * at the API's edge); notices and signatures come only from generators.
 */

const MAX_RUNS = 200;
const MAX_ITEMS = 200;
const MAX_COLUMNS = 12;
const MAX_ROWS = 500;
export const MAX_WRITTEN_BLOCKS = 500;

export const runSchema = z.object({
  text: runText({ typeError: 'periodReport.textInvalid' }).max(20_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type Run = z.output<typeof runSchema>;

const runsSchema = z.array(runSchema).max(MAX_RUNS);

export const headingBlockSchema = z.object({
  type: z.literal('heading'),
  /** 1 = the first level under the section's own title. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: singleLineText().min(1).max(300),
});
export const paragraphBlockSchema = z.object({ type: z.literal('paragraph'), runs: runsSchema });
export const listBlockSchema = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(runsSchema).min(1).max(MAX_ITEMS),
});
export const tableColumnSchema = z.object({
  label: singleLineText().max(200),
  align: z.enum(['left', 'right']),
});
export const tableRowSchema = z.object({
  cells: z.array(singleLineText().max(1000)).max(MAX_COLUMNS),
  /** A sum or result row, drawn bold. */
  emphasis: z.enum(['sum']).optional(),
  /** A stable key (a statement row, a budget line) so the adopted and live tables compare row by row. */
  key: singleLineText().max(100).optional(),
});
export const tableBlockSchema = z.object({
  type: z.literal('table'),
  /** Read out before the table and used as its summary in the PDF's tags. */
  caption: singleLineText().max(300),
  columns: z.array(tableColumnSchema).min(1).max(MAX_COLUMNS),
  rows: z.array(tableRowSchema).max(MAX_ROWS),
});

export const writtenBlockSchema = z.discriminatedUnion('type', [
  headingBlockSchema,
  paragraphBlockSchema,
  listBlockSchema,
  tableBlockSchema,
]);
export const writtenBlocksSchema = z.array(writtenBlockSchema).max(MAX_WRITTEN_BLOCKS);

export type HeadingBlock = z.output<typeof headingBlockSchema>;
export type ParagraphBlock = z.output<typeof paragraphBlockSchema>;
export type ListBlock = z.output<typeof listBlockSchema>;
export type TableBlock = z.output<typeof tableBlockSchema>;
export type TableRow = z.output<typeof tableRowSchema>;
export type WrittenBlock = z.output<typeof writtenBlockSchema>;

/**
 * A generator's remark inside its content: a difference the document does not hide (a note whose
 * rows do not add up to its statement line), a source that has no data, or plain information.
 */
export interface NoticeBlock {
  type: 'notice';
  tone: 'difference' | 'unavailable' | 'info';
  text: string;
}

/** §4 Styrelsens beslut: "Gävle den 23 augusti 2019" and one line per signer. */
export interface SignaturesBlock {
  type: 'signatures';
  /** "Gävle den 23 augusti 2019"; null until the report is adopted (the date is the decision's). */
  placeAndDate: string | null;
  signers: { name: string; role: string }[];
}

export type Block = WrittenBlock | NoticeBlock | SignaturesBlock;

/** One paragraph of plain text. */
export const paragraph = (text: string): ParagraphBlock => ({ type: 'paragraph', runs: [{ text }] });

/** The plain text of a block list, in reading order (search, tests, the diff's fallback). */
export function blocksToPlainText(blocks: readonly Block[]): string {
  const runs = (r: readonly Run[]) => r.map((run) => run.text).join('');
  return blocks.map((block) => blockText(block, runs)).join('\n');
}

function blockText(block: Block, runs: (r: readonly Run[]) => string): string {
  switch (block.type) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return runs(block.runs);
    case 'list':
      return block.items.map(runs).join('\n');
    case 'table':
      return [
        block.caption,
        block.columns.map((c) => c.label).join('\t'),
        ...block.rows.map((row) => row.cells.join('\t')),
      ].join('\n');
    case 'notice':
      return block.text;
    case 'signatures':
      return [block.placeAndDate ?? '', ...block.signers.map((s) => `${s.name}, ${s.role}`)].join('\n');
  }
}
