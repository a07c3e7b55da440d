import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { kronor } from '@samsyn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestApi, type TestApi } from '../../../testing/test-api.ts';

/** Issue 19: the actuals file's optional "Insats" column creates the actual's allocations. */
const db = useTestDatabase();
let api: TestApi;
let editor: Caller;
const tenant = 'gavleborg';

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  editor = await api.callerFor('editor@gavleborg.demo');
});
afterAll(async () => {
  await api.close();
});

const july = async () =>
  (await editor.economy.allocations.list({ tenant, year: 2019 })).actuals.find(
    (row) => row.period === '2019-07',
  );

describe('importing actuals with an Insats column', () => {
  it('books one actual per line and month and splits it by the named interventions; a second import replaces it', async () => {
    const file = [
      ['Period', 'Rad', 'Belopp', 'Insats'],
      ['2019-07', 'Insatsmedel', '1 000', 'Mentorskap'],
      ['2019-07', 'Insatsmedel', '500', 'Arbetsintegrerande socialt företagande (ASF)'],
      ['2019-07', 'Insatsmedel', '250', ''],
    ];
    const preview = await editor.economy.actuals.importPreview({ tenant, rows: file });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.rows).toHaveLength(1);
    expect(preview.rows[0]?.amount).toBe(kronor(1_750));
    expect(preview.rows[0]?.allocations?.map((part) => [part.interventionName, part.amount])).toEqual([
      ['Mentorskap', kronor(1_000)],
      ['Arbetsintegrerande socialt företagande (ASF)', kronor(500)],
    ]);
    await editor.economy.actuals.importCommit({ tenant, rows: file });
    const first = await july();
    expect(first?.amount).toBe(kronor(1_750));
    expect(first?.unallocated).toBe(kronor(250));
    expect(first?.rows.map((row) => [row.targetName, row.amount])).toEqual([
      ['Arbetsintegrerande socialt företagande (ASF)', kronor(500)],
      ['Mentorskap', kronor(1_000)],
    ]);

    await editor.economy.actuals.importCommit({
      tenant,
      rows: [
        ['Period', 'Rad', 'Belopp', 'Insats'],
        ['2019-07', 'Insatsmedel', '1 000', 'Mentorskap'],
      ],
    });
    const second = await july();
    expect(second?.amount).toBe(kronor(1_000));
    expect(second?.unallocated).toBe(0);
    expect(second?.rows.map((row) => [row.targetName, row.amount])).toEqual([['Mentorskap', kronor(1_000)]]);
    expect(second?.allocationsVersion).toBe((first?.allocationsVersion ?? 0) + 1);
  });

  it('refuses the whole file when an intervention is unknown, naming its row', async () => {
    const preview = await editor.economy.actuals.importPreview({
      tenant,
      rows: [
        ['Period', 'Rad', 'Belopp', 'Insats'],
        ['2019-08', 'Insatsmedel', '1', 'Finns inte'],
      ],
    });
    expect(preview).toEqual({
      ok: false,
      errors: [{ row: 2, column: 'intervention', key: 'import.unknownIntervention', value: 'Finns inte' }],
    });
  });
});
