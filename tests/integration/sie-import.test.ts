import { type Caller, newInterventionInput, outcomeOf, useTestApi } from '@samsyn/api/testing';
import { malformedTestSieFile, testSieFile } from '@samsyn/domain';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Importing the books (SIE 4) into a förbund onboarded in the test, with no chart of lines: the
 * generated 12-month file lands as actuals per line and month, splits per intervention, a balance
 * sheet and an opening equity that equal the file's own sums to the öre. The tests build on each
 * other, in order.
 */
const env = useTestApi();
let admin: Caller;
const tenant = 'sie-test';
const year = 2025;
const file = testSieFile(year);
const fileBase64 = Buffer.from(file.bytes).toString('base64');
const interventionIds: Record<string, string> = {};
let objectMappings: { dimension: number; objectId: string; interventionId: string | null }[] = [];

/** The file's transactions summed without the parser: account → month → öre (debit positive). */
function fileSums() {
  const sums = new Map<string, number>();
  for (const voucher of file.vouchers)
    for (const trans of voucher.transactions) {
      const key = `${trans.account}|${Number(voucher.date.slice(5, 7))}`;
      sums.set(key, (sums.get(key) ?? 0) + trans.amount);
    }
  const year = (accounts: string[]) =>
    [...sums]
      .filter(([key]) => accounts.includes(key.split('|')[0] as string))
      .reduce((s, [, v]) => s + v, 0);
  return { sums, year };
}

/** Every figure the import may write for the förbund, to show that a refused or repeated import changes none. */
async function fingerprint() {
  const [row] = await env.superuser<{ text: string }[]>`
    select concat_ws(' / ',
      (select string_agg(concat_ws(':', l.code, a.period_kind, a.period_number, a.amount_ore, a.version, a.allocations_version), ',' order by l.code, a.period_number)
         from actuals a join economy_lines l on l.id = a.line_id where a.tenant_id = t.id),
      (select string_agg(concat_ws(':', intervention_id, amount_ore, version), ',' order by actual_id, intervention_id)
         from actual_allocations where tenant_id = t.id),
      (select string_agg(concat_ws(':', code, amount_ore), ',' order by position) from balance_lines where tenant_id = t.id),
      (select string_agg(concat_ws(':', b.balance_date, b.version), ',') from balance_sheets b where b.tenant_id = t.id),
      (select string_agg(concat_ws(':', year, opening_equity_ore, version), ',') from fiscal_years where tenant_id = t.id),
      (select string_agg(concat_ws(':', account, line_id, version), ',' order by account) from account_line_mappings where tenant_id = t.id),
      (select string_agg(concat_ws(':', object_id, intervention_id, version), ',' order by object_id) from sie_object_mappings where tenant_id = t.id),
      (select count(*) from economy_lines where tenant_id = t.id)) as text
    from tenants t where t.slug = ${tenant}`;
  return row?.text ?? '';
}

beforeAll(async () => {
  const platform = await env.api.callerFor('platform@samsyn.demo');
  await platform.platform.tenants.onboard({
    name: 'Samordningsförbundet SIE-test',
    orgNumber: '222000-3137',
    slug: tenant,
    countyCode: '21',
    municipalityCodes: ['2180', '2181'],
    firstAdminEmail: 'ekonom@sie-test.se',
  });
  const [mail] = await env.superuser<{ text: string }[]>`
    select body_text as text from mail_outbox where to_address = 'ekonom@sie-test.se' order by id desc limit 1`;
  const token = /\/inbjudan#([a-z2-7]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error('no invitation');
  await (await env.api.caller()).invitation.accept({
    token,
    name: 'Eva Ekonom',
    password: 'ekonomens lösenord',
  });
  admin = await env.api.caller(await env.api.login('ekonom@sie-test.se', 'ekonomens lösenord'));
  for (const [objectId, name] of [
    ['P1', 'Unga vuxna'],
    ['P2', 'Återgång i arbete'],
  ] as const) {
    const created = await admin.interventions.create({
      tenant,
      ...newInterventionInput(name, { status: 'ongoing' }),
    });
    interventionIds[objectId] = created.id;
  }
  objectMappings = Object.entries(interventionIds).map(([objectId, interventionId]) => ({
    dimension: 6,
    objectId,
    interventionId,
  }));
});

describe('importing a year of books into a new förbund', () => {
  it('previews every line per month, suggested from BAS, with the names decoded from CP437', async () => {
    const preview = await admin.economy.sieImport.preview({ tenant, fileBase64, fileName: 'bokslut.se' });
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.companyName).toBe('Samordningsförbundet Testå');
    expect(preview.year).toBe(year);
    expect(preview.lastMonth).toBe(12);
    expect(preview.accounts.find((row) => row.account === '7010')).toMatchObject({
      name: 'Löner tjänstemän',
      target: { type: 'standard', code: 'personal' },
      source: 'suggested',
    });
    expect(preview.lines.map((line) => [line.code, line.isNew])).toEqual([
      ['bidrag-staten', true],
      ['bidrag-regionen', true],
      ['bidrag-kommunerna', true],
      ['ovriga-intakter', true],
      ['insatsmedel', true],
      ['ovriga-kostnader', true],
      ['personal', true],
      ['finansiella-intakter', true],
      ['finansiella-kostnader', true],
    ]);
    const { sums } = fileSums();
    const staff = preview.lines.find((line) => line.code === 'personal');
    expect(staff?.months[2]).toBe((sums.get('7010|3') ?? 0) + (sums.get('7510|3') ?? 0));
    expect(preview.objects.map((object) => [object.dimension, object.objectId, object.name])).toEqual([
      [1, '200', 'Insatser'],
      [6, 'P1', 'Unga vuxna i Gävle'],
      [6, 'P2', 'Återgång i arbete'],
      [6, 'P3', 'Hälsa på jobbet'],
    ]);
    expect(preview.balance?.isBalanced).toBe(true);
    expect(preview.openingBalance).toMatchObject({ date: `${year - 1}-12-31`, isBalanced: true });
    expect(preview.openingEquity).toBe(150_000_000);
    expect(preview.result.fromLines).toBe(preview.result.fromFile);
    // 3 contribution lines, staff, other costs and intervention funds every month; other income in
    // June; financial items each quarter.
    expect(preview.adding).toBe(6 * 12 + 1 + 2 * 4);
  });

  it('refuses the malformed copy whole, naming its line, and changes nothing', async () => {
    const before = await fingerprint();
    const malformed = malformedTestSieFile(year);
    const malformedBase64 = Buffer.from(malformed.bytes).toString('base64');
    const preview = await admin.economy.sieImport.preview({ tenant, fileBase64: malformedBase64 });
    expect(preview).toEqual({
      ok: false,
      problems: [{ line: malformed.line, key: 'sie.invalidAmount', value: expect.stringMatching(/,/) }],
    });
    const error = await admin.economy.sieImport
      .commit({ tenant, fileBase64: malformedBase64, objectMappings })
      .catch((caught: unknown) => caught);
    expect(await outcomeOf(Promise.reject(error))).toBe('BAD_REQUEST');
    expect(JSON.stringify(error)).toContain('sie.invalid');
    expect(await fingerprint()).toBe(before);
  });

  it('imports the file: operating statement and balance sheet equal the file’s sums to the öre', async () => {
    const result = await admin.economy.sieImport.commit({
      tenant,
      fileBase64,
      fileName: 'bokslut.se',
      objectMappings,
    });
    expect(result).toMatchObject({ year, lastMonth: 12, replaced: 0, balanceDate: `${year}-12-31` });
    expect(result.createdLines).toHaveLength(9);

    const { year: sumOf } = fileSums();
    const statement = await admin.economy.reports.operatingStatement({ tenant, year, throughMonth: 12 });
    const actual = (code: string) =>
      [...statement.costs.lines, ...statement.revenue.lines].find((line) => line.code === code)?.actual;
    expect(actual('bidrag-staten')).toBe(-sumOf(['3010']));
    expect(actual('bidrag-regionen')).toBe(-sumOf(['3020']));
    expect(actual('bidrag-kommunerna')).toBe(-sumOf(['3030']));
    expect(actual('ovriga-intakter')).toBe(-sumOf(['3990']));
    expect(actual('insatsmedel')).toBe(sumOf(['4010']));
    expect(actual('personal')).toBe(sumOf(['7010', '7510']));
    expect(actual('ovriga-kostnader')).toBe(sumOf(['5010', '6530']));
    expect(statement.costs.total.actual).toBe(sumOf(['4010', '5010', '6530', '7010', '7510']));

    const report = await admin.economy.reports.balanceSheet({ tenant, date: `${year}-12-31` });
    const sheet = report.sheet;
    // The year before's closing sheet comes from #IB, so equity's movement by the result is checked.
    expect(report.previous?.sections.equity).toBe(150_000_000);
    expect(report.equityMovement?.difference).toBe(0);
    const closing = (account: string) => (file.opening[account] ?? 0) + sumOf([account]);
    expect(sheet?.isBalanced).toBe(true);
    expect(sheet?.totalAssets).toBe(closing('1510') + closing('1790') + closing('1930'));
    expect(closing('2440')).toBeLessThan(0);
    expect(sheet?.sections.currentLiabilities).toBe(-(closing('2440') + closing('2710')));
    const result3to8 = sumOf([
      '3010',
      '3020',
      '3030',
      '3990',
      '4010',
      '5010',
      '6530',
      '7010',
      '7510',
      '8310',
      '8410',
    ]);
    expect(sheet?.sections.equity).toBe(-closing('2010') - result3to8);

    const [equity] = await env.superuser<{ equity: string }[]>`
      select f.opening_equity_ore::text as equity from fiscal_years f join tenants t on t.id = f.tenant_id
      where t.slug = ${tenant} and f.year = ${year}`;
    expect(equity?.equity).toBe('150000000');
  });

  it('splits the intervention funds per project as the books say, and leaves the rest unallocated', async () => {
    const rows = await env.superuser<{ interventionId: string; amount: string }[]>`
      select a.intervention_id as "interventionId", sum(a.amount_ore)::text as amount
      from actual_allocations a join tenants t on t.id = a.tenant_id where t.slug = ${tenant}
      group by a.intervention_id order by sum(a.amount_ore)`;
    const projectSum = (id: string) =>
      file.vouchers
        .flatMap((voucher) => voucher.transactions)
        .filter(
          (trans) =>
            trans.account === '4010' && trans.objects.some((ref) => ref.dimension === 6 && ref.id === id),
        )
        .reduce((sum, trans) => sum + trans.amount, 0);
    expect(rows).toEqual([
      { interventionId: interventionIds.P2, amount: String(projectSum('P2')) },
      { interventionId: interventionIds.P1, amount: String(projectSum('P1')) },
    ]);
  });

  it('remembers the mappings, so the next preview says so', async () => {
    const preview = await admin.economy.sieImport.preview({ tenant, fileBase64 });
    if (!preview.ok) throw new Error('refused');
    expect(new Set(preview.accounts.map((row) => row.source))).toEqual(new Set(['remembered']));
    expect(preview.lines.every((line) => !line.isNew)).toBe(true);
    expect(preview.objects.find((object) => object.objectId === 'P1')).toMatchObject({
      interventionId: interventionIds.P1,
      source: 'remembered',
    });
    expect([preview.adding, preview.replacing]).toEqual([0, 0]);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const before = await fingerprint();
    const again = await admin.economy.sieImport.commit({ tenant, fileBase64, objectMappings });
    expect(again).toMatchObject({ added: 0, replaced: 0, createdLines: [], allocationsChanged: 0 });
    expect(await fingerprint()).toBe(before);
    const [audits] = await env.superuser<{ count: number }[]>`
      select count(*)::int as count from audit_log a join tenants t on t.id = a.tenant_id
      where t.slug = ${tenant} and a.action = 'actuals.sieImport'`;
    expect(audits?.count).toBe(2);
  });

  it('replaces a period in place when an account moves to another line, never doubling it', async () => {
    const preview = await admin.economy.sieImport.preview({ tenant, fileBase64 });
    if (!preview.ok) throw new Error('refused');
    const staffLine = preview.lines.find((line) => line.code === 'personal');
    if (!staffLine?.lineId) throw new Error('no staff line');
    const ids = await env.superuser<{ id: string }[]>`
      select a.id from actuals a join tenants t on t.id = a.tenant_id order by a.id`;
    const moved = await admin.economy.sieImport.commit({
      tenant,
      fileBase64,
      mappings: [{ account: '6530', target: { type: 'line', lineId: staffLine.lineId } }],
    });
    expect(moved.added).toBe(0);
    expect(moved.replaced).toBe(4);
    const statement = await admin.economy.reports.operatingStatement({ tenant, year, throughMonth: 12 });
    const { year: sumOf } = fileSums();
    const actual = (code: string) => statement.costs.lines.find((line) => line.code === code)?.actual;
    expect(actual('personal')).toBe(sumOf(['7010', '7510', '6530']));
    expect(actual('ovriga-kostnader')).toBe(sumOf(['5010']));
    expect(statement.costs.total.actual).toBe(sumOf(['4010', '5010', '6530', '7010', '7510']));
    const after = await env.superuser<{ id: string }[]>`
      select a.id from actuals a join tenants t on t.id = a.tenant_id order by a.id`;
    expect(after).toEqual(ids);
  });

  it('moves a project’s split when it is tied to no intervention any more, and says the split changed', async () => {
    const moved = await admin.economy.sieImport.commit({
      tenant,
      fileBase64,
      objectMappings: [{ dimension: 6, objectId: 'P2', interventionId: null }],
    });
    expect(moved).toMatchObject({ added: 0, replaced: 0, allocationsChanged: 12 });
    const rows = await env.superuser<{ interventionId: string }[]>`
      select distinct a.intervention_id as "interventionId"
      from actual_allocations a join tenants t on t.id = a.tenant_id where t.slug = ${tenant}`;
    expect(rows).toEqual([{ interventionId: interventionIds.P1 }]);
  });

  it('refuses a year whose line already has a half-year actual, and changes nothing', async () => {
    await admin.economy.actuals.save({
      tenant,
      period: '2024-H1',
      lineCode: 'personal',
      amount: 100_000,
      note: null,
      expectedVersion: null,
    });
    const before = await fingerprint();
    const earlier = Buffer.from(testSieFile(2024).bytes).toString('base64');
    const preview = await admin.economy.sieImport.preview({ tenant, fileBase64: earlier });
    expect(preview.ok && preview.conflicts).toEqual([{ lineName: 'Personal', period: '2024-H1' }]);
    const error = await admin.economy.sieImport
      .commit({ tenant, fileBase64: earlier })
      .catch((caught: unknown) => caught);
    expect(await outcomeOf(Promise.reject(error))).toBe('CONFLICT');
    expect(JSON.stringify(error)).toContain('sie.overlapsEntered');
    expect(await fingerprint()).toBe(before);
  });
});
