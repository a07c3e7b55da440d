import type { ReportDocument, Run, SignaturesBlock, TableBlock } from '@samsyn/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { logoPixelSize } from '../tenant-logo/logo-image.ts';
import {
  type OutputVersion,
  type PrintBlock,
  type PrintDocument,
  printModel,
  type ReportLogo,
} from './print-model.ts';

const ORDERED = 'report-ordered';
const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const LOGO_HEIGHT_PX = 110;

/**
 * A report as a Word file (docx), drawn from the same print model as the PDF: a title page with the
 * förbund's name and logo (with alt text), a table of contents that Word fills in when the file is
 * opened (updateFields), each section a Heading 1/2 paragraph, lists as real numbering and bullets,
 * tables whose header row repeats on each page, page numbers in the footer ("Sida 3 av 12") and the
 * signatures. Swedish (sv-SE) is the language of the document's styles, so Word checks spelling in Swedish.
 */
export async function renderDocx(
  document: ReportDocument,
  options: { version: OutputVersion; logo: ReportLogo | null },
): Promise<Uint8Array> {
  const model = printModel(document, options.version);
  // Each ordered list restarts at 1: its own instance of the one numbering definition.
  let listInstance = 0;
  const body = model.sections.flatMap((section) => [
    new Paragraph({ text: section.heading, heading: headingLevels[section.level - 1] }),
    ...section.blocks.flatMap((block) => blockParagraphs(block, () => ++listInstance)),
  ]);
  const file = new Document({
    title: model.title,
    creator: model.author,
    description: model.subtitle.join(', '),
    features: { updateFields: true },
    styles: { default: { document: { run: { language: { value: 'sv-SE' }, font: 'Calibri' } } } },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [...titlePage(model, options.logo), ...contents(), ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}

function titlePage(model: PrintDocument, logo: ReportLogo | null): Paragraph[] {
  const size = logo ? logoPixelSize(logo.bytes) : null;
  const logoParagraph =
    logo && size
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
                data: logo.bytes,
                transformation: {
                  width: Math.round((size.width / size.height) * LOGO_HEIGHT_PX),
                  height: LOGO_HEIGHT_PX,
                },
                altText: { name: 'Logotyp', title: model.logoAlt, description: model.logoAlt },
              }),
            ],
          }),
        ]
      : [];
  return [
    ...logoParagraph,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 400 },
      children: [new TextRun({ text: model.author, size: 28 })],
    }),
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    ...model.subtitle.map((line) => new Paragraph({ text: line, alignment: AlignmentType.CENTER })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function contents(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ children: [new TextRun({ text: 'Innehåll', bold: true, size: 32 })] }),
    new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function runsOf(runs: readonly Run[], bold = false): TextRun[] {
  return runs.map(
    (run) => new TextRun({ text: run.text, bold: bold || run.bold === true, italics: run.italic === true }),
  );
}

function blockParagraphs(block: PrintBlock, nextList: () => number): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: headingLevels[block.level - 1] })];
    case 'paragraph':
      return [new Paragraph({ children: runsOf(block.runs) })];
    case 'list': {
      const instance = nextList();
      return block.items.map(
        (item) =>
          new Paragraph({
            children: runsOf(item),
            ...(block.ordered
              ? { numbering: { reference: ORDERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
          }),
      );
    }
    case 'table':
      return tableOf(block);
    case 'notice':
      return [noticeOf(block.tone, block.text)];
    case 'signatures':
      return signaturesOf(block);
  }
}

const noticeLabels = { difference: 'Avvikelse:', unavailable: 'Underlag saknas:', info: 'Observera:' };

function noticeOf(tone: keyof typeof noticeLabels, text: string): Paragraph {
  const side = { style: BorderStyle.SINGLE, size: tone === 'difference' ? 12 : 4, color: '000000', space: 4 };
  return new Paragraph({
    border: { top: side, bottom: side, left: side, right: side },
    spacing: { before: 120, after: 120 },
    children: [new TextRun({ text: noticeLabels[tone], bold: true }), new TextRun({ text: ` ${text}` })],
  });
}

function tableOf(block: TableBlock): (Paragraph | Table)[] {
  const cell = (text: string, column: number, bold: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: block.columns[column]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold })],
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    children: block.columns.map((column, i) => cell(column.label, i, true)),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((_, i) => cell(row.cells[i] ?? '', i, row.emphasis === 'sum')),
      }),
  );
  return [
    // The caption before its table, as in the PDF, so it is read first.
    new Paragraph({ keepNext: true, children: [new TextRun({ text: block.caption, bold: true })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    new Paragraph({ children: [] }),
  ];
}

function signaturesOf(block: SignaturesBlock): Paragraph[] {
  return [
    new Paragraph({ text: block.placeAndDate ?? 'Ort och datum: ______________________________' }),
    ...block.signers.flatMap((signer) => [
      new Paragraph({ spacing: { before: 600 }, text: '______________________________' }),
      new Paragraph({ text: signer.name }),
      new Paragraph({ children: [new TextRun({ text: signer.role, size: 18 })] }),
    ]),
  ];
}
