import { type Ore, ZERO_ORE } from '../../money/ore.ts';
import { addOre } from '../../money/ore-math.ts';
import type {
  SieBalance,
  SieFile,
  SieObjectRef,
  SieParseResult,
  SieProblem,
  SieProblemKey,
  SieVoucher,
} from './sie-file.ts';
import { isSieAccount, parseSieAmount, parseSieDate, parseSieInteger, parseSiePeriod } from './sie-values.ts';
import { type SieField, tokenizeSieLine } from './tokenize-sie-line.ts';

/** More problems than this and the list is cut: the file is wrong throughout, more lines do not help. */
export const MAX_SIE_PROBLEMS = 50;

class LineProblem extends Error {
  constructor(
    readonly key: SieProblemKey,
    readonly value?: string,
  ) {
    super(key);
  }
}

const emptyFile = (): SieFile => ({
  format: null,
  sieType: null,
  program: null,
  generated: null,
  companyName: null,
  orgNumber: null,
  fiscalYears: [],
  accounts: [],
  dimensions: [],
  objects: [],
  openingBalances: [],
  closingBalances: [],
  results: [],
  periodBalances: [],
  vouchers: [],
});

/** Reads the record's fields by position; a missing required one is a problem of the line. */
class Fields {
  constructor(private readonly fields: SieField[]) {}
  word(index: number): string {
    const field = this.fields[index];
    if (!field || field.kind !== 'word') throw new LineProblem('sie.missingField');
    return field.value;
  }
  optionalWord(index: number): string {
    const field = this.fields[index];
    return field?.kind === 'word' ? field.value : '';
  }
  isList(index: number): boolean {
    return this.fields[index]?.kind === 'list';
  }
  objects(index: number): SieObjectRef[] {
    const field = this.fields[index];
    if (!field || field.kind !== 'list') throw new LineProblem('sie.invalidObjectList');
    if (field.values.length % 2 !== 0) throw new LineProblem('sie.invalidObjectList', field.values.join(' '));
    const refs: SieObjectRef[] = [];
    for (let at = 0; at < field.values.length; at += 2) {
      const dimension = parseSieInteger(field.values[at] as string);
      if (dimension === null || dimension < 1)
        throw new LineProblem('sie.invalidObjectList', field.values[at]);
      refs.push({ dimension, id: field.values[at + 1] as string });
    }
    return refs;
  }
  amount(index: number): Ore {
    const text = this.word(index);
    const amount = parseSieAmount(text);
    if (amount === null) throw new LineProblem('sie.invalidAmount', text);
    return amount;
  }
  date(index: number): string {
    const text = this.word(index);
    const date = parseSieDate(text);
    if (date === null) throw new LineProblem('sie.invalidDate', text);
    return date;
  }
  account(index: number): string {
    const text = this.word(index);
    if (!isSieAccount(text)) throw new LineProblem('sie.invalidAccount', text);
    return text;
  }
  integer(index: number): number {
    const text = this.word(index);
    const value = parseSieInteger(text);
    if (value === null) throw new LineProblem('sie.invalidNumber', text);
    return value;
  }
}

/**
 * Reads a SIE 4 file (already decoded to text) into a typed `SieFile`, or every problem found, each
 * with its line number and a reason key. Records the format defines but Samsyn does not use, and
 * records it does not know, are skipped, as the SIE specification asks of a reader; a `#RTRANS`
 * (a transaction added later) is followed by an identical `#TRANS` and a `#BTRANS` was removed, so
 * only `#TRANS` counts. Vouchers must balance and lie within the year of `#RAR 0`.
 */
export function parseSie(text: string): SieParseResult {
  const file = emptyFile();
  const problems: SieProblem[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let open: SieVoucher | null = null;
  let awaitingBlock: SieVoucher | null = null;
  let records = 0;
  // A voucher with a broken line is not also reported as unbalanced: the broken line is the news.
  let openHasProblem = false;

  const report = (line: number, key: SieProblemKey, value?: string) => {
    if (open) openHasProblem = true;
    if (problems.length < MAX_SIE_PROBLEMS)
      problems.push(value === undefined ? { line, key } : { line, key, value });
  };

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (awaitingBlock) {
      const voucher = awaitingBlock;
      awaitingBlock = null;
      if (trimmed === '{') {
        open = voucher;
        openHasProblem = false;
        return;
      }
      report(voucher.line, 'sie.voucherWithoutBlock');
    }
    if (trimmed === '{') {
      report(lineNumber, 'sie.unexpectedBrace', trimmed);
      return;
    }
    if (trimmed === '}') {
      if (!open) {
        report(lineNumber, 'sie.unexpectedBrace', trimmed);
        return;
      }
      const voucher: SieVoucher = open;
      open = null;
      const sum = voucher.transactions.reduce<Ore>((total, trans) => addOre(total, trans.amount), ZERO_ORE);
      if (sum !== 0 && !openHasProblem)
        report(voucher.line, 'sie.voucherUnbalanced', `${voucher.series} ${voucher.number}`);
      file.vouchers.push(voucher);
      return;
    }
    if (!trimmed.startsWith('#')) {
      report(lineNumber, 'sie.notARecord', trimmed.slice(0, 40));
      return;
    }
    const tokens = tokenizeSieLine(trimmed);
    if (!tokens.ok) {
      report(lineNumber, tokens.key);
      return;
    }
    const [label, ...rest] = tokens.fields;
    const record = label?.kind === 'word' ? label.value.toUpperCase() : '';
    records += 1;
    try {
      readRecord(record, new Fields(rest), lineNumber);
    } catch (error) {
      if (!(error instanceof LineProblem)) throw error;
      report(lineNumber, error.key, error.value);
    }
  });
  if (awaitingBlock) report((awaitingBlock as SieVoucher).line, 'sie.voucherWithoutBlock');
  if (open) report((open as SieVoucher).line, 'sie.unclosedVoucher');

  function readRecord(record: string, fields: Fields, line: number) {
    const balance = (): SieBalance => ({
      yearIndex: fields.integer(0),
      account: fields.account(1),
      amount: fields.amount(2),
      line,
    });
    switch (record) {
      case '#FORMAT':
        file.format = fields.word(0);
        return;
      case '#SIETYP':
        file.sieType = fields.integer(0);
        if (file.sieType !== 4) throw new LineProblem('sie.notType4', String(file.sieType));
        return;
      case '#PROGRAM':
        file.program = fields.word(0);
        return;
      case '#GEN':
        file.generated = fields.date(0);
        return;
      case '#FNAMN':
        file.companyName = fields.word(0);
        return;
      case '#ORGNR':
        file.orgNumber = fields.word(0);
        return;
      case '#RAR':
        file.fiscalYears.push({ index: fields.integer(0), from: fields.date(1), to: fields.date(2), line });
        return;
      case '#KONTO':
        file.accounts.push({ number: fields.account(0), name: fields.optionalWord(1), type: null });
        return;
      case '#KTYP': {
        const number = fields.account(0);
        const type = fields.word(1).toUpperCase();
        if (type !== 'T' && type !== 'S' && type !== 'K' && type !== 'I')
          throw new LineProblem('sie.missingField', type);
        const account = file.accounts.find((candidate) => candidate.number === number);
        if (account) account.type = type;
        else file.accounts.push({ number, name: '', type });
        return;
      }
      case '#DIM':
        file.dimensions.push({ number: fields.integer(0), name: fields.word(1), parent: null });
        return;
      case '#UNDERDIM':
        file.dimensions.push({ number: fields.integer(0), name: fields.word(1), parent: fields.integer(2) });
        return;
      case '#OBJEKT':
        file.objects.push({ dimension: fields.integer(0), id: fields.word(1), name: fields.optionalWord(2) });
        return;
      case '#IB':
        file.openingBalances.push(balance());
        return;
      case '#UB':
        file.closingBalances.push(balance());
        return;
      case '#RES':
        file.results.push(balance());
        return;
      case '#PSALDO': {
        const yearIndex = fields.integer(0);
        const periodText = fields.word(1);
        const month = parseSiePeriod(periodText);
        if (month === null) throw new LineProblem('sie.invalidDate', periodText);
        const account = fields.account(2);
        const objects = fields.objects(3);
        file.periodBalances.push({ yearIndex, month, account, objects, amount: fields.amount(4), line });
        return;
      }
      case '#VER': {
        if (open) throw new LineProblem('sie.unclosedVoucher');
        awaitingBlock = {
          series: fields.optionalWord(0),
          number: fields.optionalWord(1),
          date: fields.date(2),
          text: fields.optionalWord(3),
          line,
          transactions: [],
        };
        return;
      }
      case '#TRANS': {
        if (!open) throw new LineProblem('sie.transOutsideVoucher');
        const voucher: SieVoucher = open;
        const account = fields.account(0);
        // The object list is required, but some older exports leave it out when it is empty.
        const at = fields.isList(1) ? 2 : 1;
        const objects = at === 2 ? fields.objects(1) : [];
        const amount = fields.amount(at);
        const dateText = fields.optionalWord(at + 1);
        let date: string | null = null;
        if (dateText !== '') {
          date = parseSieDate(dateText);
          if (date === null) throw new LineProblem('sie.invalidDate', dateText);
        }
        voucher.transactions.push({
          account,
          objects,
          amount,
          date,
          text: fields.optionalWord(at + 2),
          line,
        });
        return;
      }
      case '#RTRANS':
      case '#BTRANS':
        if (!open) throw new LineProblem('sie.transOutsideVoucher');
        return;
      default:
        return;
    }
  }

  if (records === 0 && problems.length === 0) report(1, 'sie.noRecords');
  const year = file.fiscalYears.find((candidate) => candidate.index === 0);
  if (!year && problems.length === 0) report(1, 'sie.missingFiscalYear');
  // A förbund's fiscal year is the calendar year (kommunalförbund), and so is every year in Samsyn.
  if (year && (year.from.slice(5) !== '01-01' || year.to !== `${year.from.slice(0, 4)}-12-31`))
    report(year.line, 'sie.notCalendarYear', `${year.from} – ${year.to}`);
  if (year) {
    for (const voucher of file.vouchers) {
      if (voucher.date < year.from || voucher.date > year.to)
        report(voucher.line, 'sie.dateOutsideYear', voucher.date);
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, file };
}
