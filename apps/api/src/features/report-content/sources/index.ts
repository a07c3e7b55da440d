import type { ReportFrame, ReportSource, SourceResult } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { readBalanceSheetSource } from './balance-sheet.ts';
import { readBoardCompositionSource } from './board-composition.ts';
import { readBoardWorkSource } from './board-work.ts';
import { readBudgetSource } from './budget.ts';
import { readForecastSource } from './forecast.ts';
import { readGrantedInterventionsSource } from './granted-interventions.ts';
import { readIncomeStatementSource } from './income-statement.ts';
import { readInterventionResultsSource } from './intervention-results.ts';
import { readNotesSource } from './notes.ts';
import { readOperatingStatementSource } from './operating-statement.ts';
import { readOrganisationSource } from './organisation.ts';
import { readPlanActivitySource } from './plan-activity.ts';
import { readPlanFollowUpSource } from './plan-follow-up.ts';
import { readPlanGoalsSource } from './plan-goals.ts';
import { readPlanTargetGroupsSource } from './plan-target-groups.ts';
import { readPlanVisionSource } from './plan-vision.ts';
import { readSignaturesSource } from './signatures.ts';
import { readSummarySource } from './summary.ts';

/**
 * One generator per source: reads the förbund's data for the report's period through the areas'
 * own read functions (economy reports, readBoardWork, readPlanFollowUp, readGrantedInterventions …)
 * and draws it as blocks with the domain's builders (packages/domain period-reports/sections/).
 * A source whose data is missing answers `unavailable` with a Swedish sentence saying what is missing.
 */
export type SourceReader = (ctx: TenantCtx, frame: ReportFrame) => Promise<SourceResult>;

export const sourceReaders: Record<ReportSource, SourceReader> = {
  summary: readSummarySource,
  organisation: readOrganisationSource,
  planFollowUp: readPlanFollowUpSource,
  boardWork: readBoardWorkSource,
  incomeStatement: readIncomeStatementSource,
  balanceSheet: readBalanceSheetSource,
  operatingStatement: readOperatingStatementSource,
  notes: readNotesSource,
  signatures: readSignaturesSource,
  interventionResults: readInterventionResultsSource,
  forecast: readForecastSource,
  grantedInterventions: readGrantedInterventionsSource,
  budget: readBudgetSource,
  planVision: readPlanVisionSource,
  planTargetGroups: readPlanTargetGroupsSource,
  planActivity: readPlanActivitySource,
  planGoals: readPlanGoalsSource,
  boardComposition: readBoardCompositionSource,
};
