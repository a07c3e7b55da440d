import {
  actualDeleteInputSchema,
  actualSaveInputSchema,
  actualsImportInputSchema,
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
import { createRouter, tenantProcedure } from '../../trpc/init.ts';
import {
  commitActualsImport,
  deleteActual,
  listActuals,
  previewActualsImport,
  saveActual,
} from './actuals.ts';
import {
  getBalances,
  getResultFigures,
  listBalanceDates,
  saveBalances,
  saveResultFigures,
} from './balances.ts';
import { copyBudgetFromYear, getBudget, saveBudget } from './budget.ts';
import { getContributions, saveContributions } from './contributions.ts';
import { listFiscalYears } from './fiscal-years.ts';
import {
  balanceSheetReport,
  forecastReport,
  incomeStatementReport,
  operatingStatementReport,
  saveForecast,
} from './reports.ts';

/** Viewers (board members, auditors) read; the office's editors and admins write. */
const read = tenantProcedure('viewer');
const write = tenantProcedure('editor');

/** The förbund's economy, nested by resource: `economy.budget.get`, `economy.reports.forecast` … */
export const economyRouter = createRouter({
  years: createRouter({
    list: read.query(({ ctx }) => listFiscalYears(ctx.tx, ctx.tenant.id)),
  }),
  budget: createRouter({
    get: read.input(yearInputSchema).query(({ ctx, input }) => getBudget(ctx.tx, ctx.tenant.id, input.year)),
    save: write
      .input(budgetSaveInputSchema)
      .mutation(({ ctx, input }) => saveBudget(ctx.tx, ctx.tenant.id, input)),
    copyFromYear: write
      .input(budgetCopyInputSchema)
      .mutation(({ ctx, input }) => copyBudgetFromYear(ctx.tx, ctx.tenant.id, input)),
  }),
  contributions: createRouter({
    get: read
      .input(contributionsGetInputSchema)
      .query(({ ctx, input }) => getContributions(ctx.tx, ctx.tenant.id, input)),
    save: write
      .input(contributionsSaveInputSchema)
      .mutation(({ ctx, input }) => saveContributions(ctx.tx, ctx.tenant.id, input)),
  }),
  actuals: createRouter({
    list: read
      .input(yearInputSchema)
      .query(({ ctx, input }) => listActuals(ctx.tx, ctx.tenant.id, input.year)),
    save: write
      .input(actualSaveInputSchema)
      .mutation(({ ctx, input }) => saveActual(ctx.tx, ctx.tenant.id, input)),
    delete: write
      .input(actualDeleteInputSchema)
      .mutation(({ ctx, input }) => deleteActual(ctx.tx, ctx.tenant.id, input)),
    // A mutation although it writes nothing: the file's rows are too large for a query string.
    importPreview: write
      .input(actualsImportInputSchema)
      .mutation(({ ctx, input }) => previewActualsImport(ctx.tx, ctx.tenant.id, input)),
    importCommit: write
      .input(actualsImportInputSchema)
      .mutation(({ ctx, input }) => commitActualsImport(ctx.tx, ctx.tenant.id, input)),
  }),
  balances: createRouter({
    list: read.query(({ ctx }) => listBalanceDates(ctx.tx, ctx.tenant.id)),
    get: read
      .input(balanceDateInputSchema)
      .query(({ ctx, input }) => getBalances(ctx.tx, ctx.tenant.id, input.date)),
    save: write
      .input(balanceSaveInputSchema)
      .mutation(({ ctx, input }) => saveBalances(ctx.tx, ctx.tenant.id, input)),
  }),
  resultFigures: createRouter({
    get: read
      .input(resultFiguresKeySchema)
      .query(({ ctx, input }) => getResultFigures(ctx.tx, ctx.tenant.id, input)),
    save: write
      .input(resultFiguresSaveInputSchema)
      .mutation(({ ctx, input }) => saveResultFigures(ctx.tx, ctx.tenant.id, input)),
  }),
  forecast: createRouter({
    save: write
      .input(forecastSaveInputSchema)
      .mutation(({ ctx, input }) => saveForecast(ctx.tx, ctx.tenant.id, input)),
  }),
  reports: createRouter({
    operatingStatement: read
      .input(reportPeriodInputSchema)
      .query(({ ctx, input }) => operatingStatementReport(ctx.tx, ctx.tenant.id, input)),
    incomeStatement: read
      .input(reportPeriodInputSchema)
      .query(({ ctx, input }) => incomeStatementReport(ctx.tx, ctx.tenant.id, input)),
    balanceSheet: read
      .input(balanceSheetReportInputSchema)
      .query(({ ctx, input }) => balanceSheetReport(ctx.tx, ctx.tenant.id, input)),
    forecast: read
      .input(reportPeriodInputSchema)
      .query(({ ctx, input }) => forecastReport(ctx.tx, ctx.tenant.id, input)),
  }),
});
