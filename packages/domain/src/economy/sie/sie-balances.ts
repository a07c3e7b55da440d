import type { Ore } from '../../money/ore.ts';
import { negateOre, sumOre } from '../../money/ore-math.ts';
import type { BalanceLine } from '../balance-sheet.ts';
import { balanceSectionOf, isEquityAccount } from './bas-accounts.ts';
import type { SieBalance, SieFile } from './sie-file.ts';

/** Code of the equity line that carries the year's result until the books are closed. */
export const YEAR_RESULT_LINE_CODE = 'arets-resultat';

/**
 * The balance sheet at the end of the file's year from `#UB` (year 0): one line per balance
 * account with a balance, in its BAS section, shown as the balance sheet shows it (assets as
 * debits, equity and liabilities as credits), plus the year's result on an equity line, since an
 * open year's result is not yet on an equity account. Null when the file has no `#UB`.
 */
export function sieBalanceLines(file: SieFile, yearResult: Ore): BalanceLine[] | null {
  const lines = balanceLinesOf(file, file.closingBalances);
  if (!lines) return null;
  if (yearResult !== 0)
    lines.push({
      code: YEAR_RESULT_LINE_CODE,
      name: 'Årets resultat',
      section: 'equity',
      amount: yearResult,
    });
  return lines;
}

/**
 * The balance sheet at the end of the year before, from `#IB` (year 0): the previous year's result
 * is already on the equity accounts there. Null when the file has no `#IB`.
 */
export function sieOpeningBalanceLines(file: SieFile): BalanceLine[] | null {
  return balanceLinesOf(file, file.openingBalances);
}

function balanceLinesOf(file: SieFile, balances: readonly SieBalance[]): BalanceLine[] | null {
  const rows = balances.filter((row) => row.yearIndex === 0 && balanceSectionOf(row.account));
  if (rows.length === 0) return null;
  const nameOf = new Map(file.accounts.map((account) => [account.number, account.name]));
  const lines: BalanceLine[] = [];
  for (const row of [...rows].sort((a, b) => a.account.localeCompare(b.account))) {
    const section = balanceSectionOf(row.account);
    if (!section || row.amount === 0) continue;
    const isAsset = section === 'fixedAssets' || section === 'currentAssets';
    lines.push({
      code: `konto-${row.account}`,
      name: `${row.account} ${nameOf.get(row.account) || ''}`.trim(),
      section,
      amount: isAsset ? row.amount : negateOre(row.amount),
    });
  }
  return lines;
}

/** Equity at the start of the year: the opening balances (`#IB 0`) of the equity accounts, as a credit. */
export function sieOpeningEquity(file: SieFile): Ore | null {
  const rows = file.openingBalances.filter((row) => row.yearIndex === 0 && isEquityAccount(row.account));
  if (rows.length === 0) return null;
  return negateOre(sumOre(rows.map((row) => row.amount)));
}
