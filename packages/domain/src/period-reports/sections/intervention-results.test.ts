import { describe, expect, it } from 'vitest';
import type { ResultsReportRow } from '../../interventions/results-report.ts';
import { trisamCasesAtHalfTime2019 } from '../../testing/gavleborg-2019-interventions.ts';
import { goalLine, interventionResultsSection } from './intervention-results.ts';

// Bilaga 1 of Gävleborg's half-year report 2019: Trisam individ, 559 of 800 cases at half-time.
const trisam: ResultsReportRow = {
  interventionId: 'trisam',
  name: 'Trisam individ',
  kind: 'individual',
  status: 'ongoing',
  purpose:
    'Tidig rehabilitering i samverkan är en struktur\nför rehabiliteringssamverkan på vårdenheter i Gävleborgs län.',
  goals: [
    {
      description: '800 ärenden ska lyftas i teamen.',
      followUp: trisamCasesAtHalfTime2019,
    },
  ],
  participantRegistration: 'volume_only',
  targetGroup: { labels: ['Behov av samordnad rehabilitering'], text: 'Behov av samordnad rehabilitering' },
  methods: [],
  totalBudget: null,
  spend: null,
  budgetUsage: null,
  leadOrganisation: 'Samordningsförbund Gävleborg',
  partners: ['Arbetsförmedlingen', 'Försäkringskassan'],
  figures: null,
  resultsText: 'Sammantaget har 363 nya- samt 196 uppföljningsärenden, totalt 559 ärenden lyfts hittills.',
  comment: 'Antalet aktualiserade ärenden ligger i nivå med det förväntade.',
};
const asf: ResultsReportRow = {
  ...trisam,
  interventionId: 'asf',
  name: 'Arbetsintegrerande socialt företagande (ASF)',
  kind: 'structural',
  goals: [],
  totalBudget: 51_273_000,
  spend: 25_318_500,
  budgetUsage: {
    totalBudget: 51_273_000,
    spend: 25_318_500,
    remaining: 25_954_500,
    shareUsed: { numerator: 253_185, denominator: 512_730 },
    percentUsed: 49,
    isOverspent: false,
  },
};

describe('interventionResultsSection (Bilaga 1)', () => {
  it('gives each intervention a heading and the appendix’s two columns, individual-level first', () => {
    const result = interventionResultsSection({
      period: '2019-H1',
      rows: [trisam, asf],
      demoEstimateIds: ['asf'],
    });
    if (result.status !== 'ok') throw new Error('expected content');
    expect(result.blocks.map((block) => (block.type === 'heading' ? block.text : block.type))).toEqual([
      'Individinriktade insatser',
      'Trisam individ',
      'table',
      'Strukturinriktade insatser',
      'Arbetsintegrerande socialt företagande (ASF)',
      'table',
      'notice',
    ]);
    const table = result.blocks[2];
    if (table?.type !== 'table') throw new Error('table');
    expect(table.columns.map((column) => column.label)).toEqual(['Insatsnamn', 'Trisam individ']);
    expect(table.rows.map((row) => row.cells.join(': ').replace(/\u00a0/g, ' '))).toEqual([
      'Inriktning: Individ',
      'Syfte: Tidig rehabilitering i samverkan är en struktur för rehabiliteringssamverkan på vårdenheter i Gävleborgs län.',
      'Mål: 800 ärenden ska lyftas i teamen. – Målvärde 800 st, utfall 559 av 800 (70 %) – Inte uppnått ännu',
      'Deltagarregistrering: Endast volym (ej med personuppgifter)',
      'Specifik målgrupp: Behov av samordnad rehabilitering',
      'Totalbudget 2019: –',
      'Utfall ekonomi: –',
      'Huvudman för insats: Samordningsförbund Gävleborg',
      'Samverkansparter: Arbetsförmedlingen, Försäkringskassan',
      'Deltagare och nådda: Inga siffror rapporterade för perioden.',
      'Resultat: Sammantaget har 363 nya- samt 196 uppföljningsärenden, totalt 559 ärenden lyfts hittills.',
      'Kommentar: Antalet aktualiserade ärenden ligger i nivå med det förväntade.',
    ]);
    // Keyed by field, so a goal added after adoption does not shift the rows below it in the diff.
    expect(table.rows.map((row) => row.key).slice(0, 3)).toEqual(['Inriktning', 'Syfte', 'Mål']);
    const asfTable = result.blocks[5];
    if (asfTable?.type !== 'table') throw new Error('table');
    expect(asfTable.rows[5]?.cells.join(': ').replace(/\u00a0/g, ' ')).toBe('Totalbudget 2019: 512 730 kr');
    expect(asfTable.rows[6]?.cells.join(': ').replace(/\u00a0/g, ' ')).toBe(
      'Utfall ekonomi: 253 185 kr (49 % av budget)',
    );
  });

  it('writes a share goal with its computed figure: 64 % (7 av 11) against at least 40 %', () => {
    expect(
      goalLine({
        description: '40 % ska gå vidare till arbete eller studier.',
        followUp: {
          type: 'share',
          targetPercent: 40,
          comparison: 'at_least',
          actual: { numerator: 7, denominator: 11 },
          actualPercent: 64,
          status: 'met',
          comment: '',
        },
      }).replace(/\u00a0/g, ' '),
    ).toBe(
      '40 % ska gå vidare till arbete eller studier. – Målvärde minst 40 %, utfall 64 % (7 av 11) – Uppnått',
    );
  });

  it('says nothing ran in the period when there is no intervention', () => {
    expect(interventionResultsSection({ period: '2031', rows: [], demoEstimateIds: [] })).toEqual({
      status: 'unavailable',
      reason:
        'Inga insatser pågick under 2031. Registrera förbundets insatser, deras mål och siffror under Insatser.',
    });
  });
});
