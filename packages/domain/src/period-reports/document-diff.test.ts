import { describe, expect, it } from 'vitest';
import { adoptedHalfYear2019 } from '../testing/adopted-half-year-2019.ts';
import { paragraph, type TableBlock } from './blocks.ts';
import type { DocumentSection, ReportDocument } from './document.ts';
import { diffReportDocuments } from './document-diff.ts';

const period = '2019-01-01 – 2019-06-30';
const incomeStatement = (costs: string, extraRow = false): TableBlock => ({
  type: 'table',
  caption: 'Resultaträkning',
  columns: [
    { label: '', align: 'left' },
    { label: period, align: 'right' },
    { label: '2018-01-01 – 2018-06-30', align: 'right' },
  ],
  rows: [
    { cells: ['Verksamhetens intäkter', '3 344 423 kr', '3 100 000 kr'], key: 'revenue' },
    ...(extraRow ? [{ cells: ['Finansiella intäkter', '1 200 kr', '0 kr'], key: 'financialIncome' }] : []),
    { cells: ['Verksamhetens kostnader', costs, '−2 900 000 kr'], key: 'costs' },
  ],
});

const economy = (costs: string, extraRow = false): DocumentSection => ({
  sectionId: 's-31',
  number: '3.1',
  level: 2,
  title: 'Resultaträkning',
  source: 'incomeStatement',
  generated: { status: 'ok', blocks: [incomeStatement(costs, extraRow)] },
  written: [],
});

const activity = (...texts: string[]): DocumentSection => ({
  sectionId: 's-13',
  number: '1.3',
  level: 2,
  title: 'Beskrivning av verksamheten',
  source: null,
  generated: null,
  written: texts.map(paragraph),
});

const documentOf = (...sections: DocumentSection[]): ReportDocument => ({
  reportId: 'r',
  ...adoptedHalfYear2019,
  decisionLabel: null,
  sections,
});

const adopted = documentOf(
  activity('Förbundet har bedrivit verksamhet.', 'Insatserna har nått 412 deltagare.', 'Slut.'),
  economy('−3 315 060 kr'),
);

describe('the differences between the adopted and the live report', () => {
  it('finds nothing when nothing changed', () => {
    const live = documentOf(
      activity('Förbundet har bedrivit verksamhet.', 'Insatserna har nått 412 deltagare.', 'Slut.'),
      economy('−3 315 060 kr'),
    );
    expect(diffReportDocuments(adopted, live)).toEqual([]);
  });

  it('names a changed cost figure by its table, row and column', () => {
    const live = documentOf(adopted.sections[0] as DocumentSection, economy('−3 320 060 kr'));
    expect(diffReportDocuments(adopted, live)).toEqual([
      {
        sectionId: 's-31',
        number: '3.1',
        title: 'Resultaträkning',
        changes: [
          {
            where: `Resultaträkning, Verksamhetens kostnader, ${period}`,
            adopted: '−3 315 060 kr',
            live: '−3 320 060 kr',
          },
        ],
      },
    ]);
  });

  it('shows an added row as new, and matches the rows after it by their key', () => {
    const live = documentOf(adopted.sections[0] as DocumentSection, economy('−3 315 060 kr', true));
    expect(diffReportDocuments(adopted, live)).toEqual([
      expect.objectContaining({
        sectionId: 's-31',
        changes: [
          {
            where: 'Resultaträkning, Finansiella intäkter',
            adopted: '',
            live: 'Finansiella intäkter\t1 200 kr\t0 kr',
          },
        ],
      }),
    ]);
  });

  it('shows a changed paragraph as itself, not the whole section', () => {
    const live = documentOf(
      activity('Förbundet har bedrivit verksamhet.', 'Insatserna har nått 415 deltagare.', 'Slut.'),
      economy('−3 315 060 kr'),
    );
    expect(diffReportDocuments(adopted, live)).toEqual([
      {
        sectionId: 's-13',
        number: '1.3',
        title: 'Beskrivning av verksamheten',
        changes: [
          {
            where: '1.3 Beskrivning av verksamheten',
            adopted: 'Insatserna har nått 412 deltagare.',
            live: 'Insatserna har nått 415 deltagare.',
          },
        ],
      },
    ]);
  });

  it('counts a section switched off or added since the adoption as a change', () => {
    const added: DocumentSection = {
      ...activity('Nytt avsnitt.'),
      sectionId: 's-new',
      number: '1.4',
      title: 'Ny',
    };
    const live = documentOf(economy('−3 315 060 kr'), added);
    expect(diffReportDocuments(adopted, live)).toEqual([
      {
        sectionId: 's-new',
        number: '1.4',
        title: 'Ny',
        changes: [{ where: '1.4 Ny', adopted: '', live: 'Nytt avsnitt.' }],
      },
      {
        sectionId: 's-13',
        number: '1.3',
        title: 'Beskrivning av verksamheten',
        changes: [
          {
            where: '1.3 Beskrivning av verksamheten',
            adopted: 'Förbundet har bedrivit verksamhet.\nInsatserna har nått 412 deltagare.\nSlut.',
            live: '',
          },
        ],
      },
    ]);
  });

  it('shows a generator that has no data any more as a change of its text', () => {
    const live = documentOf(adopted.sections[0] as DocumentSection, {
      ...economy(''),
      generated: { status: 'unavailable', reason: 'Bokföringen saknas för perioden.' },
    });
    const [difference] = diffReportDocuments(adopted, live);
    expect(difference?.changes).toEqual([
      { where: '3.1 Resultaträkning', adopted: '', live: 'Bokföringen saknas för perioden.' },
      {
        where: 'Resultaträkning',
        adopted: expect.stringContaining('Verksamhetens kostnader\t−3 315 060 kr'),
        live: '',
      },
    ]);
  });
});
