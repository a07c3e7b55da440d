import { gavleborg2020Commitments } from '@samsyn/domain/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, useTestApi } from '../../testing/index.ts';

/*
 * The reports on the demo data as loaded (packages/db/src/seed/data/applications/): Gävleborg's
 * six § 8 insatser commit 10 800 000 kr for 2020 under intervention funds of 15 300 000 kr, whose
 * printed varav lines (10 800 + 4 470 tkr) are 30 tkr short; Härnösand-Timrå's Etappen and
 * Navigator commit 1 650 000 kr for 2016 ("Beviljade projekt 1 650 tkr").
 */
const env = useTestApi();
let gavleborg: Caller;
let harnosand: Caller;
const kr = (kronor: number) => kronor * 100;

beforeAll(async () => {
  gavleborg = await env.api.callerFor('viewer@gavleborg.demo');
  harnosand = await env.api.callerFor('viewer@harnosand-timra.demo');
});

describe('the demo’s commitments in the budget', () => {
  it('computes Gävleborg 2020: varav beviljat 10 800 000 kr, tillgängligt 4 500 000 kr, printed varav 30 000 kr short and agreeing on beviljat', async () => {
    const view = await gavleborg.applicationReports.commitments({
      tenant: 'gavleborg',
      firstYear: 2020,
      yearCount: 3,
    });
    const [y2020] = view.years;
    expect(y2020).toMatchObject(gavleborg2020Commitments);
    expect(y2020?.printedOfWhich.map((row) => [row.partsOre, row.differenceOre])).toEqual([
      [kr(15_270_000), kr(30_000)],
    ]);
    expect(y2020?.printedGranted.map((row) => row.differenceOre)).toEqual([0]);
  });

  it('computes Härnösand-Timrå 2016: beviljat 1 650 000 kr, tillgängligt 1 355 000 kr', async () => {
    const view = await harnosand.applicationReports.commitments({
      tenant: 'harnosand-timra',
      firstYear: 2016,
      yearCount: 1,
    });
    expect(view.years[0]).toMatchObject({
      interventionFundsOre: kr(3_005_000),
      grantedOre: kr(1_650_000),
      availableOre: kr(1_355_000),
    });
  });
});

describe('the demo’s Beviljade insatser', () => {
  it('lists Gävleborg’s six § 8 insatser for 2020, 10 800 000 kr in all', async () => {
    const granted = await gavleborg.applicationReports.granted({ tenant: 'gavleborg', year: 2020 });
    expect(granted.totalOre).toBe(kr(10_800_000));
    expect(granted.rows.map((row) => [row.title, row.yearAmountOre])).toEqual([
      ['ASF – arbetsintegrerande socialt företagande', kr(600_000)],
      ['Ett hållbart arbetsliv, Ockelbo', kr(1_100_000)],
      ['Förstudie pröva vägar vidare, Bollnäs', kr(400_000)],
      ['Insatskatalogen', kr(150_000)],
      ['Lokala samverkansgrupper (MYSAM)', kr(550_000)],
      ['Tidig rehabilitering i samverkan (Trisam 2.0)', kr(8_000_000)],
    ]);
  });

  it('lists Härnösand-Timrå’s Etappen and Navigator for 2016, each linked to its intervention', async () => {
    const granted = await harnosand.applicationReports.granted({ tenant: 'harnosand-timra', year: 2016 });
    expect(granted.rows.map((row) => [row.title, row.yearAmountOre, row.interventionId !== null])).toEqual([
      ['Etappen, Kreativ verkstad 2016', kr(1_100_000), true],
      ['Navigatortjänst i Timrå kommun 2016', kr(550_000), true],
    ]);
    expect(granted.totalOre).toBe(kr(1_650_000));
  });
});
