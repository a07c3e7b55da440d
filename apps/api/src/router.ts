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
import { planFollowUpRouter, planRisksRouter } from './features/plan-follow-up/router.ts';
import { planMeasuresRouter } from './features/plan-measures/router.ts';
import { plansRouter } from './features/plans/router.ts';
import { platformRouter } from './features/platform/router.ts';
import { profileRouter } from './features/profile/router.ts';
import { settingsRouter } from './features/settings/router.ts';
import { teamRouter } from './features/team/router.ts';
import { tenantRouter } from './features/tenant/router.ts';
import { createRouter } from './trpc/init.ts';

/** Every procedure of the API, nested by area. Each one is listed in the tenant-isolation suite. */
export const appRouter = createRouter({
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
});

export type AppRouter = typeof appRouter;
