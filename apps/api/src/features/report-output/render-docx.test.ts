import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx.ts';
import { testDocument } from './test-document.ts';

const logo = {
  mediaType: 'image/png' as const,
  bytes: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
};

describe('renderDocx', async () => {
  const docx = Buffer.from(await renderDocx(testDocument, { version: 'adopted', logo }));
  const parts = unzipSync(docx);
  const part = (name: string) => Buffer.from(parts[name] ?? new Uint8Array()).toString('utf8');

  it('round-trips through a docx reader with the sections as headings 1 and 2, in order', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    const headings = [...html.matchAll(/<(h[1-6])>(?:<a id="[^"]*"><\/a>)?([^<]*)<\/h[1-6]>/g)].map(
      ([, tag, text]) => `${tag} ${text}`,
    );
    expect(headings).toEqual([
      'h1 1 Förvaltningsberättelse',
      'h2 1.1 Sammanfattning av året',
      'h3 Särskilda händelser',
      'h1 3 Ekonomiskt utfall',
      'h2 3.1 Resultaträkning',
      'h2 3.3 Driftredovisning',
      'h1 4 Styrelsens beslut',
    ]);
    expect(html).toContain('<img alt="Logotyp för Samordningsförbundet Gävleborg"');
    expect(html).toContain('<ul><li>Åtgärd för unga</li><li>Öppen väg</li></ul>');
    expect(html).toContain('<ol><li>Första målet</li><li>Andra målet</li></ol>');
    expect(html).toContain('<strong>3 315 060 kr</strong> i <em>Gävleborgs län</em>');
    expect(html).toContain('<thead><tr><th><p><strong>Post</strong></p></th>');
    expect(html).toContain(
      '<p><strong>Avvikelse:</strong> Not 2 summerar till 12 kr mer än raden i räkningen.</p>',
    );
    // The caption is read before the table it names.
    expect(html.indexOf('Resultaträkning för perioden')).toBeLessThan(html.indexOf('<table>'));
    expect(html).toContain('<p>Åsa Öberg</p><p>Ordförande</p>');
  });

  it('is in Swedish, updates its table of contents on open and numbers its pages', () => {
    expect(part('word/styles.xml')).toContain('<w:lang w:val="sv-SE"/>');
    expect(part('word/settings.xml')).toContain('<w:updateFields/>');
    expect(part('word/document.xml')).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(part('docProps/core.xml')).toContain('<dc:title>Halvårsredovisning 2019</dc:title>');
    const footer = Object.keys(parts).find((name) => name.startsWith('word/footer'));
    expect(footer && part(footer)).toMatch(/Sida .*PAGE.* av .*NUMPAGES/s);
  });
});
