import type { TransactionSql } from '@samsyn/db';
import { type BalanceLine, oreFromDb } from '@samsyn/domain';
import { ensureFiscalYear } from '../economy-store.ts';
import type { SieImportPlan } from './read-sie-import.ts';

/**
 * Writes the balance sheet from #UB on the plan's date (replacing the lines entered for that date,
 * as saving balances does), the year before's closing sheet from #IB where none is kept for that
 * date (one entered by hand or from last year's #UB is never overwritten), and the year's opening
 * equity from #IB; each only when it differs from what is kept, so the same file twice changes
 * nothing. Returns the date of the #UB sheet, or null without #UB.
 */
export async function writeSieBalances(
  tx: TransactionSql,
  tenantId: string,
  plan: SieImportPlan,
): Promise<string | null> {
  const fiscalYearId = await ensureFiscalYear(tx, tenantId, plan.year);
  if (plan.openingEquity !== null)
    await tx`update fiscal_years set opening_equity_ore = ${plan.openingEquity}, version = version + 1
             where tenant_id = ${tenantId} and id = ${fiscalYearId}
               and opening_equity_ore is distinct from ${plan.openingEquity}::bigint`;
  if (plan.openingBalanceLines && !plan.hasOpeningBalanceSheet)
    await writeSheet(tx, tenantId, plan.year - 1, plan.openingBalanceDate, plan.openingBalanceLines);
  if (!plan.balanceLines) return null;
  await writeSheet(tx, tenantId, plan.year, plan.balanceDate, plan.balanceLines);
  return plan.balanceDate;
}

async function writeSheet(
  tx: TransactionSql,
  tenantId: string,
  year: number,
  date: string,
  lines: readonly BalanceLine[],
): Promise<void> {
  const [sheet] = await tx<{ id: string }[]>`
    select id from balance_sheets where tenant_id = ${tenantId} and balance_date = ${date}`;
  let sheetId = sheet?.id;
  if (sheetId) {
    const kept = await tx<{ code: string; name: string; section: string; amount: string }[]>`
      select code, name, section, amount_ore::text as amount from balance_lines
      where tenant_id = ${tenantId} and balance_sheet_id = ${sheetId} order by position`;
    const same =
      kept.length === lines.length &&
      kept.every((row, index) => {
        const line = lines[index];
        return (
          line !== undefined &&
          row.code === line.code &&
          row.name === line.name &&
          row.section === line.section &&
          oreFromDb(row.amount) === line.amount
        );
      });
    if (same) return;
    await tx`delete from balance_lines where tenant_id = ${tenantId} and balance_sheet_id = ${sheetId}`;
    await tx`update balance_sheets set version = version + 1 where tenant_id = ${tenantId} and id = ${sheetId}`;
  } else {
    const fiscalYearId = await ensureFiscalYear(tx, tenantId, year);
    const [created] = await tx<{ id: string }[]>`
      insert into balance_sheets (tenant_id, fiscal_year_id, year, balance_date)
      values (${tenantId}, ${fiscalYearId}, ${year}, ${date}) returning id`;
    if (!created) throw new Error('balance sheet insert returned no row');
    sheetId = created.id;
  }
  let position = 0;
  for (const line of lines) {
    position += 10;
    await tx`
      insert into balance_lines (tenant_id, balance_sheet_id, code, name, section, amount_ore, position)
      values (${tenantId}, ${sheetId}, ${line.code}, ${line.name}, ${line.section}, ${line.amount}, ${position})`;
  }
}
