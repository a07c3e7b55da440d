import { type WrittenBlock, writtenBlocksSchema } from '@samsyn/domain';
import { getSchema } from '@tiptap/react';
import { describe, expect, it } from 'vitest';
import { blocksToEditor, type EditorNode, editorToBlocks } from './editor-blocks.ts';
import { editorExtensions } from './editor-extensions.ts';

const text = (value: string, ...marks: string[]): EditorNode => ({
  type: 'text',
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});
const p = (...content: EditorNode[]): EditorNode => ({ type: 'paragraph', content });
const doc = (...content: EditorNode[]): EditorNode => ({ type: 'doc', content });
const cell = (type: 'tableHeader' | 'tableCell', ...content: EditorNode[]): EditorNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [p(...content)],
});
const row = (...cells: EditorNode[]): EditorNode => ({ type: 'tableRow', content: cells });

describe('editorToBlocks', () => {
  it('keeps a heading at its level as plain text', () => {
    const result = editorToBlocks(
      doc({ type: 'heading', attrs: { level: 2 }, content: [text('Verksamhetens '), text('mål')] }),
    );
    expect(result).toEqual({
      blocks: [{ type: 'heading', level: 2, text: 'Verksamhetens mål' }],
      dropped: [],
    });
  });

  it('keeps bold and italic runs with the spaces between them', () => {
    const { blocks } = editorToBlocks(
      doc(
        p(
          text('Förbundet har '),
          text('bedrivit', 'bold'),
          text(' verksamhet '),
          text('i', 'bold', 'italic'),
        ),
      ),
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'Förbundet har ' },
          { text: 'bedrivit', bold: true },
          { text: ' verksamhet ' },
          { text: 'i', bold: true, italic: true },
        ],
      },
    ]);
  });

  it('merges neighbouring text of the same formatting and keeps a line break as "\\n"', () => {
    const { blocks } = editorToBlocks(doc(p(text('Ett'), text(' två'), { type: 'hardBreak' }, text('tre'))));
    expect(blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'Ett två\ntre' }] }]);
  });

  it('leaves out the blank lines of empty paragraphs', () => {
    expect(editorToBlocks(doc(p(), p(text('Text')), { type: 'paragraph' })).blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Text' }] },
    ]);
  });

  it('keeps bullet and numbered lists with formatted items', () => {
    const list = (type: string, ...items: EditorNode[][]): EditorNode => ({
      type,
      content: items.map((content) => ({ type: 'listItem', content: [p(...content)] })),
    });
    const { blocks } = editorToBlocks(
      doc(list('bulletList', [text('Ett')], [text('Två', 'italic')]), list('orderedList', [text('Först')])),
    );
    expect(blocks).toEqual([
      { type: 'list', ordered: false, items: [[{ text: 'Ett' }], [{ text: 'Två', italic: true }]] },
      { type: 'list', ordered: true, items: [[{ text: 'Först' }]] },
    ]);
  });

  it('joins a nested list into the outer one and says the nesting was dropped', () => {
    const result = editorToBlocks(
      doc({
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              p(text('Ett')),
              { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Ett a'))] }] },
            ],
          },
          { type: 'listItem', content: [p(text('Två'))] },
        ],
      }),
    );
    expect(result).toEqual({
      blocks: [
        { type: 'list', ordered: false, items: [[{ text: 'Ett' }], [{ text: 'Ett a' }], [{ text: 'Två' }]] },
      ],
      dropped: ['nestedList'],
    });
  });

  it('reads a table with a header row: columns, right-aligned figures, a bold sum row and the caption', () => {
    const { blocks, dropped } = editorToBlocks(
      doc({
        type: 'table',
        attrs: { caption: ' Kostnader per insats ' },
        content: [
          row(cell('tableHeader', text('Insats')), cell('tableHeader', text('Kostnad'))),
          row(cell('tableCell', text('Steg')), cell('tableCell', text('1 200 000 kr'))),
          row(cell('tableCell', text('Kraft')), cell('tableCell', text('−12 500'))),
          row(cell('tableCell', text('Summa', 'bold')), cell('tableCell', text('1 187 500 kr', 'bold'))),
        ],
      }),
    );
    expect(dropped).toEqual([]);
    expect(blocks).toEqual([
      {
        type: 'table',
        caption: 'Kostnader per insats',
        columns: [
          { label: 'Insats', align: 'left' },
          { label: 'Kostnad', align: 'right' },
        ],
        rows: [
          { cells: ['Steg', '1 200 000 kr'] },
          { cells: ['Kraft', '−12 500'] },
          { cells: ['Summa', '1 187 500 kr'], emphasis: 'sum' },
        ],
      },
    ]);
  });

  it('reads a table without a header row as rows under empty column labels, padding short rows', () => {
    const { blocks } = editorToBlocks(
      doc({
        type: 'table',
        content: [
          row(cell('tableCell', text('a')), cell('tableCell', text('b'))),
          row(cell('tableCell', text('c'))),
        ],
      }),
    );
    expect(blocks).toEqual([
      {
        type: 'table',
        caption: '',
        columns: [
          { label: '', align: 'left' },
          { label: '', align: 'left' },
        ],
        rows: [{ cells: ['a', 'b'] }, { cells: ['c', ''] }],
      },
    ]);
  });

  it('drops what the blocks cannot hold and names it: formatting in headings and cells, columns past 12, unknown nodes', () => {
    const wide = row(...Array.from({ length: 13 }, (_, index) => cell('tableCell', text(String(index)))));
    const result = editorToBlocks(
      doc(
        { type: 'heading', attrs: { level: 1 }, content: [text('Fet', 'bold')] },
        { type: 'heading', attrs: { level: 1 }, content: [] },
        { type: 'blockquote', content: [p(text('Citat'))] },
        p(text('kod', 'code')),
        {
          type: 'table',
          content: [wide, row(cell('tableCell', text('en', 'italic')), cell('tableCell', text('två')))],
        },
      ),
    );
    expect(result.dropped.sort()).toEqual(
      ['cellFormatting', 'emptyHeading', 'extraColumns', 'headingFormatting', 'unknownContent'].sort(),
    );
    expect(result.blocks[0]).toEqual({ type: 'heading', level: 1, text: 'Fet' });
    expect(result.blocks[1]).toEqual({ type: 'paragraph', runs: [{ text: 'kod' }] });
    const table = result.blocks[2];
    expect(table?.type === 'table' && table.columns.length).toBe(12);
    expect(table?.type === 'table' && table.rows[1]).toEqual({ cells: ['en', 'två', ...Array(10).fill('')] });
  });

  it('writes blocks the API accepts (the domain schema)', () => {
    const { blocks } = editorToBlocks(
      doc(p(text('Text ', 'bold'), text('mer')), {
        type: 'heading',
        attrs: { level: 3 },
        content: [text('Rubrik')],
      }),
    );
    expect(writtenBlocksSchema.safeParse(blocks).success).toBe(true);
  });
});

describe('blocksToEditor', () => {
  const written: WrittenBlock[] = [
    { type: 'heading', level: 1, text: 'Verksamheten' },
    { type: 'paragraph', runs: [{ text: 'En ' }, { text: 'fet', bold: true }, { text: ' rad\noch nästa' }] },
    { type: 'list', ordered: true, items: [[{ text: 'Ett', italic: true }], [{ text: 'Två' }]] },
    {
      type: 'table',
      caption: 'Deltagare',
      columns: [
        { label: 'Insats', align: 'left' },
        { label: 'Antal', align: 'right' },
      ],
      rows: [{ cells: ['Steg', '12'] }, { cells: ['Summa', '12'], emphasis: 'sum' }],
    },
  ];

  it('round-trips every kind of written block unchanged', () => {
    expect(editorToBlocks(blocksToEditor(written))).toEqual({ blocks: written, dropped: [] });
  });

  it("builds a document the editor's own schema accepts", () => {
    const schema = getSchema(editorExtensions());
    expect(() => schema.nodeFromJSON(blocksToEditor(written)).check()).not.toThrow();
    expect(() => schema.nodeFromJSON(blocksToEditor([])).check()).not.toThrow();
  });

  it('gives an empty text one empty paragraph and leaves generated-only blocks out', () => {
    expect(blocksToEditor([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(
      blocksToEditor([
        { type: 'notice', tone: 'info', text: 'Bara från data' },
        { type: 'signatures', placeAndDate: null, signers: [] },
      ]),
    ).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('splits a run at its line breaks and marks the table caption on the table node', () => {
    const editor = blocksToEditor(written);
    expect(editor.content?.[1]).toEqual(
      p(text('En '), text('fet', 'bold'), text(' rad'), { type: 'hardBreak' }, text('och nästa')),
    );
    expect(editor.content?.[3]?.attrs).toEqual({ caption: 'Deltagare' });
  });
});
