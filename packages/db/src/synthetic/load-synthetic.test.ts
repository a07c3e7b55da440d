import { useTestConnections } from '@samsyn/db/testing/vitest';
import { finsamMembers } from '@samsyn/domain';
import { expect, it } from 'vitest';
import { generateSyntheticForbund } from './generate-synthetic.ts';
import { loadSyntheticData } from './load-synthetic.ts';

const db = useTestConnections('superuser');

it('gives synthetic förbund loaded with members the Finsam members of their county and municipalities', async () => {
  const options = { forbund: 3, years: [2024, 2025] as const, seed: 11, firstNumber: 900, withMembers: true };
  const result = await db.superuser.begin((tx) => loadSyntheticData(tx, options));
  const generated = generateSyntheticForbund(options);
  const rows = await db.superuser<
    { slug: string; kind: string; name: string; officialCode: string | null }[]
  >`
    select t.slug, m.kind, m.name, m.official_code as "officialCode"
    from members m join tenants t on t.id = m.tenant_id
    where t.slug like 'syntetiskt-90_' order by t.slug, m.name`;
  const expected = generated.flatMap((f) =>
    finsamMembers(f.countyCode, f.municipalityCodes).map((member) => ({ slug: f.slug, ...member })),
  );
  const sortKey = (row: { slug: string; name: string }) => `${row.slug} ${row.name}`;
  expect([...rows].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
    expected.sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
  );
  expect(result.memberRows).toBe(expected.length);
});
