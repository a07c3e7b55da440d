/**
 * A generated SIE 4 file of a whole year for tests and demos (never read by the product): a small
 * förbund's books with several vouchers a month, two dimensions (1 cost centres, 6 projects),
 * quoted names with spaces and an escaped quote, and å/ä/ö written in PC8 (CP437) as bookkeeping
 * systems write them. `malformed` returns a copy with one broken line and says which.
 */

export interface TestSieTransaction {
  account: string;
  /** Öre, debit positive. */
  amount: number;
  objects: { dimension: number; id: string }[];
}

export interface TestSieVoucher {
  number: number;
  date: string;
  text: string;
  transactions: TestSieTransaction[];
}

export interface TestSieFile {
  year: number;
  text: string;
  bytes: Uint8Array;
  accounts: { number: string; name: string }[];
  vouchers: TestSieVoucher[];
  /** Opening balances (öre, debit positive) of the balance accounts. */
  opening: Record<string, number>;
}

export const testSieAccounts = [
  { number: '1510', name: 'Kundfordringar' },
  { number: '1790', name: 'Förutbetalda kostnader' },
  { number: '1930', name: 'Bank, företagskonto' },
  { number: '2010', name: 'Eget kapital' },
  { number: '2440', name: 'Leverantörsskulder' },
  { number: '2710', name: 'Personalens källskatt' },
  { number: '3010', name: 'Bidrag Försäkringskassan' },
  { number: '3020', name: 'Bidrag Region Gävleborg' },
  { number: '3030', name: 'Bidrag kommunerna' },
  { number: '3990', name: 'Övriga intäkter' },
  { number: '4010', name: 'Köpta insatser, samverkan' },
  { number: '5010', name: 'Lokalhyra' },
  { number: '6530', name: 'Konsulttjänster "extern granskning"' },
  { number: '7010', name: 'Löner tjänstemän' },
  { number: '7510', name: 'Arbetsgivaravgifter' },
  { number: '8310', name: 'Ränteintäkter' },
  { number: '8410', name: 'Räntekostnader' },
];

export const testSieObjects = [
  { dimension: 1, id: '100', name: 'Kansliet' },
  { dimension: 1, id: '200', name: 'Insatser' },
  { dimension: 6, id: 'P1', name: 'Unga vuxna i Gävle' },
  { dimension: 6, id: 'P2', name: 'Återgång i arbete' },
  { dimension: 6, id: 'P3', name: 'Hälsa på jobbet' },
];

const cp437: Record<string, number> = { å: 0x86, ä: 0x84, ö: 0x94, Å: 0x8f, Ä: 0x8e, Ö: 0x99, é: 0x82 };

/** Encodes text as PC8 (CP437), for the characters the test file uses. */
export function encodeCp437(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    const code = char.charCodeAt(0);
    const byte = code < 0x80 ? code : cp437[char];
    if (byte === undefined) throw new Error(`no CP437 byte for ${char} in the test file`);
    bytes[index] = byte;
  }
  return bytes;
}

const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const amountText = (ore: number) => {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};
const pad = (n: number) => String(n).padStart(2, '0');
const objectList = (objects: TestSieTransaction['objects']) =>
  `{${objects.map((ref) => `${ref.dimension} ${quote(ref.id)}`).join(' ')}}`;

function vouchersOf(year: number): TestSieVoucher[] {
  const vouchers: TestSieVoucher[] = [];
  const add = (month: number, day: number, text: string, transactions: TestSieTransaction[]) =>
    vouchers.push({
      number: vouchers.length + 1,
      date: `${year}-${pad(month)}-${pad(day)}`,
      text,
      transactions,
    });
  const t = (account: string, amount: number, objects: TestSieTransaction['objects'] = []) => ({
    account,
    amount,
    objects,
  });
  for (let month = 1; month <= 12; month += 1) {
    const state = 40_000_000 + month * 1_250;
    const region = 20_000_000 + month * 625;
    const municipalities = 20_000_000 + month * 625;
    add(month, 3, `Bidrag ${month}/${year}`, [
      t('1930', state + region + municipalities),
      t('3010', -state),
      t('3020', -region),
      t('3030', -municipalities),
    ]);
    const salary = 18_500_000 + month * 1_037;
    const fees = Math.round(salary * 0.3142);
    const tax = Math.round(salary * 0.3);
    add(month, 25, 'Löner', [
      t('7010', salary, [{ dimension: 1, id: '100' }]),
      t('7510', fees, [{ dimension: 1, id: '100' }]),
      t('2710', -tax),
      t('1930', -(salary + fees - tax)),
    ]);
    add(month, 26, 'Skatt och avgifter', [t('2710', tax), t('1930', -tax)]);
    const p1 = 9_000_000 + month * 3_317;
    const p2 = 6_500_000 + month * 2_053;
    const p3 = month % 3 === 0 ? 2_400_050 : 0;
    const loose = 730_025 + month * 11;
    const purchases = [
      t('4010', p1, [
        { dimension: 1, id: '200' },
        { dimension: 6, id: 'P1' },
      ]),
      t('4010', p2, [{ dimension: 6, id: 'P2' }]),
      t('4010', loose, [{ dimension: 1, id: '200' }]),
    ];
    if (p3 > 0) purchases.push(t('4010', p3, [{ dimension: 6, id: 'P3' }]));
    const invoiced = p1 + p2 + p3 + loose;
    add(month, 12, 'Fakturor insatser', [...purchases, t('2440', -invoiced)]);
    // December's invoices are paid in January: the year ends with a supplier debt.
    if (month < 12) add(month, 28, 'Betalda leverantörer', [t('2440', invoiced), t('1930', -invoiced)]);
    add(month, 1, 'Hyra kontor "Ågatan 4"', [
      t('5010', 4_200_000, [{ dimension: 1, id: '100' }]),
      t('1930', -4_200_000),
    ]);
    if (month % 3 === 0) {
      add(month, 30, 'Ränta', [t('1930', 12_345 + month), t('8310', -(12_345 + month))]);
      add(month, 30, 'Bankavgift och ränta', [t('8410', 4_321), t('1930', -4_321)]);
    }
    if (month === 4 || month === 10) {
      add(month, 15, 'Konsult, granskning', [t('6530', 1_875_000), t('2440', -1_875_000)]);
      add(month, 20, 'Betald konsult', [t('2440', 1_875_000), t('1930', -1_875_000)]);
    }
    if (month === 6) add(month, 18, 'Konferensavgifter', [t('1510', 250_000), t('3990', -250_000)]);
    if (month === 8) add(month, 5, 'Inbetald fordran', [t('1930', 250_000), t('1510', -250_000)]);
    if (month === 12)
      add(month, 31, 'Förutbetald hyra januari', [t('1790', 4_200_000), t('1930', -4_200_000)]);
  }
  return vouchers;
}

/** The whole year's file. */
export function testSieFile(year = 2025): TestSieFile {
  const vouchers = vouchersOf(year);
  const opening: Record<string, number> = { '1930': 150_000_000, '2010': -150_000_000 };
  const balance = new Map<string, number>(Object.entries(opening));
  for (const voucher of vouchers)
    for (const trans of voucher.transactions)
      balance.set(trans.account, (balance.get(trans.account) ?? 0) + trans.amount);
  const compact = (date: string) => date.replace(/-/g, '');
  const lines = [
    '#FLAGGA 0',
    '#FORMAT PC8',
    '#SIETYP 4',
    '#PROGRAM "Samsyn testfil" 1.0',
    `#GEN ${year + 1}0115`,
    '#FNAMN "Samordningsförbundet Testå"',
    '#ORGNR 222000-0001',
    `#RAR 0 ${year}0101 ${year}1231`,
    `#RAR -1 ${year - 1}0101 ${year - 1}1231`,
    '#KPTYP BAS2014',
  ];
  for (const account of testSieAccounts) {
    lines.push(`#KONTO ${account.number} ${quote(account.name)}`);
    lines.push(
      `#KTYP ${account.number} ${/^1/.test(account.number) ? 'T' : /^2/.test(account.number) ? 'S' : /^3|^83/.test(account.number) ? 'I' : 'K'}`,
    );
  }
  lines.push('#DIM 1 "Kostnadsställe"', '#DIM 6 "Projekt"');
  for (const object of testSieObjects)
    lines.push(`#OBJEKT ${object.dimension} ${quote(object.id)} ${quote(object.name)}`);
  const sorted = [...balance.keys()].sort();
  for (const account of sorted.filter((number) => /^[12]/.test(number))) {
    lines.push(`#IB 0 ${account} ${amountText(opening[account] ?? 0)}`);
    lines.push(`#UB 0 ${account} ${amountText(balance.get(account) ?? 0)}`);
  }
  for (const account of sorted.filter((number) => /^[3-8]/.test(number)))
    lines.push(`#RES 0 ${account} ${amountText(balance.get(account) ?? 0)}`);
  for (const voucher of vouchers) {
    lines.push(
      `#VER "A" "${voucher.number}" ${compact(voucher.date)} ${quote(voucher.text)} ${compact(voucher.date)}`,
    );
    lines.push('{');
    for (const trans of voucher.transactions)
      lines.push(`   #TRANS ${trans.account} ${objectList(trans.objects)} ${amountText(trans.amount)}`);
    lines.push('}');
  }
  const text = `${lines.join('\r\n')}\r\n`;
  return { year, text, bytes: encodeCp437(text), accounts: testSieAccounts, vouchers, opening };
}

/** A copy of the file with one broken amount in a May voucher; `line` is its number (1 = first). */
export function malformedTestSieFile(year = 2025): TestSieFile & { line: number } {
  const file = testSieFile(year);
  const lines = file.text.split('\r\n');
  const index = lines.findIndex(
    (line, at) => line.includes('#TRANS 4010') && lines[at - 2]?.includes(`${year}0512`),
  );
  lines[index] = (lines[index] as string).replace(/ (\d+)\.(\d{2})$/, ' $1,$2 kr');
  const text = lines.join('\r\n');
  return { ...file, text, bytes: encodeCp437(text), line: index + 1 };
}
