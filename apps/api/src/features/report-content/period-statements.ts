import { yearAndMonthOf } from '@samsyn/domain';
import { balanceSheetReport } from '../economy/reports/balance-sheet-report.ts';
import { incomeStatementReport } from '../economy/reports/income-statement-report.ts';
import { selectNotes } from '../report-notes/note-records.ts';
import type { TenantCtx } from '../verb-context.ts';

/*
 * What several generators of one document read alike: the summary, §3.1 and the notes all need the
 * period's income statement, §3.2 and the notes the balance sheet, §3.1, §3.2 and §3.5 the report's
 * notes. Each is read once per transaction (one document build, one adoption) instead of once per
 * section. Nothing these reads return is written while a document is built.
 */
const readsByTransaction = new WeakMap<object, Map<string, Promise<unknown>>>();

function readOnce<T>(ctx: TenantCtx, key: string, read: () => Promise<T>): Promise<T> {
  let reads = readsByTransaction.get(ctx.tx);
  if (!reads) {
    reads = new Map();
    readsByTransaction.set(ctx.tx, reads);
  }
  let pending = reads.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = read();
    reads.set(key, pending);
  }
  return pending;
}

/** The income statement for the year through the period end's month, beside the previous year's. */
export const incomeStatementOf = (ctx: TenantCtx, periodEnd: string) =>
  readOnce(ctx, `income:${periodEnd}`, () => incomeStatementReport(ctx, yearAndMonthOf(periodEnd)));

/** The balance sheet on the period end, beside the previous year end's. */
export const balanceSheetOf = (ctx: TenantCtx, periodEnd: string) =>
  readOnce(ctx, `balance:${periodEnd}`, () => balanceSheetReport(ctx, { date: periodEnd }));

/** The report's notes in number order. */
export const reportNotesOf = (ctx: TenantCtx, reportId: string) =>
  readOnce(ctx, `notes:${reportId}`, () => selectNotes(ctx.tx, ctx.tenant.id, reportId));
