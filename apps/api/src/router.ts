import { agreementsRouter } from './features/application-agreements/router.ts';
import { applicationDecisionRouter } from './features/application-decision/router.ts';
import { applicationReportsRouter } from './features/application-reports/router.ts';
import { applicationReviewRouter } from './features/application-review/router.ts';
import { applicationsRouter } from './features/applications/router.ts';
import { auditRouter } from './features/audit/router.ts';
import { authRouter } from './features/auth/router.ts';
import { meetingAttendanceRouter } from './features/board-attendance/router.ts';
import { decisionsRouter } from './features/board-decisions/router.ts';
import { meetingsRouter } from './features/board-meetings/router.ts';
import { organisationRouter } from './features/board-organisation/router.ts';
import { boardWorkRouter } from './features/board-work/router.ts';
import { catalogueRouter } from './features/catalogue/router.ts';
import { economyRouter } from './features/economy/router.ts';
import { exportRouter } from './features/export/router.ts';
import { interventionsRouter } from './features/interventions/router.ts';
import { invitationRouter } from './features/invitations/router.ts';
import { membersRouter } from './features/members/router.ts';
import { nationalRouter } from './features/national/router.ts';
import { nnsRouter } from './features/nns/router.ts';
import { outboxRouter } from './features/outbox/router.ts';
import { periodReportsRouter } from './features/period-reports/router.ts';
import { planFollowUpRouter, planRisksRouter } from './features/plan-follow-up/router.ts';
import { planMeasuresRouter } from './features/plan-measures/router.ts';
import { plansRouter } from './features/plans/router.ts';
import { platformRouter } from './features/platform/router.ts';
import { profileRouter } from './features/profile/router.ts';
import { reportContentRouter } from './features/report-content/router.ts';
import { reportNotesRouter } from './features/report-notes/router.ts';
import { reportWorkflowRouter } from './features/report-workflow/router.ts';
import { settingsRouter } from './features/settings/router.ts';
import { teamRouter } from './features/team/router.ts';
import { tenantRouter } from './features/tenant/router.ts';
import { tenantLogoRouter } from './features/tenant-logo/router.ts';
import { createRouter } from './trpc/init.ts';

/**
 * The areas by name, each typed by its router's own name: the declaration file then refers to
 * `typeof authRouter` instead of spelling out every procedure (TS7056 once the app grew past the
 * compiler's limit for one inferred type).
 */
type AppRouters = {
  auth: typeof authRouter;
  profile: typeof profileRouter;
  invitation: typeof invitationRouter;
  tenant: typeof tenantRouter;
  settings: typeof settingsRouter;
  members: typeof membersRouter;
  economy: typeof economyRouter;
  team: typeof teamRouter;
  interventions: typeof interventionsRouter;
  plans: typeof plansRouter;
  planMeasures: typeof planMeasuresRouter;
  national: typeof nationalRouter;
  nns: typeof nnsRouter;
  catalogue: typeof catalogueRouter;
  audit: typeof auditRouter;
  export: typeof exportRouter;
  outbox: typeof outboxRouter;
  platform: typeof platformRouter;
  planFollowUp: typeof planFollowUpRouter;
  planRisks: typeof planRisksRouter;
  organisation: typeof organisationRouter;
  meetings: typeof meetingsRouter;
  meetingAttendance: typeof meetingAttendanceRouter;
  decisions: typeof decisionsRouter;
  boardWork: typeof boardWorkRouter;
  applications: typeof applicationsRouter;
  applicationReview: typeof applicationReviewRouter;
  applicationDecision: typeof applicationDecisionRouter;
  agreements: typeof agreementsRouter;
  applicationReports: typeof applicationReportsRouter;
  periodReports: typeof periodReportsRouter;
  reportWorkflow: typeof reportWorkflowRouter;
  reportContent: typeof reportContentRouter;
  reportNotes: typeof reportNotesRouter;
  tenantLogo: typeof tenantLogoRouter;
};
const routers: AppRouters = {
  auth: authRouter,
  profile: profileRouter,
  invitation: invitationRouter,
  tenant: tenantRouter,
  settings: settingsRouter,
  members: membersRouter,
  economy: economyRouter,
  team: teamRouter,
  interventions: interventionsRouter,
  plans: plansRouter,
  planMeasures: planMeasuresRouter,
  national: nationalRouter,
  nns: nnsRouter,
  catalogue: catalogueRouter,
  audit: auditRouter,
  export: exportRouter,
  outbox: outboxRouter,
  platform: platformRouter,
  planFollowUp: planFollowUpRouter,
  planRisks: planRisksRouter,
  organisation: organisationRouter,
  meetings: meetingsRouter,
  meetingAttendance: meetingAttendanceRouter,
  decisions: decisionsRouter,
  boardWork: boardWorkRouter,
  applications: applicationsRouter,
  applicationReview: applicationReviewRouter,
  applicationDecision: applicationDecisionRouter,
  agreements: agreementsRouter,
  applicationReports: applicationReportsRouter,
  periodReports: periodReportsRouter,
  reportWorkflow: reportWorkflowRouter,
  reportContent: reportContentRouter,
  reportNotes: reportNotesRouter,
  tenantLogo: tenantLogoRouter,
};

/** Every procedure of the API, nested by area. Each one is listed in the tenant-isolation suite. */
export const appRouter = createRouter(routers);

export type AppRouter = typeof appRouter;
