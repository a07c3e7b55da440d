import { type Ore, ZERO_ORE } from '../../money/ore.ts';
import { addOre, negateOre, sumOre } from '../../money/ore-math.ts';
import { isResultAccount } from './bas-accounts.ts';
import type { SieFile, SieObjectRef } from './sie-file.ts';

/** A result account's transactions in one month of the year, summed (debit positive). */
export interface SieAccountMonth {
  account: string;
  month: number;
  amount: Ore;
}

/** The part of an account's month booked on one object (cost centre, project …). */
export interface SieObjectMonth extends SieAccountMonth {
  dimension: number;
  objectId: string;
}

export interface SieTotals {
  /** The calendar year of `#RAR 0`. */
  year: number;
  /** The last month with a voucher (0 when there is none): the import covers months 1 through it. */
  lastMonth: number;
  accountMonths: SieAccountMonth[];
  objectMonths: SieObjectMonth[];
  /** The year's result from `#RES` (profit positive), or from the vouchers when the file has no `#RES`. */
  result: Ore;
  /** The same result summed from the vouchers, to show beside it when they differ. */
  resultFromVouchers: Ore;
}

const monthOf = (date: string) => Number(date.slice(5, 7));

/**
 * Sums a parsed file's vouchers per result account and month (and per object), for the year of
 * `#RAR 0`: what becomes actuals per line. Balance accounts are left to the balance sheet.
 */
export function sieTotals(file: SieFile): SieTotals {
  const year = file.fiscalYears.find((candidate) => candidate.index === 0);
  if (!year) throw new Error('sieTotals needs a parsed file with #RAR 0');
  const byAccount = new Map<string, SieAccountMonth>();
  const byObject = new Map<string, SieObjectMonth>();
  let lastMonth = 0;
  for (const voucher of file.vouchers) {
    const month = monthOf(voucher.date);
    lastMonth = Math.max(lastMonth, month);
    for (const trans of voucher.transactions) {
      if (!isResultAccount(trans.account)) continue;
      const key = `${trans.account}|${month}`;
      const entry = byAccount.get(key) ?? { account: trans.account, month, amount: ZERO_ORE };
      entry.amount = addOre(entry.amount, trans.amount);
      byAccount.set(key, entry);
      for (const ref of uniqueRefs(trans.objects)) {
        const objectKey = `${key}|${ref.dimension}|${ref.id}`;
        const part = byObject.get(objectKey) ?? {
          account: trans.account,
          month,
          dimension: ref.dimension,
          objectId: ref.id,
          amount: ZERO_ORE,
        };
        part.amount = addOre(part.amount, trans.amount);
        byObject.set(objectKey, part);
      }
    }
  }
  const order = (a: SieAccountMonth, b: SieAccountMonth) =>
    a.account.localeCompare(b.account) || a.month - b.month;
  const resultFromVouchers = negateOre(sumOre([...byAccount.values()].map((entry) => entry.amount)));
  const resRows = file.results.filter((row) => row.yearIndex === 0 && isResultAccount(row.account));
  return {
    year: Number(year.from.slice(0, 4)),
    lastMonth,
    accountMonths: [...byAccount.values()].sort(order),
    objectMonths: [...byObject.values()].sort(order),
    result: resRows.length > 0 ? negateOre(sumOre(resRows.map((row) => row.amount))) : resultFromVouchers,
    resultFromVouchers,
  };
}

/** One object per dimension counts once, even if a (faulty) list repeats it. */
function uniqueRefs(refs: SieObjectRef[]): SieObjectRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.dimension}|${ref.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
