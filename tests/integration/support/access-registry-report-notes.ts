/**
 * Access rules of `reportNotes.* (issue 23: the notes specifying statement lines)`, spread into the main registry.
 * The victim's rows: support/victim-period-reports.ts. The hostile inputs name the victim's draft
 * report and its note at its real version; the harmless ones carry a stale version (CONFLICT before
 * anything changes).
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const draft = (v: Victim) => v.periodReportIds[0] ?? noSuchId;
const note = (v: Victim) => v.periodReportNoteIds[0] ?? noSuchId;
const kapad = {
  number: 1,
  title: 'Kapad not',
  statementLine: 'revenue',
  lines: [{ label: 'Kapad rad', current: 100, previous: 0 }],
};

export const reportNotesAccessRules: Record<string, AccessRule> = {
  'reportNotes.list': { access: 'tenant', minRole: 'viewer', input: (v) => ({ reportId: draft(v) }) },
  'reportNotes.save': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ reportId: draft(v), noteId: note(v), expectedVersion: 1, ...kapad }),
    harmless: (v) => ({ reportId: draft(v), noteId: note(v), expectedVersion: stale, ...kapad }),
  },
  'reportNotes.delete': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ noteId: note(v), expectedVersion: 1 }),
    harmless: (v) => ({ noteId: note(v), expectedVersion: stale }),
  },
};
