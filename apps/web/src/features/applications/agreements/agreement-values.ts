import { formatMoney, type Ore } from '@samsyn/domain';

/** The agreement as `agreements.forApplication` answers it (the parts these helpers read). */
export interface PaymentRow {
  id: string;
  kind: 'advance' | 'tranche' | 'final';
  dueDate: string;
  amountOre: number;
  paidDate: string | null;
  version: number;
}

/** Öre as the kronor text a money field holds and `parseKronor` reads back ("350000", "123,45"). */
export function kronorText(amountOre: number): string {
  const sign = amountOre < 0 ? '-' : '';
  const abs = Math.abs(amountOre);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole},${String(cents).padStart(2, '0')}`;
}

/** The years form's starting values: each year's commitment as typed text. */
export function yearsFormDefaults(agreement: { years: { year: number; amountOre: number }[]; note: string }) {
  return {
    years: agreement.years.map((row) => ({ year: String(row.year), amount: kronorText(row.amountOre) })),
    note: agreement.note,
  };
}

/** The sentence under the years: equal to the grant, or how far over or under (catalogue key and values). */
export function yearsSumMessage(differenceOre: number) {
  if (differenceOre === 0) return { key: 'agreements.years.matches' as const };
  return {
    key: differenceOre > 0 ? ('agreements.years.over' as const) : ('agreements.years.under' as const),
    values: { difference: formatMoney(Math.abs(differenceOre) as Ore) },
  };
}

/**
 * Why "Markera som betald" is disabled for a payment, or null when it may be pressed: nothing is
 * paid before the agreement is signed, and the final payment waits for the approved final report
 * (the API refuses both as well).
 */
export function markPaidBlock(
  payment: Pick<PaymentRow, 'kind'>,
  state: { status: 'draft' | 'signed' | 'closed'; isFinalReportApproved: boolean },
): 'agreements.payments.notSignedBlocked' | 'agreements.payments.finalBlocked' | null {
  if (state.status !== 'signed') return 'agreements.payments.notSignedBlocked';
  if (payment.kind === 'final' && !state.isFinalReportApproved) return 'agreements.payments.finalBlocked';
  return null;
}

/** The next year to offer when a row is added: the one after the last, or this year. */
export function nextYear(years: readonly { year: string }[], thisYear: number): string {
  const numbers = years.map((row) => Number(row.year)).filter((year) => Number.isInteger(year) && year > 0);
  return String(numbers.length === 0 ? thisYear : Math.max(...numbers) + 1);
}
