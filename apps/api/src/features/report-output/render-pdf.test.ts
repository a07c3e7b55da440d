import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './render-pdf.ts';
import { testDocument } from './test-document.ts';

/** A 1×1 PNG. */
const logo = {
  mediaType: 'image/png' as const,
  bytes: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
};

/** The PDF's catalog dictionary as written (Typst writes it uncompressed). */
function catalogOf(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1');
  const start = text.indexOf('/Type /Catalog');
  expect(start).toBeGreaterThan(0);
  return text.slice(start, text.indexOf('endobj', start));
}

describe('renderPdf', () => {
  const pdf = renderPdf(testDocument, { version: 'adopted', logo });

  it('writes a tagged PDF in Swedish with the report as its title and the förbund as its author', async () => {
    const catalog = catalogOf(pdf);
    expect(catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(catalog).toMatch(/\/MarkInfo <<\s*\/Marked true/);
    expect(catalog).toContain('/Lang (sv-SE)');
    const document = await getDocumentProxy(pdf.slice());
    expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
    const { info } = await document.getMetadata();
    expect(info as Record<string, unknown>).toMatchObject({
      Title: 'Halvårsredovisning 2019',
      Author: 'Samordningsförbundet Gävleborg',
      Language: 'sv-SE',
      // The adopted version is dated by its adoption, not by when it was drawn.
      CreationDate: 'D:20190823000000Z',
    });
  });

  it('reads out each heading before its table, the caption before the first cell, and every block', async () => {
    const { text } = await extractText(await getDocumentProxy(pdf.slice()), { mergePages: true });
    const order = [
      'Samordningsförbundet Gävleborg',
      'Fastställd 23 augusti 2019 (Förbundsstyrelsen 2019-08-23 § 5)',
      'Innehåll',
      'Sida 1 av 3',
      '1.1 Sammanfattning av året',
      'bedrivit verksamhet för 3 315 060 kr i Gävleborgs län.',
      'Åtgärd för unga',
      'Första målet',
      'Särskilda händelser',
      '3.1 Resultaträkning',
      'Resultaträkning för perioden',
      'Post',
      'Intäkter från medlemmar',
      'Årets resultat',
      'Avvikelse: Not 2 summerar till 12 kr mer än raden i räkningen.',
      'Underlag saknas: Driftredovisningen byggs ännu inte från underlaget.',
      'Skriven av kansliet i stället.',
      '4 Styrelsens beslut',
      'Gävle den 23 augusti 2019',
      'Åsa Öberg',
      'Ordförande',
      'Sida 3 av 3',
    ];
    for (const part of order) expect(text, part).toContain(part);
    // The body's headings come after the table of contents' copies of them.
    const body = text.slice(text.indexOf('Sida 2 av 3'));
    const inBody = order.slice(4, -1).map((part) => body.indexOf(part));
    expect(inBody.every((at) => at >= 0)).toBe(true);
    expect([...inBody].sort((a, b) => a - b)).toEqual(inBody);
  });

  it('gives the same bytes for the same adopted document', () => {
    expect(Buffer.compare(renderPdf(testDocument, { version: 'adopted', logo }), pdf)).toBe(0);
  });

  it("prints a user's text as text, never as Typst markup", async () => {
    const hostile = structuredClone(testDocument);
    const injected = '#set page(fill: red) *inte fet* ] [ $x$ #read("/etc/passwd")';
    hostile.title = injected;
    for (const section of hostile.sections)
      section.written = [{ type: 'paragraph', runs: [{ text: injected }] }];
    const output = renderPdf(hostile, { version: 'live', logo: null });
    const { text } = await extractText(await getDocumentProxy(output.slice()), { mergePages: true });
    expect(text).toContain(injected);
  });

  it('still writes a tagged PDF when its font cannot show a character (an emoji), without claiming PDF/UA', async () => {
    const festive = structuredClone(testDocument);
    festive.sections = festive.sections.map((section) => ({
      ...section,
      written: [{ type: 'paragraph', runs: [{ text: 'Vi firar 🎉' }] }],
    }));
    const output = renderPdf(festive, { version: 'live', logo });
    expect(catalogOf(output)).toMatch(/\/StructTreeRoot \d+ 0 R/);
    const { text } = await extractText(await getDocumentProxy(output.slice()), { mergePages: true });
    expect(text).toContain('Vi firar');
  });
});
