import type { ReportDocument } from '@samsyn/domain';
import { adoptedHalfYear2019 } from '@samsyn/domain/testing';

/**
 * A report with every kind of block (tests of the PDF and the .docx): headings, bold and italic
 * runs, both lists, a table with a sum row, each notice, a section whose source has no data, and
 * the signatures; å, ä and ö throughout.
 */
export const testDocument: ReportDocument = {
  reportId: '00000000-0000-4000-8000-000000000001',
  ...adoptedHalfYear2019,
  decisionLabel: 'Förbundsstyrelsen 2019-08-23 § 5',
  sections: [
    {
      sectionId: 's1',
      number: '1',
      level: 1,
      title: 'Förvaltningsberättelse',
      source: null,
      generated: null,
      written: [],
    },
    {
      sectionId: 's11',
      number: '1.1',
      level: 2,
      title: 'Sammanfattning av året',
      source: 'summary',
      generated: {
        status: 'ok',
        blocks: [
          {
            type: 'paragraph',
            runs: [
              { text: 'Förbundet har under perioden bedrivit verksamhet för ' },
              { text: '3 315 060 kr', bold: true },
              { text: ' i ' },
              { text: 'Gävleborgs län', italic: true },
              { text: '.' },
            ],
          },
          { type: 'list', ordered: false, items: [[{ text: 'Åtgärd för unga' }], [{ text: 'Öppen väg' }]] },
          { type: 'list', ordered: true, items: [[{ text: 'Första målet' }], [{ text: 'Andra målet' }]] },
        ],
      },
      written: [{ type: 'heading', level: 1, text: 'Särskilda händelser' }],
    },
    {
      sectionId: 's3',
      number: '3',
      level: 1,
      title: 'Ekonomiskt utfall',
      source: null,
      generated: null,
      written: [],
    },
    {
      sectionId: 's31',
      number: '3.1',
      level: 2,
      title: 'Resultaträkning',
      source: 'incomeStatement',
      generated: {
        status: 'ok',
        blocks: [
          {
            type: 'table',
            caption: 'Resultaträkning för perioden',
            columns: [
              { label: 'Post', align: 'left' },
              { label: 'Utfall', align: 'right' },
              { label: 'Föregående år', align: 'right' },
            ],
            rows: [
              { cells: ['Intäkter från medlemmar', '3 344 423 kr', '3 200 000 kr'], key: 'revenue' },
              { cells: ['Övriga kostnader', '−29 363 kr', '−12 000 kr'], key: 'costs' },
              { cells: ['Årets resultat', '3 315 060 kr', '3 188 000 kr'], emphasis: 'sum', key: 'result' },
            ],
          },
          { type: 'notice', tone: 'difference', text: 'Not 2 summerar till 12 kr mer än raden i räkningen.' },
          { type: 'notice', tone: 'info', text: 'Beloppen är avrundade till hela kronor.' },
        ],
      },
      written: [],
    },
    {
      sectionId: 's33',
      number: '3.3',
      level: 2,
      title: 'Driftredovisning',
      source: 'operatingStatement',
      generated: { status: 'unavailable', reason: 'Driftredovisningen byggs ännu inte från underlaget.' },
      written: [{ type: 'paragraph', runs: [{ text: 'Skriven av kansliet i stället.' }] }],
    },
    {
      sectionId: 's4',
      number: '4',
      level: 1,
      title: 'Styrelsens beslut',
      source: 'signatures',
      generated: {
        status: 'ok',
        blocks: [
          {
            type: 'signatures',
            placeAndDate: 'Gävle den 23 augusti 2019',
            signers: [
              { name: 'Åsa Öberg', role: 'Ordförande' },
              { name: 'Jöns Ärlig', role: 'Ledamot' },
            ],
          },
        ],
      },
      written: [],
    },
  ],
};
