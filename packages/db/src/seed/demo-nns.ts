import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';

/**
 * Demo NNS survey results (issue 20). Gävleborg measures with NNS's indicator surveys ("Mäts via
 * NNS … enkäter kontinuerligt under året", plan 2020–2022) but the seeds give no figures, so every
 * value here is a DEMO ESTIMATE (`is_demo_estimate`): realistic means on the 1–10 scale beside a
 * plausible national figure, 2018 and 2019, so the follow-up can show a result against the
 * national figure and last year. One Trisam row has four answers, to show "..".
 * The synthetic förbund get whole-förbund results around the same national figures, so the
 * national distribution is not all "..".
 */

type Result = readonly [n: number, value: string, national: string];

/** Whole-förbund results per statement: [2018, 2019]. */
const gavleborgForbund: Readonly<Record<string, readonly [Result, Result]>> = {
  D1: [
    [212, '7.1', '7.3'],
    [236, '7.4', '7.4'],
  ],
  D2: [
    [208, '7.8', '7.9'],
    [231, '8.0', '7.9'],
  ],
  D3: [
    [205, '7.2', '7.0'],
    [229, '7.3', '7.1'],
  ],
  I1: [
    [64, '7.6', '7.7'],
    [71, '7.9', '7.8'],
  ],
  I2: [
    [64, '8.2', '8.1'],
    [71, '8.1', '8.2'],
  ],
  I3: [
    [63, '7.4', '7.6'],
    [70, '7.7', '7.6'],
  ],
  S1: [
    [9, '8.4', '8.0'],
    [10, '8.6', '8.1'],
  ],
  S2: [
    [9, '7.8', '7.6'],
    [10, '7.9', '7.7'],
  ],
  S3: [
    [9, '6.9', '7.1'],
    [10, '7.0', '7.2'],
  ],
  C1: [
    [48, '7.0', '7.2'],
    [52, '7.3', '7.3'],
  ],
  C2: [
    [47, '6.1', '6.5'],
    [51, '6.4', '6.6'],
  ],
  C3: [
    [46, '6.6', '6.8'],
    [50, '6.9', '6.9'],
  ],
  R1: [
    [31, '7.5', '7.4'],
    [35, '7.7', '7.5'],
  ],
  R2: [
    [30, '8.0', '7.9'],
    [34, '8.2', '8.0'],
  ],
  R3: [
    [30, '7.1', '7.2'],
    [33, '7.4', '7.3'],
  ],
};

/** Results of one intervention or local group (by its demo name) for 2019. */
const gavleborgScoped: readonly {
  code: string;
  scope: 'intervention' | 'localGroup';
  name: string;
  result: Result;
}[] = [
  { code: 'D1', scope: 'intervention', name: 'Trisam individ', result: [88, '7.8', '7.4'] },
  { code: 'I3', scope: 'intervention', name: 'Trisam struktur', result: [4, '8.3', '7.6'] },
  { code: 'C1', scope: 'localGroup', name: 'Mysam Gävle', result: [7, '7.9', '7.3'] },
];

export const demoNnsYears = [2018, 2019] as const;

/** A synthetic förbund's mean: the national figure moved by −0.8 … +0.8, fixed per förbund and statement. */
function syntheticValue(national: string, seed: number): string {
  const offset = ((seed * 7919) % 17) - 8;
  const tenths = Math.round(Number(national) * 10) + offset;
  return (Math.min(100, Math.max(10, tenths)) / 10).toFixed(1);
}

/**
 * Loads the demo NNS results inside `seedDemo`'s transaction, after the interventions and local
 * groups exist: Gävleborg's 2018 and 2019, and every synthetic förbund's.
 */
export async function seedDemoNns(tx: TransactionSql, tenantIds: ReadonlyMap<string, string>): Promise<void> {
  const tenantId = tenantIds.get('gavleborg');
  if (!tenantId) throw new Error('demo NNS: Gävleborg missing');
  await enterScope(tx, { tenantId });
  const rows: Record<string, unknown>[] = [];
  const row = (year: number, code: string, [n, value, national]: Result) => ({
    tenant_id: tenantId,
    year,
    indicator_code: code,
    respondents: n,
    value,
    national_value: national,
    is_demo_estimate: true,
    intervention_id: null as string | null,
    local_group_id: null as string | null,
  });
  for (const [code, results] of Object.entries(gavleborgForbund))
    demoNnsYears.forEach((year, index) => {
      const result = results[index];
      if (result) rows.push({ ...row(year, code, result), scope: 'forbund' });
    });
  for (const scoped of gavleborgScoped) {
    const [found] =
      scoped.scope === 'intervention'
        ? await tx<
            { id: string }[]
          >`select id from interventions where tenant_id = ${tenantId} and name = ${scoped.name}`
        : await tx<
            { id: string }[]
          >`select id from local_groups where tenant_id = ${tenantId} and name = ${scoped.name}`;
    if (!found) throw new Error(`demo NNS: no ${scoped.scope} ${scoped.name}`);
    rows.push({
      ...row(2019, scoped.code, scoped.result),
      scope: scoped.scope,
      intervention_id: scoped.scope === 'intervention' ? found.id : null,
      local_group_id: scoped.scope === 'localGroup' ? found.id : null,
    });
  }
  await tx`insert into nns_results ${tx(rows as never, 'tenant_id', 'year', 'indicator_code', 'scope', 'intervention_id', 'local_group_id', 'respondents', 'value', 'national_value', 'is_demo_estimate')}`;

  const synthetic = await tx<{ id: string }[]>`select id from tenants where is_synthetic order by slug`;
  for (const [tenantIndex, { id }] of synthetic.entries()) {
    await enterScope(tx, { tenantId: id });
    const syntheticRows = Object.entries(gavleborgForbund).flatMap(([code, results], codeIndex) =>
      demoNnsYears.map((year, yearIndex) => {
        const [, , national] = results[yearIndex] ?? [0, '7.0', '7.0'];
        return {
          tenant_id: id,
          year,
          indicator_code: code,
          scope: 'forbund',
          respondents: 5 + ((tenantIndex * 31 + codeIndex * 13 + yearIndex) % 120),
          value: syntheticValue(national, tenantIndex * 101 + codeIndex * 7 + yearIndex),
          national_value: national,
          is_demo_estimate: true,
          intervention_id: null,
          local_group_id: null,
        };
      }),
    );
    await tx`insert into nns_results ${tx(syntheticRows)}`;
  }
  await enterScope(tx, { tenantId: null });
}
