// pnpm db:synthetic -- --forbund 80 --years 2016-2025 [--seed 7] [--with-members]
// Adds synthetic förbund to the database of DATABASE_OWNER_URL, or to the embedded database under
// SAMSYN_DATA_DIR (.data) when it is unset. Numbering continues after the synthetic förbund already there.
import { parseArgs } from 'node:util';
import { createSql } from '../client.ts';
import { openDatabase } from '../open-database.ts';
import { seedSynthetic } from './load-synthetic.ts';

// `pnpm db:synthetic -- --forbund 80` hands the `--` on; it separates nothing here.
const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
const { values } = parseArgs({
  args,
  options: {
    forbund: { type: 'string', default: '40' },
    years: { type: 'string', default: '2016-2025' },
    seed: { type: 'string' },
    'with-members': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const forbund = Number(values.forbund);
const yearsMatch = /^(\d{4})-(\d{4})$/.exec(values.years ?? '');
if (!Number.isSafeInteger(forbund) || forbund < 0 || !yearsMatch) {
  console.error(
    'Användning: pnpm db:synthetic -- --forbund 80 --years 2016-2025 [--seed 7] [--with-members]',
  );
  process.exit(2);
}
const years: [number, number] = [Number(yearsMatch[1]), Number(yearsMatch[2])];

const database = process.env.DATABASE_OWNER_URL
  ? null
  : await openDatabase({ dataDir: process.env.SAMSYN_DATA_DIR ?? '.data' });
const ownerUrl = process.env.DATABASE_OWNER_URL ?? database?.ownerUrl;
if (!ownerUrl) throw new Error('no owner connection');
const sql = createSql(ownerUrl, { max: 1, applicationName: 'samsyn-synthetic' });
try {
  const [last] = await sql<{ n: number }[]>`
    select coalesce(max(substring(slug from '^syntetiskt-(\\d+)$')::int), 0)::int as n from tenants where is_synthetic`;
  const firstNumber = (last?.n ?? 0) + 1;
  const started = performance.now();
  const result = await seedSynthetic(sql, {
    forbund,
    years,
    firstNumber,
    seed: values.seed === undefined ? firstNumber : Number(values.seed),
    withMembers: values['with-members'] ?? false,
  });
  console.warn(
    `Lade till ${result.forbund} syntetiska förbund (nr ${firstNumber}–${firstNumber + result.forbund - 1}), ` +
      `${result.figureRows} förbundsår, ${result.memberRows} medlemmar, på ${Math.round(performance.now() - started)} ms.`,
  );
} finally {
  await sql.end();
  await database?.stop();
}
