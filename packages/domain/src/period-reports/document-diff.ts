import { type Block, blocksToPlainText, type TableBlock, type TableRow } from './blocks.ts';
import type { DocumentSection, ReportDocument, SourceResult } from './document.ts';

/** One difference between the adopted and the live document: where, and the two texts. */
export interface DocumentChange {
  /** "Resultaträkning, Verksamhetens kostnader, 2019-01-01 – 2019-06-30" or a section's heading. */
  where: string;
  /** '' when the thing did not exist at adoption. */
  adopted: string;
  /** '' when it no longer exists. */
  live: string;
}

export interface SectionDifference {
  sectionId: string;
  number: string;
  title: string;
  changes: DocumentChange[];
}

/**
 * What changed in the report since it was adopted ("ändrat efter fastställande"): per section,
 * matched by sectionId (a section added or switched off since counts as a change), its generated
 * and written blocks compared — tables cell by cell (rows matched by `key` when they have one,
 * else by their place), everything else by its plain text. Sections without changes are left
 * out; nothing changed → []. Pure: the adopted snapshot and the live build come from the caller.
 */
export function diffReportDocuments(adopted: ReportDocument, live: ReportDocument): SectionDifference[] {
  const adoptedById = new Map(adopted.sections.map((section) => [section.sectionId, section]));
  const liveIds = new Set(live.sections.map((section) => section.sectionId));
  const differences: SectionDifference[] = [];
  for (const section of live.sections) {
    const before = adoptedById.get(section.sectionId);
    const changes = before
      ? diffSection(before, section)
      : [{ where: headingOf(section), adopted: '', live: sectionText(section) || section.title }];
    if (changes.length > 0) differences.push(differenceOf(section, changes));
  }
  for (const section of adopted.sections) {
    if (liveIds.has(section.sectionId)) continue;
    const changes = [{ where: headingOf(section), adopted: sectionText(section) || section.title, live: '' }];
    differences.push(differenceOf(section, changes));
  }
  return differences;
}

const differenceOf = (section: DocumentSection, changes: DocumentChange[]): SectionDifference => ({
  sectionId: section.sectionId,
  number: section.number,
  title: section.title,
  changes,
});

/** "1.3 Beskrivning av verksamheten", or the title alone for an unnumbered section. */
const headingOf = (section: DocumentSection) => [section.number, section.title].filter(Boolean).join(' ');

function generatedBlocks(result: SourceResult | null): Block[] {
  if (result === null) return [];
  if (result.status === 'ok') return result.blocks;
  return [{ type: 'notice', tone: 'unavailable', text: result.reason }];
}

const sectionText = (section: DocumentSection) =>
  blocksToPlainText([...generatedBlocks(section.generated), ...section.written]);

function diffSection(adopted: DocumentSection, live: DocumentSection): DocumentChange[] {
  const where = headingOf(live);
  return [
    ...diffBlocks(generatedBlocks(adopted.generated), generatedBlocks(live.generated), where),
    ...diffBlocks(adopted.written, live.written, where),
  ];
}

/** Tables paired by caption (and their order among tables of that caption); the rest as text. */
function diffBlocks(adopted: readonly Block[], live: readonly Block[], where: string): DocumentChange[] {
  const changes: DocumentChange[] = [];
  const textChange = diffText(textOf(adopted), textOf(live), where);
  if (textChange) changes.push(textChange);
  const adoptedTables = tablesByCaption(adopted);
  const liveTables = tablesByCaption(live);
  for (const [id, table] of liveTables) {
    const before = adoptedTables.get(id);
    if (before) changes.push(...diffTable(before, table));
    else changes.push({ where: table.caption || where, adopted: '', live: blocksToPlainText([table]) });
  }
  for (const [id, table] of adoptedTables) {
    if (!liveTables.has(id))
      changes.push({ where: table.caption || where, adopted: blocksToPlainText([table]), live: '' });
  }
  return changes;
}

const textOf = (blocks: readonly Block[]) =>
  blocksToPlainText(blocks.filter((block) => block.type !== 'table'))
    .split('\n')
    .filter((line) => line.trim() !== '');

/**
 * The lines that differ, with what the two texts share at the start and the end left out, so a
 * changed sentence shows as itself rather than as the whole section.
 */
function diffText(adopted: string[], live: string[], where: string): DocumentChange | null {
  let start = 0;
  while (start < adopted.length && start < live.length && adopted[start] === live[start]) start++;
  let end = 0;
  while (
    end < adopted.length - start &&
    end < live.length - start &&
    adopted[adopted.length - 1 - end] === live[live.length - 1 - end]
  )
    end++;
  const before = adopted.slice(start, adopted.length - end);
  const after = live.slice(start, live.length - end);
  if (before.length === 0 && after.length === 0) return null;
  return { where, adopted: before.join('\n'), live: after.join('\n') };
}

function tablesByCaption(blocks: readonly Block[]): Map<string, TableBlock> {
  const seen = new Map<string, number>();
  const tables = new Map<string, TableBlock>();
  for (const block of blocks) {
    if (block.type !== 'table') continue;
    const occurrence = seen.get(block.caption) ?? 0;
    seen.set(block.caption, occurrence + 1);
    tables.set(`${block.caption}\u0000${occurrence}`, block);
  }
  return tables;
}

/** Rows by their key, or by their place among the rows without one. */
function rowsById(table: TableBlock): Map<string, TableRow> {
  const rows = new Map<string, TableRow>();
  let place = 0;
  for (const row of table.rows) rows.set(row.key === undefined ? `#${place++}` : `key:${row.key}`, row);
  return rows;
}

function diffTable(adopted: TableBlock, live: TableBlock): DocumentChange[] {
  const changes: DocumentChange[] = [];
  const adoptedRows = rowsById(adopted);
  const liveRows = rowsById(live);
  const columnLabel = (index: number) => live.columns[index]?.label ?? adopted.columns[index]?.label ?? '';
  const rowWhere = (row: TableRow) => [live.caption, row.cells[0] ?? ''].filter(Boolean).join(', ');
  for (const [id, row] of liveRows) {
    const before = adoptedRows.get(id);
    if (!before) {
      changes.push({ where: rowWhere(row), adopted: '', live: row.cells.join('\t') });
      continue;
    }
    const width = Math.max(row.cells.length, before.cells.length);
    for (let index = 0; index < width; index++) {
      const was = before.cells[index] ?? '';
      const is = row.cells[index] ?? '';
      if (was === is) continue;
      const where = [live.caption, row.cells[0] ?? before.cells[0] ?? '', columnLabel(index)];
      changes.push({ where: where.filter(Boolean).join(', '), adopted: was, live: is });
    }
  }
  for (const [id, row] of adoptedRows) {
    if (!liveRows.has(id)) changes.push({ where: rowWhere(row), adopted: row.cells.join('\t'), live: '' });
  }
  return changes;
}
