import { administration } from './sv/administration.ts';
import { agreements } from './sv/application-agreements.ts';
import { applicationDecision } from './sv/application-decision.ts';
import { applicationLabels } from './sv/application-labels.ts';
import { applicationPipeline } from './sv/application-pipeline.ts';
import { applicationReports } from './sv/application-reports.ts';
import { applicationReview } from './sv/application-review.ts';
import { boardAttendance } from './sv/board-attendance.ts';
import { boardDecisions } from './sv/board-decisions.ts';
import { boardMeetings } from './sv/board-meetings.ts';
import { boardOrganisation } from './sv/board-organisation.ts';
import { boardWork } from './sv/board-work.ts';
import { economy } from './sv/economy.ts';
import { interventions } from './sv/interventions.ts';
import { periodReportsPages } from './sv/period-reports-pages.ts';
import { periodWords } from './sv/period-words.ts';
import { plan } from './sv/plan.ts';
import { planFollowUp } from './sv/plan-follow-up.ts';
import { reportLabels } from './sv/report-labels.ts';
import { reportNotesPages } from './sv/report-notes-pages.ts';
import { reportOutputPages } from './sv/report-output-pages.ts';
import { reportSectionsPages } from './sv/report-sections-pages.ts';

/**
 * Page strings that only their own pages show — the board's (issue 21), the plan's and its
 * follow-up's (issue 20; the menu's "Verksamhetsplan" stays eager), the applications' (issue 22), the economy's (the menu's title and the workbook export's words
 * stay eager), the interventions' and the administration's (issue 18; their menu titles, the audit
 * log's vocabulary and the words looked up by value stay eager, see `sv/*-words.ts`):
 * a chunk of their own, loaded by `loadPageCatalogue` with those pages, so the first download stays
 * in its budget. Their errors and field messages stay in the
 * eager catalogue (`sv/*-messages.ts`): an API answer or a form may need them anywhere.
 */
export const svPages = {
  economy: economy.ui,
  interventions: interventions.ui,
  administration: administration.ui,
  boardOrganisation: boardOrganisation.ui,
  boardMeetings: boardMeetings.ui,
  boardAttendance: boardAttendance.ui,
  boardDecisions: boardDecisions.ui,
  boardWork: boardWork.ui,
  followUpPeriods: periodWords,
  plan: plan.ui,
  planFollowUp: planFollowUp.ui,
  applicationLabels: applicationLabels.ui,
  applicationPipeline: applicationPipeline.ui,
  applicationReview: applicationReview.ui,
  applicationDecision: applicationDecision.ui,
  agreements: agreements.ui,
  applicationReports: applicationReports.ui,
  reportLabels: reportLabels.ui,
  reportNotesPages: reportNotesPages.ui,
  periodReportsPages: periodReportsPages.ui,
  reportSectionsPages: reportSectionsPages.ui,
  reportOutputPages: reportOutputPages.ui,
};
export type SvPages = typeof svPages;
