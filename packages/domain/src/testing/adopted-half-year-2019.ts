import type { ReportDocument } from '../period-reports/document.ts';

/**
 * Gävleborg's Halvårsredovisning 2019 as adopted on 23 August 2019: the fields of a report
 * document besides its id, decision and sections, for the tests that build one (the document
 * diff's, and the PDF's and Word file's test document).
 */
export const adoptedHalfYear2019 = {
  kind: 'halfYear',
  title: 'Halvårsredovisning 2019',
  tenantName: 'Samordningsförbundet Gävleborg',
  periodStart: '2019-01-01',
  periodEnd: '2019-06-30',
  status: 'adopted',
  adoptedOn: '2019-08-23',
  builtAt: '2019-08-23T10:00:00.000Z',
} satisfies Partial<ReportDocument>;
