import { describe, expect, it } from 'vitest';
import { printModel, reportFileName } from './print-model.ts';
import { testDocument } from './test-document.ts';

describe('printModel', () => {
  it('writes the title page in Swedish, dated by the adoption for the adopted version', () => {
    const adopted = printModel(testDocument, 'adopted');
    expect(adopted).toMatchObject({
      title: 'Halvårsredovisning 2019',
      author: 'Samordningsförbundet Gävleborg',
      date: { year: 2019, month: 8, day: 23 },
      subtitle: [
        '1 januari 2019 – 30 juni 2019',
        'Fastställd 23 augusti 2019 (Förbundsstyrelsen 2019-08-23 § 5)',
      ],
      logoAlt: 'Logotyp för Samordningsförbundet Gävleborg',
    });
    const live = printModel({ ...testDocument, builtAt: '2026-12-04T23:30:00.000Z' }, 'live');
    // The build's date in Sweden, not in UTC.
    expect(live.date).toEqual({ year: 2026, month: 12, day: 5 });
    expect(live.subtitle[1]).toBe('Aktuell version 5 december 2026 (fastställd 23 augusti 2019)');
    const draft = printModel({ ...testDocument, status: 'draft', adoptedOn: null }, 'live');
    expect(draft.subtitle[1]).toBe('Arbetsversion 23 augusti 2019, ej fastställd');
  });

  it('numbers the headings and puts a source without data as a notice before the written text', () => {
    const { sections } = printModel(testDocument, 'adopted');
    expect(sections.map((s) => `${s.level} ${s.heading}`)).toEqual([
      '1 1 Förvaltningsberättelse',
      '2 1.1 Sammanfattning av året',
      '1 3 Ekonomiskt utfall',
      '2 3.1 Resultaträkning',
      '2 3.3 Driftredovisning',
      '1 4 Styrelsens beslut',
    ]);
    expect(sections[4]?.blocks).toEqual([
      { type: 'notice', tone: 'unavailable', text: 'Driftredovisningen byggs ännu inte från underlaget.' },
      { type: 'paragraph', runs: [{ text: 'Skriven av kansliet i stället.' }] },
    ]);
  });

  it('never skips a heading level: a first section at level 2 and a deep written heading move up', () => {
    const [first, second] = testDocument.sections;
    if (!first || !second) throw new Error('fixture');
    const document = {
      ...testDocument,
      sections: [
        { ...second, written: [] },
        { ...first, written: [{ type: 'heading' as const, level: 3 as const, text: 'Djup' }] },
      ],
    };
    const { sections } = printModel(document, 'live');
    expect(sections.map((s) => s.level)).toEqual([1, 1]);
    expect(sections[1]?.blocks).toEqual([{ type: 'heading', level: 2, text: 'Djup' }]);
  });

  it('names the file after the report, without characters a file system refuses', () => {
    expect(reportFileName(testDocument, 'live')).toBe('Halvårsredovisning 2019');
    expect(reportFileName(testDocument, 'adopted')).toBe('Halvårsredovisning 2019 (fastställd)');
    expect(reportFileName({ ...testDocument, title: 'Plan 2020/2022: "utkast"\n' }, 'live')).toBe(
      'Plan 2020 2022   utkast',
    );
    expect(reportFileName({ ...testDocument, title: '///' }, 'live')).toBe('Rapport');
  });
});
