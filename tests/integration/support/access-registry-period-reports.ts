/**
 * Access rules of `periodReports.* (issue 23: reports, sections, written texts, status)`, spread into the main registry.
 * The victim's rows: support/victim-period-reports.ts. Each hostile input names the victim's draft
 * half-year report 2031 or its written section; the harmless ones carry a stale version (CONFLICT
 * before anything changes), a duplicate period or an id that names nothing.
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const draft = (v: Victim) => v.periodReportIds[0] ?? noSuchId;
const written = (v: Victim) => v.periodReportSectionIds[0] ?? noSuchId;
const kapad = [{ type: 'paragraph', runs: [{ text: 'Kapad text' }] }];
const details = {
  title: 'Kapad rapport',
  periodStart: '2031-01-01',
  periodEnd: '2031-06-30',
  deadline: null,
  planId: null,
};

/** An editor's write of the victim's draft report: the hostile input, and the same with a stale version. */
const reportWrite = (input: Record<string, unknown> = {}): AccessRule => ({
  access: 'tenant',
  minRole: 'editor',
  input: (v) => ({ reportId: draft(v), expectedVersion: 1, ...input }),
  harmless: (v) => ({ reportId: draft(v), expectedVersion: stale, ...input }),
});

/** An editor's write of the victim's written section, and the same with a stale version. */
const sectionWrite = (input: Record<string, unknown> = {}): AccessRule => ({
  access: 'tenant',
  minRole: 'editor',
  input: (v) => ({ sectionId: written(v), expectedVersion: 1, ...input }),
  harmless: (v) => ({ sectionId: written(v), expectedVersion: stale, ...input }),
});

export const periodReportsAccessRules: Record<string, AccessRule> = {
  'periodReports.list': { access: 'tenant', minRole: 'viewer', input: () => ({ kind: 'halfYear' }) },
  'periodReports.get': { access: 'tenant', minRole: 'viewer', input: (v) => ({ reportId: draft(v) }) },
  // Harmless: the victim's own period again is refused as a duplicate before anything is written.
  'periodReports.create': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ kind: 'interim', periodStart: '2031-01-01', periodEnd: '2031-08-31' }),
    harmless: () => ({ kind: 'halfYear', periodStart: '2031-01-01', periodEnd: '2031-06-30' }),
  },
  'periodReports.update': reportWrite(details),
  'periodReports.delete': reportWrite(),
  'periodReports.markReady': reportWrite(),
  'periodReports.reopen': reportWrite(),
  // Harmless: after a section that does not exist, nothing is added.
  'periodReports.sections.add': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ reportId: draft(v), afterSectionId: written(v), level: 2, title: 'Kapat avsnitt' }),
    harmless: (v) => ({ reportId: draft(v), afterSectionId: noSuchId, level: 2, title: 'Kapat avsnitt' }),
  },
  'periodReports.sections.update': sectionWrite({
    title: 'Kapat avsnitt',
    level: 1,
    numbered: true,
    enabled: false,
    source: null,
  }),
  'periodReports.sections.move': sectionWrite({ direction: 'down' }),
  'periodReports.sections.delete': sectionWrite(),
  'periodReports.sections.saveText': sectionWrite({ body: kapad }),
  'periodReports.sections.texts': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ sectionId: written(v) }),
  },
  'periodReports.sections.restoreText': sectionWrite({ textVersion: 1 }),
};
