import { readFileSync } from 'node:fs';
import { outcomeOf } from '@samsyn/api/testing';
import { type NnsImportRow, readNnsResultTable } from '@samsyn/domain';
import { nnsChangedQuestionTextRefusal } from '@samsyn/domain/testing';
import { describe, expect, it } from 'vitest';
import { useCaller } from './support/use-caller.ts';

/**
 * Importing NNS's result file (issue 20) as Gävleborg's editor: the sample for 2020 beside the
 * demo's 2018–2019, refused whole for a changed question text or any bad row, replacing the year
 * in one transaction with its audit entry, CONFLICT for a stale version. In order.
 */
const editor = useCaller('editor@gavleborg.demo');
const tenant = 'gavleborg';

function sampleRows(name: string): NnsImportRow[] {
  const table = readFileSync(new URL(`../../docs/samples/${name}`, import.meta.url), 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split(';'));
  const read = readNnsResultTable(table);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.rows;
}
const sample = sampleRows('nns-resultat-gavleborg-2020.csv');
const changed = sampleRows('nns-resultat-andrad-fraga.csv');

/** A result file for 2020 (unless said) as `nns.importPreview` and `nns.import` take it, at `expectedVersion`. */
const upload = (fileName: string, rows: NnsImportRow[], expectedVersion: number, year = 2020) => ({
  tenant,
  year,
  fileName,
  rows,
  expectedVersion,
});

async function yearState(year: number) {
  const [row] = await editor.superuser<{ text: string }[]>`
    select coalesce(string_agg(concat_ws(':', r.indicator_code, r.scope, r.respondents, r.value, r.version), ','
                               order by r.indicator_code, r.scope, r.respondents), '') as text
    from nns_results r join tenants t on t.id = r.tenant_id
    where t.slug = ${tenant} and r.year = ${year}`;
  return row?.text ?? '';
}
async function importEntries() {
  const [row] = await editor.superuser<{ count: number }[]>`
    select count(*)::integer as count from audit_log a join tenants t on t.id = a.tenant_id
    where t.slug = ${tenant} and a.action = 'nns.import'`;
  return row?.count ?? 0;
}

describe('NNS results', () => {
  it('shows the demo year 2019 against the national figure and 2018, fewer than five answers as ".."', async () => {
    const page = await editor.caller.nns.results({ tenant, year: 2019 });
    expect(page.years).toEqual([2019, 2018]);
    expect(page.isDemoEstimate).toBe(true);
    expect(page.version).toBe(1);
    const d1 = page.results.find((row) => row.code === 'D1' && row.scope === 'forbund');
    expect(d1).toMatchObject({
      n: 236,
      value: '7.4',
      nationalValue: '7.4',
      lastYear: { n: 212, value: '7.1' },
    });
    const trisam = page.results.find((row) => row.code === 'I3' && row.scope === 'intervention');
    expect(trisam).toMatchObject({ scopeName: 'Trisam struktur', n: 4, value: '..', lastYear: null });
    expect(page.results).toHaveLength(18);
  });
});

describe('importing a result file', () => {
  it('previews the sample: every row with its statement and scope, nothing replaced yet', async () => {
    const preview = await editor.caller.nns.importPreview(
      upload('nns-resultat-gavleborg-2020.csv', sample, 0),
    );
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.rows).toHaveLength(18);
    expect(preview).toMatchObject({ year: 2020, replacing: 0, version: 0 });
    expect(preview.rows.at(-1)).toMatchObject({ code: 'C1', localGroupId: expect.any(String), n: 7 });
    expect(await yearState(2020)).toBe('');
  });

  it('refuses a changed question text whole, naming the row and the text, and saves nothing', async () => {
    const entries = await importEntries();
    const preview = await editor.caller.nns.importPreview(upload('andrad.csv', changed, 0));
    expect(preview).toEqual(nnsChangedQuestionTextRefusal);
    const error = await editor.caller.nns
      .import(upload('andrad.csv', changed, 0))
      .catch((caught: unknown) => caught);
    expect(await outcomeOf(Promise.reject(error))).toBe('BAD_REQUEST');
    expect((error as { cause?: { reason?: string; details?: unknown } }).cause).toMatchObject({
      reason: 'nns.changedText',
      details: { row: 5, text: 'Jag känner mig mer redo att arbeta eller studera efter insatsen.', count: 1 },
    });
    expect(await yearState(2020)).toBe('');
    expect(await importEntries()).toBe(entries);
  });

  it('imports the sample in one go with its audit entry, beside last year and the national figure', async () => {
    const result = await editor.caller.nns.import(upload('nns-resultat-gavleborg-2020.csv', sample, 0));
    expect(result).toEqual({ year: 2020, imported: 18, replaced: 0, version: 1 });
    const page = await editor.caller.nns.results({ tenant, year: 2020 });
    expect(page.isDemoEstimate).toBe(false);
    expect(page.results.find((row) => row.code === 'D1' && row.scope === 'forbund')).toMatchObject({
      n: 198,
      value: '7.6',
      nationalValue: '7.5',
      lastYear: { n: 236, value: '7.4' },
    });
    expect(page.results.find((row) => row.code === 'D1' && row.scope === 'intervention')).toMatchObject({
      scopeName: 'Trisam individ',
      value: '7.9',
      lastYear: { value: '7.8' },
    });
    const [entry] = await editor.superuser<
      { entity: string; entityId: string; after: { results: number; fileName: string } }[]
    >`
      select a.entity, a.entity_id as "entityId", a.after from audit_log a join tenants t on t.id = a.tenant_id
      where t.slug = ${tenant} and a.action = 'nns.import'`;
    expect(entry).toMatchObject({
      entity: 'nnsResults',
      entityId: '2020',
      after: { results: 18, fileName: 'nns-resultat-gavleborg-2020.csv' },
    });
  });

  it('refuses a file with one bad row among good ones whole: the year keeps its results', async () => {
    const before = await yearState(2020);
    const rows = sample.map((row, index) =>
      index === sample.length - 1
        ? { ...row, scope: 'Lokal samverkansgrupp: Mysam Uppsala' }
        : { ...row, n: 1 },
    );
    const error = await editor.caller.nns.import(upload('x.csv', rows, 1)).catch((caught: unknown) => caught);
    expect((error as { cause?: { reason?: string; details?: unknown } }).cause).toMatchObject({
      reason: 'nns.unknownScope',
      details: { row: 22, text: 'Lokal samverkansgrupp: Mysam Uppsala' },
    });
    expect(await yearState(2020)).toBe(before);
  });

  it('answers CONFLICT to an import from a stale preview, and replaces the year from a fresh one', async () => {
    const before = await yearState(2020);
    const stale = editor.caller.nns.import(upload('igen.csv', sample, 0));
    expect(await outcomeOf(stale)).toBe('CONFLICT');
    expect(await yearState(2020)).toBe(before);
    const again = await editor.caller.nns.import(upload('igen.csv', sample.slice(0, 15), 1));
    expect(again).toEqual({ year: 2020, imported: 15, replaced: 18, version: 2 });
    expect((await editor.caller.nns.results({ tenant, year: 2020 })).results).toHaveLength(15);
    // The demo years are untouched.
    expect((await editor.caller.nns.results({ tenant, year: 2019 })).results).toHaveLength(18);
  });

  it('refuses a viewer', async () => {
    const viewer = await editor.api.callerFor('viewer@gavleborg.demo');
    const attempt = viewer.nns.import(upload('x.csv', sample, 0, 2021));
    expect(await outcomeOf(attempt)).toBe('FORBIDDEN');
  });
});
