import type { Ore } from '../../money/ore.ts';

/** A cost centre, project or other object a transaction is booked on: `{1 "100"}` = dimension 1, object 100. */
export interface SieObjectRef {
  dimension: number;
  id: string;
}

export interface SieFiscalYear {
  /** 0 = the year of the file, −1 the year before (`#RAR -1 …`). */
  index: number;
  from: string;
  to: string;
  line: number;
}

export interface SieAccount {
  number: string;
  name: string;
  /** `#KTYP`: T tillgång, S skuld, K kostnad, I intäkt; null when the file does not say. */
  type: 'T' | 'S' | 'K' | 'I' | null;
}

export interface SieDimension {
  number: number;
  name: string;
  /** `#UNDERDIM`: the dimension it is a part of. */
  parent: number | null;
}

export interface SieObject {
  dimension: number;
  id: string;
  name: string;
}

/** `#IB`, `#UB`, `#RES`: an account's balance (debit positive, credit negative) in a year. */
export interface SieBalance {
  yearIndex: number;
  account: string;
  amount: Ore;
  line: number;
}

/** `#PSALDO`: an account's change in a month, optionally on objects. */
export interface SiePeriodBalance extends SieBalance {
  /** `YYYY-MM`. */
  month: string;
  objects: SieObjectRef[];
}

export interface SieTransaction {
  account: string;
  objects: SieObjectRef[];
  /** Debit positive, credit negative. */
  amount: Ore;
  /** The transaction's own date when it has one, else null (the voucher's date applies). */
  date: string | null;
  text: string;
  line: number;
}

export interface SieVoucher {
  series: string;
  number: string;
  date: string;
  text: string;
  line: number;
  transactions: SieTransaction[];
}

/** What a SIE 4 file says, as read by `parseSie`. Dates are ISO (`YYYY-MM-DD`). */
export interface SieFile {
  format: string | null;
  sieType: number | null;
  program: string | null;
  generated: string | null;
  companyName: string | null;
  orgNumber: string | null;
  fiscalYears: SieFiscalYear[];
  accounts: SieAccount[];
  dimensions: SieDimension[];
  objects: SieObject[];
  openingBalances: SieBalance[];
  closingBalances: SieBalance[];
  results: SieBalance[];
  periodBalances: SiePeriodBalance[];
  vouchers: SieVoucher[];
}

export const sieProblemKeys = [
  'sie.unterminatedQuote',
  'sie.unterminatedList',
  'sie.nestedList',
  'sie.notARecord',
  'sie.missingField',
  'sie.invalidAmount',
  'sie.invalidDate',
  'sie.invalidAccount',
  'sie.invalidNumber',
  'sie.invalidObjectList',
  'sie.transOutsideVoucher',
  'sie.voucherWithoutBlock',
  'sie.unclosedVoucher',
  'sie.unexpectedBrace',
  'sie.voucherUnbalanced',
  'sie.notType4',
  'sie.missingFiscalYear',
  'sie.dateOutsideYear',
  'sie.notCalendarYear',
  'sie.noRecords',
] as const;
export type SieProblemKey = (typeof sieProblemKeys)[number];

/** A problem in the file: its line (1 = the first), a reason key (`sie.*`) and the offending text. */
export interface SieProblem {
  line: number;
  key: SieProblemKey;
  value?: string;
}

export type SieParseResult = { ok: true; file: SieFile } | { ok: false; problems: SieProblem[] };
