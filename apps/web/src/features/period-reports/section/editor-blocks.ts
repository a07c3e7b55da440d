import type { Block, Run, TableRow, WrittenBlock } from '@samsyn/domain';

/**
 * The text editor (TipTap, ProseMirror's JSON) and the report's written blocks (the domain's
 * `writtenBlocksSchema`), converted both ways. Pure, so the rules are unit tested without an editor:
 *
 * - headings of level 1–3 (the first levels under the section's own title), plain text;
 * - paragraphs as runs of text, bold and/or italic, the spaces between kept inside the runs, a line
 *   break (Skift+Enter) as "\n";
 * - bullet and numbered lists of one level;
 * - tables whose first row of header cells gives the columns, numbers aligned right, a row written
 *   all in bold a sum row, and the caption kept as the table node's `caption` attribute.
 *
 * What the blocks cannot hold is dropped, and said so in `dropped` (the page tells the writer):
 * formatting inside headings and table cells, a list inside a list (its items join the outer list),
 * columns past the twelfth, an empty heading, any other node or mark.
 */

export interface EditorMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface EditorNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  text?: string;
  marks?: EditorMark[];
}

/** What was left out of a conversion to blocks, once each. */
export type DroppedContent =
  | 'headingFormatting'
  | 'cellFormatting'
  | 'nestedList'
  | 'extraColumns'
  | 'emptyHeading'
  | 'unknownContent';

export interface EditorToBlocks {
  blocks: WrittenBlock[];
  dropped: DroppedContent[];
}

const MAX_COLUMNS = 12;

/** Amounts, counts and shares as the reports write them: "3 344 423", "−12,5 %", "1 200 tkr". */
const numericCell = /^[−+-]?\d[\d\s\u00a0\u202f]*(,\d+)?(\s*(kr|tkr|mnkr|%))?$/;

/** The editor's document → written blocks. */
export function editorToBlocks(doc: EditorNode): EditorToBlocks {
  const dropped = new Set<DroppedContent>();
  const blocks: WrittenBlock[] = [];
  for (const node of doc.content ?? []) {
    const block = toBlock(node, dropped);
    if (block) blocks.push(block);
  }
  return { blocks, dropped: [...dropped] };
}

function toBlock(node: EditorNode, dropped: Set<DroppedContent>): WrittenBlock | null {
  switch (node.type) {
    case 'heading': {
      if (hasMarks(node)) dropped.add('headingFormatting');
      const text = plainText(node).trim();
      if (text === '') {
        dropped.add('emptyHeading');
        return null;
      }
      return { type: 'heading', level: headingLevel(node.attrs?.level), text };
    }
    case 'paragraph': {
      const runs = runsOf(node, dropped);
      // An empty paragraph is the editor's blank line, not content.
      return runs.length === 0 ? null : { type: 'paragraph', runs };
    }
    case 'bulletList':
    case 'orderedList': {
      const items = listItems(node, dropped);
      return items.length === 0 ? null : { type: 'list', ordered: node.type === 'orderedList', items };
    }
    case 'table':
      return tableOf(node, dropped);
    default:
      dropped.add('unknownContent');
      return null;
  }
}

function headingLevel(level: unknown): 1 | 2 | 3 {
  return level === 2 || level === 3 ? level : 1;
}

/** The runs of a paragraph: text nodes with their bold/italic, line breaks as "\n", neighbours merged. */
function runsOf(node: EditorNode, dropped: Set<DroppedContent>): Run[] {
  const runs: Run[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') {
      pushRun(runs, { text: '\n' });
    } else if (child.type === 'text' && child.text) {
      const marks = new Set((child.marks ?? []).map((mark) => mark.type));
      if ([...marks].some((mark) => mark !== 'bold' && mark !== 'italic')) dropped.add('unknownContent');
      pushRun(runs, {
        text: child.text,
        ...(marks.has('bold') ? { bold: true } : {}),
        ...(marks.has('italic') ? { italic: true } : {}),
      });
    } else {
      dropped.add('unknownContent');
    }
  }
  return runs;
}

function pushRun(runs: Run[], run: Run): void {
  const last = runs.at(-1);
  // A line break takes the formatting of the text before it, so "**a**\n**b**" stays one run.
  if (last && (run.text === '\n' || (!!last.bold === !!run.bold && !!last.italic === !!run.italic))) {
    last.text += run.text;
  } else {
    runs.push({ ...run });
  }
}

function listItems(list: EditorNode, dropped: Set<DroppedContent>): Run[][] {
  const items: Run[][] = [];
  for (const item of list.content ?? []) {
    const runs: Run[] = [];
    for (const child of item.content ?? []) {
      if (child.type === 'paragraph') {
        if (runs.length > 0) pushRun(runs, { text: '\n' });
        for (const run of runsOf(child, dropped)) pushRun(runs, run);
      } else if (child.type === 'bulletList' || child.type === 'orderedList') {
        dropped.add('nestedList');
        if (runs.length > 0) items.push(runs.splice(0));
        items.push(...listItems(child, dropped));
      } else {
        dropped.add('unknownContent');
      }
    }
    if (runs.length > 0) items.push(runs);
  }
  return items;
}

function tableOf(table: EditorNode, dropped: Set<DroppedContent>): WrittenBlock | null {
  const rows = (table.content ?? []).filter((row) => row.type === 'tableRow');
  const first = rows[0];
  if (!first) return null;
  const hasHeader = (first.content ?? []).length > 0 && (first.content ?? []).every(isHeaderCell);
  const bodyRows = hasHeader ? rows.slice(1) : rows;
  const width = Math.max(...rows.map((row) => (row.content ?? []).length), 1);
  if (width > MAX_COLUMNS) dropped.add('extraColumns');
  const columnCount = Math.min(width, MAX_COLUMNS);
  const cellsOf = (row: EditorNode) =>
    pad(
      (row.content ?? []).slice(0, columnCount).map((cell) => cellText(cell, dropped)),
      columnCount,
    );
  if (hasHeader && hasMarks(first)) dropped.add('cellFormatting');
  const labels = hasHeader ? cellsOf(first) : pad([], columnCount);
  const body: TableRow[] = bodyRows.map((row) => {
    const cells = cellsOf(row);
    if (isSumRow(row, columnCount)) return { cells, emphasis: 'sum' };
    if (hasMarks(row)) dropped.add('cellFormatting');
    return { cells };
  });
  const caption = typeof table.attrs?.caption === 'string' ? table.attrs.caption.trim() : '';
  return {
    type: 'table',
    caption,
    columns: labels.map((label, index) => ({ label, align: columnAlign(body, index) })),
    rows: body,
  };
}

const isHeaderCell = (cell: EditorNode) => cell.type === 'tableHeader';

const pad = (cells: string[], count: number) => [
  ...cells,
  ...Array.from({ length: count - cells.length }, () => ''),
];

/** A cell holds one line of plain text: its paragraphs and line breaks become spaces. */
function cellText(cell: EditorNode, dropped: Set<DroppedContent>): string {
  const paragraphs = (cell.content ?? []).map((child) => {
    if (child.type !== 'paragraph') dropped.add('unknownContent');
    return plainText(child).replace(/\s*\n\s*/g, ' ');
  });
  return paragraphs
    .filter((text) => text.trim() !== '')
    .join(' ')
    .trim();
}

/** True when every text of the paragraph is bold and nothing else: part of a sum row, not lost formatting. */
function isSumCellParagraph(paragraph: EditorNode): boolean {
  const texts = (paragraph.content ?? []).filter((child) => child.type === 'text');
  return (
    texts.length > 0 &&
    texts.every((text) => (text.marks ?? []).length === 1 && text.marks?.[0]?.type === 'bold')
  );
}

/** A row whose every filled cell is written all in bold is a sum row (drawn bold in every output). */
function isSumRow(row: EditorNode, columnCount: number): boolean {
  const cells = (row.content ?? []).slice(0, columnCount);
  const paragraphs = cells.flatMap((cell) =>
    (cell.content ?? []).filter((child) => child.type === 'paragraph' && plainText(child).trim() !== ''),
  );
  return paragraphs.length > 0 && paragraphs.every(isSumCellParagraph);
}

/** Right when the column has figures and nothing but figures. */
function columnAlign(rows: TableRow[], index: number): 'left' | 'right' {
  const filled = rows.map((row) => row.cells[index] ?? '').filter((cell) => cell !== '');
  return filled.length > 0 && filled.every((cell) => numericCell.test(cell)) ? 'right' : 'left';
}

function plainText(node: EditorNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(plainText).join('');
}

function hasMarks(node: EditorNode): boolean {
  return (node.content ?? []).some((child) => (child.marks ?? []).length > 0 || hasMarks(child));
}

// ——— blocks → editor ———

/**
 * Written blocks → the editor's document. Notices and signatures come only from generators and are
 * never in a written text; if one were, it is left out. A table gets a header row from its columns.
 */
export function blocksToEditor(blocks: readonly Block[]): EditorNode {
  const content = blocks.flatMap((block): EditorNode[] => {
    switch (block.type) {
      case 'heading':
        return [{ type: 'heading', attrs: { level: block.level }, content: textNodes(block.text) }];
      case 'paragraph':
        return [{ type: 'paragraph', content: runNodes(block.runs) }];
      case 'list':
        return [
          {
            type: block.ordered ? 'orderedList' : 'bulletList',
            content: block.items.map((runs) => ({
              type: 'listItem',
              content: [{ type: 'paragraph', content: runNodes(runs) }],
            })),
          },
        ];
      case 'table':
        return [tableNode(block)];
      default:
        // Notices and signatures.
        return [];
    }
  });
  // ProseMirror's document needs at least one block.
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

function tableNode(block: Extract<Block, { type: 'table' }>): EditorNode {
  const cell = (type: 'tableHeader' | 'tableCell', text: string, bold = false): EditorNode => ({
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: null },
    content: [
      {
        type: 'paragraph',
        content: text === '' ? [] : [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }],
      },
    ],
  });
  const width = block.columns.length;
  return {
    type: 'table',
    attrs: { caption: block.caption },
    content: [
      { type: 'tableRow', content: block.columns.map((column) => cell('tableHeader', column.label)) },
      ...block.rows.map((row) => ({
        type: 'tableRow',
        content: pad(row.cells.slice(0, width), width).map((text) =>
          cell('tableCell', text, row.emphasis === 'sum'),
        ),
      })),
    ],
  };
}

const textNodes = (text: string): EditorNode[] => (text === '' ? [] : [{ type: 'text', text }]);

function runNodes(runs: readonly Run[]): EditorNode[] {
  const nodes: EditorNode[] = [];
  for (const run of runs) {
    const marks = [...(run.bold ? [{ type: 'bold' }] : []), ...(run.italic ? [{ type: 'italic' }] : [])];
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) nodes.push({ type: 'hardBreak' });
      if (part !== '') nodes.push({ type: 'text', text: part, ...(marks.length > 0 ? { marks } : {}) });
    });
  }
  return nodes;
}
