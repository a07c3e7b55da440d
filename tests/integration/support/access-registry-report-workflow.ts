/**
 * Access rules of `reportWorkflow.*` (issue 23: assignment, deadlines, ready marks, comments,
 * reminders, adoption), spread into the main registry. The hostile calls name the victim's draft
 * report, its written section and comment, and its adopted report (support/victim-period-reports.ts);
 * the harmless inputs carry a stale version or an unknown id, so they change nothing.
 */
import type { AccessRule } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;
const draftReport = (ids: string[]) => ids[0] ?? noSuchId;
const adoptedReport = (ids: string[]) => ids[1] ?? noSuchId;

const sectionEdit: AccessRule = {
  access: 'tenant',
  minRole: 'editor',
  input: (v) => ({ sectionId: first(v.periodReportSectionIds), expectedVersion: 1 }),
  harmless: (v) => ({ sectionId: first(v.periodReportSectionIds), expectedVersion: stale }),
};

export const reportWorkflowAccessRules: Record<string, AccessRule> = {
  'reportWorkflow.assignees': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'reportWorkflow.assign': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({
      sectionId: first(v.periodReportSectionIds),
      expectedVersion: 1,
      assigneeUserId: null,
      deadline: '2031-08-02',
    }),
    harmless: (v) => ({
      sectionId: first(v.periodReportSectionIds),
      expectedVersion: stale,
      assigneeUserId: null,
      deadline: null,
    }),
  },
  'reportWorkflow.markSectionReady': sectionEdit,
  'reportWorkflow.unmarkSectionReady': sectionEdit,
  'reportWorkflow.comments.list': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ sectionId: first(v.periodReportSectionIds) }),
  },
  'reportWorkflow.comments.add': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ sectionId: first(v.periodReportSectionIds), body: 'Kapad kommentar' }),
    harmless: () => ({ sectionId: noSuchId, body: 'Ofarlig kommentar' }),
  },
  'reportWorkflow.comments.delete': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ commentId: first(v.periodReportCommentIds) }),
    harmless: () => ({ commentId: noSuchId }),
  },
  // The harmless call names a report the victim does not have: nothing is due, nothing changes.
  'reportWorkflow.sendReminders': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({}),
    harmless: () => ({ reportId: noSuchId }),
  },
  'reportWorkflow.adoptableDecisions': {
    access: 'tenant',
    minRole: 'admin',
    input: (v) => ({ reportId: draftReport(v.periodReportIds) }),
  },
  'reportWorkflow.adopt': {
    access: 'tenant',
    minRole: 'admin',
    input: (v) => ({
      reportId: draftReport(v.periodReportIds),
      expectedVersion: 1,
      decisionId: first(v.boardDecisionIds),
    }),
    harmless: (v) => ({
      reportId: draftReport(v.periodReportIds),
      expectedVersion: stale,
      decisionId: first(v.boardDecisionIds),
    }),
  },
  'reportWorkflow.differences': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ reportId: adoptedReport(v.periodReportIds) }),
  },
};
