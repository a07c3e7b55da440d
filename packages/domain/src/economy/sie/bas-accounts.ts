import type { BalanceSection } from '../balance-sheet.ts';
import type { BudgetLineKind } from '../budget.ts';
import type { FunderGroup } from '../financing-split.ts';
import type { CostKind } from '../line-kind.ts';

/**
 * The kind of line an account's figures belong on, as the BAS chart of accounts suggests it (the
 * office confirms or changes it in the import). `ignore`: closing entries and tax (88xx–89xx),
 * which are not part of a förbund's operating statement.
 */
export type SuggestedLine =
  | { kind: 'contribution'; funderGroup: FunderGroup }
  | { kind: 'otherIncome' | 'financialIncome' | 'financialCost' }
  | { kind: 'cost'; costKind: CostKind }
  | { kind: 'ignore' };

const classOf = (account: string) => Number(account.slice(0, 2).padEnd(2, '0'));

/** Balance accounts (BAS class 1 assets, 2 equity and liabilities) go to the balance sheet, not to lines. */
export const isBalanceAccount = (account: string) => account.startsWith('1') || account.startsWith('2');

/** Result accounts (BAS classes 3–8) are booked on the förbund's lines. */
export const isResultAccount = (account: string) => /^[3-8]/.test(account);

/** Equity accounts (BAS 20xx): their opening balance is the year's opening equity. */
export const isEquityAccount = (account: string) => account.startsWith('20');

/**
 * The balance sheet section of a balance account by its BAS group: 10–13 fixed assets, 14–19
 * current assets, 20 equity, 21–22 untaxed reserves and provisions, 23 long-term and 24–29
 * current liabilities. Null for a result account.
 */
export function balanceSectionOf(account: string): BalanceSection | null {
  if (!isBalanceAccount(account)) return null;
  const group = classOf(account);
  if (group <= 13) return 'fixedAssets';
  if (group <= 19) return 'currentAssets';
  if (group === 20) return 'equity';
  if (group <= 22) return 'provisions';
  if (group === 23) return 'longTermLiabilities';
  return 'currentLiabilities';
}

/** Who pays a contribution, from the account's name ("Bidrag Försäkringskassan", "Bidrag kommunerna"). */
function funderInName(name: string): FunderGroup | null {
  const text = name.toLowerCase();
  if (/försäkringskass|arbetsförmedl|\bfk\b|\baf\b|\bstat/.test(text)) return 'state';
  if (/region|landsting/.test(text)) return 'region';
  if (/kommun/.test(text)) return 'municipalities';
  return null;
}

/**
 * The suggested line for a result account, from its BAS class and name: 3xxx income (a member's
 * contribution when the name says who pays), 4xxx–6xxx costs (intervention funds when the name
 * speaks of insatser), 70–76 staff, 77–79 other costs (depreciation), 80–83 financial income,
 * 84–87 financial costs, 88–89 not on a line. Null for a balance account.
 */
export function suggestLineForAccount(account: string, name: string): SuggestedLine | null {
  if (!isResultAccount(account)) return null;
  const group = classOf(account);
  if (group < 40) {
    const funderGroup = funderInName(name);
    return funderGroup ? { kind: 'contribution', funderGroup } : { kind: 'otherIncome' };
  }
  if (group < 70) {
    return /insats|samverkansprojekt/i.test(name)
      ? { kind: 'cost', costKind: 'interventionFunds' }
      : { kind: 'cost', costKind: 'otherAdministration' };
  }
  if (group < 77) return { kind: 'cost', costKind: 'staff' };
  if (group < 80) return { kind: 'cost', costKind: 'otherAdministration' };
  if (group < 84) return { kind: 'financialIncome' };
  if (group < 88) return { kind: 'financialCost' };
  return { kind: 'ignore' };
}

/** Revenue lines show credit balances as positive figures; cost lines show debits. */
export const lineSignOf = (kind: BudgetLineKind): 1 | -1 =>
  kind === 'contribution' || kind === 'otherIncome' || kind === 'financialIncome' ? -1 : 1;
