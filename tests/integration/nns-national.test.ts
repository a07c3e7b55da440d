import { nnsIndicators, trimNnsDecimal } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { useCaller } from './support/use-caller.ts';

/**
 * The NNS reference (0021) and the national distribution over förbund (issue 20): the statements
 * the migration inserts are the domain's, the app may read them but never write them, and the
 * distribution is published only with at least three förbund behind it, each with five answers.
 */
const network = useCaller('network@samsyn.demo');

async function tenantIds(count: number): Promise<string[]> {
  const rows = await network.superuser<{ id: string }[]>`
    select id from tenants where is_synthetic order by slug limit ${count}`;
  return rows.map((row) => row.id);
}
async function addResult(tenantId: string, year: number, code: string, n: number, value: string) {
  await network.superuser`
    insert into nns_results (tenant_id, year, indicator_code, scope, respondents, value, national_value)
    values (${tenantId}, ${year}, ${code}, 'forbund', ${n}, ${value}, '7.5')`;
}

describe('the NNS reference statements', () => {
  it('are the domain’s, in order, as migration 0021 inserts them', async () => {
    const rows = await network.superuser<
      { code: string; questionnaire: string; text: string; unit: string }[]
    >`
      select code, questionnaire, text, unit from nns_indicators order by position`;
    expect(rows.map((row) => ({ ...row }))).toEqual(nnsIndicators.map((indicator) => ({ ...indicator })));
  });

  it('are readable by the app role and never writable by it', async () => {
    const asApp = <T>(run: (tx: typeof network.superuser) => Promise<T>) =>
      network.superuser.begin(async (tx) => {
        await tx`set local role samsyn_app`;
        return await run(tx as unknown as typeof network.superuser);
      });
    const [count] = await asApp(
      (tx) => tx<{ count: number }[]>`select count(*)::integer as count from nns_indicators`,
    );
    expect(count?.count).toBe(nnsIndicators.length);
    await expect(
      asApp((tx) => tx`update nns_indicators set text = 'Omformulerat' where code = 'D1'`),
    ).rejects.toThrow(/permission denied/);
    await expect(asApp((tx) => tx`delete from nns_indicators`)).rejects.toThrow(/permission denied/);
    // Across förbund only through the aggregate function: outside a förbund no result is visible.
    const [visible] = await asApp(
      (tx) => tx<{ count: number }[]>`select count(*)::integer as count from nns_results`,
    );
    expect(visible?.count).toBe(0);
  });
});

describe('the national distribution', () => {
  it('gives quartiles and median over every förbund with five answers or more', async () => {
    const national = await network.caller.nns.national({ year: 2019 });
    expect(national.years).toEqual([2019, 2018]);
    const values = await network.superuser<{ value: string }[]>`
      select value::text from nns_results where year = 2019 and indicator_code = 'D1' and scope = 'forbund'
        and respondents >= 5 order by value`;
    expect(values).toHaveLength(41);
    // 41 values: type 7 lands on the 11th, 21st and 31st exactly.
    const at = (index: number) => trimNnsDecimal(values[index]?.value ?? '');
    expect(national.indicators.find((indicator) => indicator.code === 'D1')).toEqual({
      code: 'D1',
      questionnaire: 'participant',
      text: nnsIndicators[0]?.text,
      forbund: 41,
      q1: at(10),
      median: at(20),
      q3: at(30),
      nationalValue: '7.4',
    });
  });

  it('withholds a year with one or two förbund as "..", and counts no förbund with fewer than five answers', async () => {
    const [first, second, third] = await tenantIds(3);
    if (!first || !second || !third) throw new Error('the demo has no synthetic förbund');
    await addResult(first, 2030, 'D1', 50, '7.0');
    await addResult(second, 2030, 'D1', 60, '8.0');
    await addResult(third, 2030, 'D1', 4, '9.0');
    const two = await network.caller.nns.national({ year: 2030 });
    expect(two.indicators.find((indicator) => indicator.code === 'D1')).toMatchObject({
      forbund: '..',
      q1: '..',
      median: '..',
      q3: '..',
    });
    expect(two.indicators.find((indicator) => indicator.code === 'D2')).toMatchObject({
      forbund: 0,
      median: null,
    });
    // Without a year asked for, the newest with a published figure: not 2030 with two förbund.
    expect((await network.caller.nns.national({})).year).toBe(2019);
    await network.superuser`update nns_results set respondents = 5 where tenant_id = ${third} and year = 2030`;
    expect((await network.caller.nns.national({})).year).toBe(2030);
    const three = await network.caller.nns.national({ year: 2030 });
    expect(three.indicators.find((indicator) => indicator.code === 'D1')).toMatchObject({
      forbund: 3,
      q1: '7.5',
      median: '8.0',
      q3: '8.5',
    });
  });

  it('is refused to a förbund’s direct call of the per-förbund rows: the app may only execute the function', async () => {
    const rows = await network.superuser<{ privilege: boolean }[]>`
      select has_function_privilege('samsyn_app', 'national_nns_distribution(integer)', 'execute') as privilege`;
    expect(rows[0]?.privilege).toBe(true);
  });
});
