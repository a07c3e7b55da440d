import {
  actualDeleteInputSchema,
  actualSaveInputSchema,
  actualsImportInputSchema,
  allocationActualInputSchema,
  allocationSaveInputSchema,
  balanceDateInputSchema,
  balanceSaveInputSchema,
  balanceSheetReportInputSchema,
  budgetCopyInputSchema,
  budgetSaveInputSchema,
  contributionsGetInputSchema,
  contributionsSaveInputSchema,
  forecastSaveInputSchema,
  reportPeriodInputSchema,
  resultFiguresKeySchema,
  resultFiguresSaveInputSchema,
  yearInputSchema,
} from '@samsyn/domain';
import { createRouter, editor, viewer } from '../../trpc/init.ts';
import { commitActualsImport } from './actuals/commit-actuals-import.ts';
import { deleteActual } from './actuals/delete-actual.ts';
import { listActuals } from './actuals/list-actuals.ts';
import { previewActualsImport } from './actuals/preview-actuals-import.ts';
import { saveActual } from './actuals/save-actual.ts';
import { getActualAllocations, listYearAllocations } from './allocations/list-allocations.ts';
import { reconciliation } from './allocations/reconciliation.ts';
import { saveAllocations } from './allocations/save-allocations.ts';
import {
  getBalances,
  getResultFigures,
  listBalanceDates,
  saveBalances,
  saveResultFigures,
} from './balances.ts';
import { copyBudgetFromYear, getBudget, saveBudget } from './budget.ts';
import { getContributions } from './contributions/get-contributions.ts';
import { saveContributions } from './contributions/save-contributions.ts';
import { listFiscalYears } from './fiscal-years.ts';
import { balanceSheetReport } from './reports/balance-sheet-report.ts';
import { forecastReport } from './reports/forecast-report.ts';
import { incomeStatementReport } from './reports/income-statement-report.ts';
import { operatingStatementReport } from './reports/operating-statement-report.ts';
import { saveForecast } from './reports/save-forecast.ts';
import { sieImportRouter } from './sie-import/router.ts';

/**
 * The förbund's economy, nested by resource: `economy.budget.get`, `economy.reports.forecast` …
 * Viewers (board members, auditors) read; the office's editors and admins write.
 */
export const economyRouter = createRouter({
  years: createRouter({
    list: viewer.query(({ ctx }) => listFiscalYears(ctx)),
  }),
  budget: createRouter({
    get: viewer.input(yearInputSchema).query(({ ctx, input }) => getBudget(ctx, input)),
    save: editor.input(budgetSaveInputSchema).mutation(({ ctx, input }) => saveBudget(ctx, input)),
    copyFromYear: editor
      .input(budgetCopyInputSchema)
      .mutation(({ ctx, input }) => copyBudgetFromYear(ctx, input)),
  }),
  contributions: createRouter({
    get: viewer.input(contributionsGetInputSchema).query(({ ctx, input }) => getContributions(ctx, input)),
    save: editor
      .input(contributionsSaveInputSchema)
      .mutation(({ ctx, input }) => saveContributions(ctx, input)),
  }),
  actuals: createRouter({
    list: viewer.input(yearInputSchema).query(({ ctx, input }) => listActuals(ctx, input)),
    save: editor.input(actualSaveInputSchema).mutation(({ ctx, input }) => saveActual(ctx, input)),
    delete: editor.input(actualDeleteInputSchema).mutation(({ ctx, input }) => deleteActual(ctx, input)),
    // A mutation although it writes nothing: the file's rows are too large for a query string.
    importPreview: editor
      .input(actualsImportInputSchema)
      .mutation(({ ctx, input }) => previewActualsImport(ctx, input)),
    importCommit: editor
      .input(actualsImportInputSchema)
      .mutation(({ ctx, input }) => commitActualsImport(ctx, input)),
  }),
  // Issue 19: intervention-funds actuals split across interventions and local groups.
  allocations: createRouter({
    list: viewer.input(yearInputSchema).query(({ ctx, input }) => listYearAllocations(ctx, input)),
    get: viewer
      .input(allocationActualInputSchema)
      .query(({ ctx, input }) => getActualAllocations(ctx, input)),
    save: editor.input(allocationSaveInputSchema).mutation(({ ctx, input }) => saveAllocations(ctx, input)),
    reconciliation: viewer.input(yearInputSchema).query(({ ctx, input }) => reconciliation(ctx, input)),
  }),
  sieImport: sieImportRouter,
  balances: createRouter({
    list: viewer.query(({ ctx }) => listBalanceDates(ctx)),
    get: viewer.input(balanceDateInputSchema).query(({ ctx, input }) => getBalances(ctx, input)),
    save: editor.input(balanceSaveInputSchema).mutation(({ ctx, input }) => saveBalances(ctx, input)),
  }),
  resultFigures: createRouter({
    get: viewer.input(resultFiguresKeySchema).query(({ ctx, input }) => getResultFigures(ctx, input)),
    save: editor
      .input(resultFiguresSaveInputSchema)
      .mutation(({ ctx, input }) => saveResultFigures(ctx, input)),
  }),
  forecast: createRouter({
    save: editor.input(forecastSaveInputSchema).mutation(({ ctx, input }) => saveForecast(ctx, input)),
  }),
  reports: createRouter({
    operatingStatement: viewer
      .input(reportPeriodInputSchema)
      .query(({ ctx, input }) => operatingStatementReport(ctx, input)),
    incomeStatement: viewer
      .input(reportPeriodInputSchema)
      .query(({ ctx, input }) => incomeStatementReport(ctx, input)),
    balanceSheet: viewer
      .input(balanceSheetReportInputSchema)
      .query(({ ctx, input }) => balanceSheetReport(ctx, input)),
    forecast: viewer.input(reportPeriodInputSchema).query(({ ctx, input }) => forecastReport(ctx, input)),
  }),
});
