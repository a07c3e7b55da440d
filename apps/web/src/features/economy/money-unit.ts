import { formatMoney, type Ore, parseKronor } from '@samsyn/domain';
import { createContext, useContext } from 'react';

/** Amounts on the economy pages in kronor or thousands (tkr), as the user chooses. */
export type MoneyUnit = 'kr' | 'tkr';

export const MoneyUnitContext = createContext<MoneyUnit>('kr');
export const useMoneyUnit = (): MoneyUnit => useContext(MoneyUnitContext);

const storageKey = 'samsyn.economy.unit';

export function readStoredUnit(): MoneyUnit {
  try {
    return globalThis.localStorage?.getItem(storageKey) === 'tkr' ? 'tkr' : 'kr';
  } catch {
    return 'kr';
  }
}

export function storeUnit(unit: MoneyUnit): void {
  try {
    globalThis.localStorage?.setItem(storageKey, unit);
  } catch {
    // Private mode: the choice lasts for the page.
  }
}

/** An amount in the chosen unit, sv-SE, by the domain's one rounding rule (formatMoney). */
export const formatAmount = (amount: number, unit: MoneyUnit): string => formatMoney(amount as Ore, { unit });

/** An amount for an input field: Swedish digits without the unit ("1 234 567" or "1 234,50"). */
export function amountToInput(amount: number | null): string {
  if (amount === null) return '';
  return formatMoney(amount as Ore).replace(/\u00a0kr$/, '');
}

/** Reads a kronor field to öre; `null` for an empty field when allowed. */
export function inputToAmount(text: string): { ok: true; value: number } | { ok: false; error: string } {
  const parsed = parseKronor(text);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.error };
}
