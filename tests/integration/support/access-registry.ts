/**
 * The declared access rule of EVERY procedure in the app router. The isolation suite fails when a
 * procedure is missing here or its tier says otherwise, so adding a procedure means deciding, in
 * review, who may call it — and, for tenant procedures, how to probe it with another förbund's ids.
 */
import { newInterventionInput, structuralFigures } from '@samsyn/api/testing';
import type { TenantRole } from '@samsyn/domain';
import { agreementsAccessRules } from './access-registry-application-agreements.ts';
import { applicationDecisionAccessRules } from './access-registry-application-decision.ts';
import { applicationReportsAccessRules } from './access-registry-application-reports.ts';
import { applicationReviewAccessRules } from './access-registry-application-review.ts';
import { applicationsAccessRules } from './access-registry-applications.ts';
import { meetingAttendanceAccessRules } from './access-registry-board-attendance.ts';
import { decisionsAccessRules } from './access-registry-board-decisions.ts';
import { meetingsAccessRules } from './access-registry-board-meetings.ts';
import { organisationAccessRules } from './access-registry-board-organisation.ts';
import { boardWorkAccessRules } from './access-registry-board-work.ts';
import { nnsAccessRules } from './access-registry-nns.ts';
import { periodReportsAccessRules } from './access-registry-period-reports.ts';
import { planFollowUpAccessRules } from './access-registry-plan-follow-up.ts';
import { planMeasuresAccessRules } from './access-registry-plan-measures.ts';
import { planAccessRules } from './access-registry-plans.ts';
import { reportContentAccessRules } from './access-registry-report-content.ts';
import { reportNotesAccessRules } from './access-registry-report-notes.ts';
import { reportWorkflowAccessRules } from './access-registry-report-workflow.ts';
import { tenantLogoAccessRules } from './access-registry-tenant-logo.ts';
import { resultFiguresInput } from './result-figures-input.ts';

/** What the suite knows about the förbund being attacked, to build hostile inputs from. */
export interface Victim {
  slug: string;
  tenantId: string;
  memberIds: string[];
  userIds: string[];
  invitationIds: string[];
  /** The email of an active member (inviting them again is refused). */
  memberEmail: string;
  interventionIds: string[];
  goalIds: string[];
  localGroupIds: string[];
  /** The victim's booked actuals (economy). */
  actualIds: string[];
  /** A draft plan of the victim's with one area, goal, indicator and activity (issue 20). */
  planIds: string[];
  planAreaIds: string[];
  planGoalIds: string[];
  planIndicatorIds: string[];
  planActivityIds: string[];
  /** A risk of that plan (issue 20, planRisks). */
  planRiskIds: string[];
  /** The victim's board (issue 21, support/victim-board.ts): a held meeting, not approved. */
  boardBodyIds: string[];
  boardSeatRuleIds: string[];
  boardPersonIds: string[];
  boardSeatIds: string[];
  boardMeetingIds: string[];
  boardItemIds: string[];
  boardDocumentIds: string[];
  boardDecisionIds: string[];
  /** The victim's applications (issue 22, support/victim-applications.ts): [under review, granted]. */
  applicationIds: string[];
  applicationChecklistPointIds: string[];
  applicationCriterionIds: string[];
  applicationAttachmentIds: string[];
  applicationReviewIds: string[];
  agreementIds: string[];
  /** [advance, final] of the granted application's agreement. */
  applicationPaymentIds: string[];
  /** The final report (submitted, not approved). */
  applicationReportIds: string[];
  /** The victim's period reports (issue 23, support/victim-period-reports.ts): [draft half-year 2031, adopted annual 2030]. */
  periodReportIds: string[];
  /** [written, generated] sections of the draft. */
  periodReportSectionIds: string[];
  periodReportCommentIds: string[];
  periodReportNoteIds: string[];
}

/** Another user, for procedures that act on the caller's own things (their sessions). */
export interface OtherUser {
  /** Public ids of the other user's live sessions. */
  sessionIds: string[];
}

export type AccessRule =
  | { access: 'public' | 'network' | 'platform' }
  | {
      access: 'authed';
      /** An input aimed at another user's things: it must answer NOT_FOUND and change nothing. */
      hostile?: (other: OtherUser) => Record<string, unknown>;
    }
  | {
      access: 'tenant';
      minRole: TenantRole;
      /** The rest of the input (besides `tenant`), built from the victim's real ids. */
      input: (victim: Victim) => Record<string, unknown>;
      /**
       * For mutations: an input the victim's own members may send that passes the access check
       * but changes nothing (a stale version, a duplicate), to show the role gate lets them in.
       */
      harmless?: (victim: Victim) => Record<string, unknown>;
    };

const noSuchId = '00000000-0000-4000-8000-000000000000';
const hostileSettings = {
  name: 'Kapat förbund',
  fiscalYearStartMonth: 1,
  equityGoalPercent: 99,
  allocationKeyDefault: 'agreed',
  shareNamedFigures: true,
};
const firstMember = (victim: Victim) => victim.memberIds[0] ?? '00000000-0000-4000-8000-000000000000';
const firstUser = (victim: Victim) => victim.userIds[0] ?? '00000000-0000-4000-8000-000000000000';
const anyInvitation = (victim: Victim) => victim.invitationIds[0] ?? '00000000-0000-4000-8000-000000000000';
const firstIntervention = (victim: Victim) => victim.interventionIds[0] ?? noSuchId;
/** A one-voucher SIE 4 file whose project is mapped to the victim's intervention. */
const hostileSieImport = (victim: Victim) => ({
  fileBase64: Buffer.from(
    [
      '#SIETYP 4',
      '#RAR 0 20190101 20191231',
      '#VER A 1 20190115',
      '{',
      '#TRANS 4010 {6 "P1"} 100.00',
      '#TRANS 1930 {} -100.00',
      '}',
    ].join('\r\n'),
  ).toString('base64'),
  objectMappings: [{ dimension: 6, objectId: 'P1', interventionId: firstIntervention(victim) }],
});
const firstGoal = (victim: Victim) => victim.goalIds[0] ?? noSuchId;
const firstLocalGroup = (victim: Victim) => victim.localGroupIds[0] ?? noSuchId;
const stale = 999_999;
/** A write carrying a version: version 1 in the hostile input, stale in the harmless one (CONFLICT, nothing changes). */
const versionedWrite = (minRole: TenantRole, input: (v: Victim) => Record<string, unknown>): AccessRule => ({
  access: 'tenant',
  minRole,
  input: (v) => ({ ...input(v), expectedVersion: 1 }),
  harmless: (v) => ({ ...input(v), expectedVersion: stale }),
});
/** An ongoing intervention led by the victim's first member with two partners. */
const hostileIntervention = (victim: Victim) =>
  newInterventionInput('Kapad insats', {
    leadOrganisation: { type: 'member', memberId: firstMember(victim) },
    partnerMemberIds: victim.memberIds.slice(1, 3),
    status: 'ongoing',
  });
/** Interventions: editors write, viewers read. Harmless inputs carry a stale version or an unknown id. */
const interventionRules: Record<string, AccessRule> = {
  'interventions.list': { access: 'tenant', minRole: 'viewer', input: () => ({ includeArchived: true }) },
  'interventions.get': { access: 'tenant', minRole: 'viewer', input: (v) => ({ id: firstIntervention(v) }) },
  'interventions.create': {
    access: 'tenant',
    minRole: 'editor',
    input: hostileIntervention,
    harmless: (v) => ({
      ...hostileIntervention(v),
      leadOrganisation: { type: 'member', memberId: noSuchId },
    }),
  },
  'interventions.update': versionedWrite('editor', (v) => ({ id: firstIntervention(v), name: 'Kapad' })),
  'interventions.setStatus': versionedWrite('editor', (v) => ({
    id: firstIntervention(v),
    to: 'ended',
    effectiveDate: '2030-01-01',
    isReopening: false,
  })),
  ...Object.fromEntries(
    ['archive', 'restore', 'delete'].map((verb) => [
      `interventions.${verb}`,
      versionedWrite('editor', (v) => ({ id: firstIntervention(v) })),
    ]),
  ),
  'interventions.goals.create': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({
      interventionId: firstIntervention(v),
      goal: { type: 'qualitative', description: 'Kapat mål' },
    }),
    harmless: () => ({ interventionId: noSuchId, goal: { type: 'qualitative', description: 'Kapat mål' } }),
  },
  'interventions.goals.update': versionedWrite('editor', (v) => ({
    goalId: firstGoal(v),
    goal: { type: 'qualitative', description: 'Kapat' },
  })),
  'interventions.goals.delete': versionedWrite('editor', (v) => ({ goalId: firstGoal(v) })),
  'interventions.goals.assess': versionedWrite('editor', (v) => ({
    goalId: firstGoal(v),
    period: '2019-H1',
    status: null,
    enteredActual: null,
    comment: 'Kapad',
  })),
  'interventions.figures.get': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ interventionId: firstIntervention(v), period: '2019-H1' }),
  },
  'interventions.figures.save': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({
      interventionId: firstIntervention(v),
      period: '2019-H1',
      figures: structuralFigures(),
      expectedVersion: 1,
    }),
    harmless: () => ({
      interventionId: noSuchId,
      period: '2019-H1',
      figures: structuralFigures(),
      expectedVersion: null,
    }),
  },
  'interventions.figures.delete': versionedWrite('editor', (v) => ({
    interventionId: firstIntervention(v),
    period: '2019-H1',
  })),
  'interventions.notes.save': versionedWrite('editor', (v) => ({
    interventionId: firstIntervention(v),
    period: '2019-H1',
    resultsText: 'Kapad',
    comment: '',
  })),
  'interventions.budget.save': versionedWrite('editor', (v) => ({
    interventionId: firstIntervention(v),
    year: 2019,
    totalBudget: 1,
    spendToDate: 0,
    plannedParticipants: null,
  })),
  'interventions.budget.delete': versionedWrite('editor', (v) => ({
    interventionId: firstIntervention(v),
    year: 2019,
  })),
  'interventions.localGroups.list': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'interventions.localGroups.create': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ name: 'Inkräktargruppen', municipalityMemberIds: [firstMember(v)], population: null }),
    harmless: () => ({ name: 'Inkräktargruppen', municipalityMemberIds: [noSuchId], population: null }),
  },
  'interventions.localGroups.update': versionedWrite('editor', (v) => ({
    id: firstLocalGroup(v),
    name: 'Kapad',
    municipalityMemberIds: [],
    population: null,
  })),
  'interventions.localGroups.delete': versionedWrite('editor', (v) => ({ id: firstLocalGroup(v) })),
  // The basis names the victim's groups with a population no group has: a member gets CONFLICT.
  'interventions.localGroups.distributeBudgets': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({
      year: 2019,
      total: 100,
      basis: v.localGroupIds.map((localGroupId) => ({ localGroupId, population: 1 })),
    }),
    harmless: (v) => ({
      year: 2019,
      total: 100,
      basis: v.localGroupIds.map((localGroupId) => ({ localGroupId, population: 999_999_999 })),
    }),
  },
  'interventions.localGroups.saveYear': versionedWrite('editor', (v) => ({
    localGroupId: firstLocalGroup(v),
    year: 2019,
    budget: 0,
    spend: 0,
    meetingsHeld: 0,
    hasUpdatedActionPlan: false,
  })),
  'interventions.reports.goalsAndResults': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ period: '2019-H1' }),
  },
  'interventions.reports.uppfoljningFinsam': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ period: '2019-H1' }),
  },
  // A stale version changes nothing: no registration row has it.
  'interventions.reports.registerFinsam': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ period: '2019-H1', expectedVersion: null }),
    harmless: () => ({ period: '2019-H1', expectedVersion: stale }),
  },
  'interventions.reports.undoFinsamRegistration': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ period: '2019-H1', expectedVersion: 1, reason: 'Kapad' }),
    harmless: () => ({ period: '2019-H1', expectedVersion: stale, reason: 'Provar' }),
  },
};

// Economy: inputs that would overwrite the victim's 2019 figures if the gates let them through.
const hostileBudget = (victim: Victim) => ({
  years: [2019],
  lines: [
    {
      code: 'contribution-region',
      name: 'Kapad',
      kind: 'contribution',
      funderGroup: 'region',
      memberId: firstMember(victim),
      amounts: [100],
    },
    {
      code: 'intervention-funds',
      name: 'Kapad',
      kind: 'cost',
      costKind: 'interventionFunds',
      amounts: [100],
    },
  ],
});
const hostileContributions = (victim: Victim, version: number) => ({
  year: 2019,
  period: 'H1',
  basis: { kind: 'state', amount: 100 },
  key: { kind: 'agreed', percentages: victim.memberIds.map((memberId) => ({ memberId, percent: '0' })) },
  stateLines: { kind: 'combined' },
  overrides: [{ lineId: firstMember(victim), amount: 100, comment: 'Kapad' }],
  expectedVersion: version,
});
const hostileImportRows = [
  ['period', 'rad', 'belopp'],
  ['2019-H1', 'intervention-funds', '1'],
];
const hostileBalanceLines = [{ code: 'equity', name: 'Kapat', section: 'equity', amount: 1, note: null }];
const hostileResultFigures = resultFiguresInput(2019);

export const accessRegistry: Record<string, AccessRule> = {
  'auth.login': { access: 'public' },
  'auth.logout': { access: 'authed' },
  'auth.me': { access: 'public' },
  'profile.update': { access: 'authed' },
  'profile.changePassword': { access: 'authed' },
  'profile.sessions.list': { access: 'authed' },
  'profile.sessions.end': {
    access: 'authed',
    hostile: (other) => ({ sessionId: other.sessionIds[0] ?? noSuchId }),
  },
  'profile.sessions.endOthers': { access: 'authed' },
  'invitation.get': { access: 'public' },
  'invitation.accept': { access: 'public' },
  'tenant.get': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'settings.get': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'settings.update': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ ...hostileSettings, expectedVersion: 1 }),
    harmless: () => ({ ...hostileSettings, expectedVersion: 999_999 }),
  },
  'members.add': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ kind: 'municipality', name: 'Inkräktarköping', officialCode: null, joinedOn: null }),
    harmless: () => ({ kind: 'fk', name: 'Försäkringskassan', officialCode: null, joinedOn: null }),
  },
  'members.rename': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ memberId: firstMember(victim), name: 'Omdöpt', expectedVersion: 1 }),
    harmless: (victim) => ({ memberId: firstMember(victim), name: 'Omdöpt', expectedVersion: 999_999 }),
  },
  'members.end': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ memberId: firstMember(victim), leftOn: '2030-01-01', expectedVersion: 1 }),
    harmless: (victim) => ({ memberId: firstMember(victim), leftOn: '2030-01-01', expectedVersion: 999_999 }),
  },
  'team.list': { access: 'tenant', minRole: 'admin', input: () => ({}) },
  'team.changeRole': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ userId: firstUser(victim), role: 'viewer', expectedVersion: 1 }),
    harmless: () => ({ userId: noSuchId, role: 'viewer', expectedVersion: 1 }),
  },
  'team.setActive': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ userId: firstUser(victim), isActive: false, expectedVersion: 1 }),
    harmless: () => ({ userId: noSuchId, isActive: false, expectedVersion: 1 }),
  },
  'team.invitations.list': { access: 'tenant', minRole: 'admin', input: () => ({}) },
  'team.invitations.create': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ email: 'intruder@example.se', role: 'admin' }),
    harmless: (victim) => ({ email: victim.memberEmail, role: 'viewer' }),
  },
  'team.invitations.revoke': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ invitationId: anyInvitation(victim) }),
    harmless: () => ({ invitationId: noSuchId }),
  },
  'team.invitations.resend': {
    access: 'tenant',
    minRole: 'admin',
    input: (victim) => ({ invitationId: anyInvitation(victim) }),
    harmless: () => ({ invitationId: noSuchId }),
  },
  'audit.list': { access: 'tenant', minRole: 'admin', input: () => ({ limit: 50 }) },
  'export.workbook': { access: 'tenant', minRole: 'admin', input: () => ({}) },
  'outbox.list': { access: 'tenant', minRole: 'admin', input: () => ({}) },

  // Economy: viewers read, editors write. Hostile inputs aim at the victim's years, line codes,
  // members and actuals; harmless ones carry a stale version or hit an existing record.
  'economy.years.list': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'economy.budget.get': { access: 'tenant', minRole: 'viewer', input: () => ({ year: 2019 }) },
  'economy.budget.save': {
    access: 'tenant',
    minRole: 'editor',
    input: (victim) => ({ budget: hostileBudget(victim), expectedVersion: 1 }),
    harmless: (victim) => ({ budget: hostileBudget(victim), expectedVersion: 999_999 }),
  },
  'economy.budget.copyFromYear': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ fromYear: 2019, toYear: 2031 }),
    harmless: () => ({ fromYear: 2019, toYear: 2020 }),
  },
  'economy.contributions.get': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ year: 2019, period: 'H1' }),
  },
  'economy.contributions.save': {
    access: 'tenant',
    minRole: 'editor',
    input: (victim) => hostileContributions(victim, 1),
    harmless: (victim) => hostileContributions(victim, 999_999),
  },
  'economy.actuals.list': { access: 'tenant', minRole: 'viewer', input: () => ({ year: 2019 }) },
  'economy.actuals.save': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({
      period: '2019-H1',
      lineCode: 'intervention-funds',
      amount: 1,
      note: null,
      expectedVersion: 1,
    }),
    harmless: () => ({
      period: '2019-H1',
      lineCode: 'intervention-funds',
      amount: 1,
      note: null,
      expectedVersion: 999_999,
    }),
  },
  'economy.actuals.delete': {
    access: 'tenant',
    minRole: 'editor',
    input: (victim) => ({ id: victim.actualIds[0] ?? noSuchId, expectedVersion: 1 }),
    harmless: (victim) => ({ id: victim.actualIds[0] ?? noSuchId, expectedVersion: 999_999 }),
  },
  'economy.actuals.importPreview': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ rows: hostileImportRows }),
  },
  'economy.actuals.importCommit': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ rows: hostileImportRows }),
    harmless: () => ({
      rows: [
        ['period', 'rad', 'belopp'],
        ['2019-H1', 'finns-inte', '1'],
      ],
    }),
  },
  'economy.allocations.list': { access: 'tenant', minRole: 'viewer', input: () => ({ year: 2019 }) },
  'economy.allocations.get': {
    access: 'tenant',
    minRole: 'viewer',
    input: (victim) => ({ actualId: victim.actualIds[0] ?? noSuchId }),
  },
  'economy.allocations.save': {
    access: 'tenant',
    minRole: 'editor',
    input: (victim) => ({
      actualId: victim.actualIds[0] ?? noSuchId,
      expectedVersion: 0,
      rows: [{ target: `intervention:${firstIntervention(victim)}`, amount: 1 }],
    }),
    harmless: (victim) => ({
      actualId: victim.actualIds[0] ?? noSuchId,
      expectedVersion: 999_999,
      rows: [],
    }),
  },
  'economy.allocations.reconciliation': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ year: 2019 }),
  },
  'economy.sieImport.preview': {
    access: 'tenant',
    minRole: 'editor',
    input: (victim) => hostileSieImport(victim),
  },
  'economy.sieImport.commit': {
    access: 'tenant',
    minRole: 'editor',
    input: (victim) => hostileSieImport(victim),
    // A file without #RAR is refused whole (sie.invalid) before anything is written.
    harmless: () => ({ fileBase64: Buffer.from('#SIETYP 4\r\n').toString('base64') }),
  },
  'economy.balances.list': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'economy.balances.get': { access: 'tenant', minRole: 'viewer', input: () => ({ date: '2019-06-30' }) },
  'economy.balances.save': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ date: '2019-06-30', lines: hostileBalanceLines, expectedVersion: 1 }),
    harmless: () => ({ date: '2019-06-30', lines: hostileBalanceLines, expectedVersion: 999_999 }),
  },
  'economy.resultFigures.get': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ year: 2019, throughMonth: 6 }),
  },
  'economy.resultFigures.save': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ ...hostileResultFigures, expectedVersion: 1 }),
    harmless: () => ({ ...hostileResultFigures, expectedVersion: 999_999 }),
  },
  'economy.forecast.save': {
    access: 'tenant',
    minRole: 'editor',
    input: () => ({ year: 2019, lines: [{ lineCode: 'intervention-funds', amount: 0 }], expectedVersion: 1 }),
    harmless: () => ({
      year: 2019,
      lines: [{ lineCode: 'intervention-funds', amount: 0 }],
      expectedVersion: 999_999,
    }),
  },
  'economy.reports.operatingStatement': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ year: 2019, throughMonth: 6 }),
  },
  'economy.reports.incomeStatement': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ year: 2019, throughMonth: 6 }),
  },
  'economy.reports.balanceSheet': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ date: '2019-06-30' }),
  },
  'economy.reports.forecast': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ year: 2019, throughMonth: 6 }),
  },
  ...interventionRules,
  // National views: aggregates for the network and every förbund user; own-vs-nation per förbund.
  'national.overview': { access: 'authed' },
  'national.compare': { access: 'tenant', minRole: 'viewer', input: () => ({ year: 2019 }) },
  // Insatskatalog: every logged-in user searches; a förbund's editors publish and unpublish its own.
  'catalogue.search': { access: 'authed' },
  'catalogue.get': { access: 'authed' },
  'catalogue.listOwn': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'catalogue.publish': {
    access: 'tenant',
    minRole: 'editor',
    input: (victim) => ({ interventionId: firstIntervention(victim) }),
    harmless: () => ({ interventionId: noSuchId }),
  },
  'catalogue.unpublish': {
    access: 'tenant',
    minRole: 'editor',
    input: (victim) => ({ interventionId: firstIntervention(victim) }),
    harmless: () => ({ interventionId: noSuchId }),
  },
  'platform.tenants.list': { access: 'platform' },
  'platform.tenants.isSlugAvailable': { access: 'platform' },
  'platform.tenants.onboard': { access: 'platform' },
  'platform.tenants.setStatus': { access: 'platform' },
  'platform.tenants.delete': { access: 'platform' },
  'platform.audit': { access: 'platform' },
  'platform.outbox': { access: 'platform' },
  ...nnsAccessRules,
  ...planMeasuresAccessRules,
  ...planAccessRules,
  ...planFollowUpAccessRules,
  ...organisationAccessRules,
  ...meetingsAccessRules,
  ...meetingAttendanceAccessRules,
  ...decisionsAccessRules,
  ...boardWorkAccessRules,
  ...applicationsAccessRules,
  ...applicationReviewAccessRules,
  ...applicationDecisionAccessRules,
  ...agreementsAccessRules,
  ...applicationReportsAccessRules,
  ...periodReportsAccessRules,
  ...reportWorkflowAccessRules,
  ...reportContentAccessRules,
  ...reportNotesAccessRules,
  ...tenantLogoAccessRules,
};
