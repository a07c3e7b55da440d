import { addDaysToDate, todayInSweden } from '@samsyn/domain';
import {
  gavleborg2020Commitments,
  gavleborg2020PrintedGranted,
  gavleborg2020PrintedOfWhich,
} from '@samsyn/domain/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, useTestApi } from '../../testing/index.ts';

/*
 * The reports on rows this file makes itself: the förbund's applications are emptied first, so the
 * figures are the file's whatever the demo data holds (application-reports-demo.test.ts asserts
 * the demo's own). Gävleborg 2020: six granted applications whose agreements bind 10 800 000 kr in
 * 2020 under an intervention-funds line of 15 300 000 kr; Härnösand-Timrå 2016: Etappen 1 100 000
 * and Navigator 550 000 kr under its two intervention-funds lines of 1 650 000 and 1 355 000 kr.
 */
const env = useTestApi();
let gavleborg: Caller;
let harnosand: Caller;
let insjoriket: Caller;
const today = todayInSweden();

const tenantId = async (slug: string) => {
  const [row] = await env.superuser<{ id: string }[]>`select id from tenants where slug = ${slug}`;
  if (!row) throw new Error(`no tenant ${slug}`);
  return row.id;
};
const memberIds = async (tenant: string) =>
  (
    await env.superuser<{ id: string }[]>`select id from members where tenant_id = ${tenant} order by name`
  ).map((row) => row.id);

interface Granted {
  title: string;
  years: [number, number][];
  agreementStatus?: 'draft' | 'signed';
}

async function grant(
  tenant: string,
  members: string[],
  { title, years, agreementStatus = 'signed' }: Granted,
) {
  const total = years.reduce((sum, [, amount]) => sum + amount, 0);
  const [application] = await env.superuser<{ id: string }[]>`
    insert into applications (tenant_id, title, status, kind, lead_member_id, decided_date, granted_amount_ore)
    values (${tenant}, ${title}, 'granted', 'individual', ${members[0] ?? null}, ${`${years[0]?.[0]}-01-15`}, ${total})
    returning id`;
  if (!application) throw new Error('no application');
  await env.superuser`insert into application_parties (tenant_id, application_id, member_id, position)
                      values (${tenant}, ${application.id}, ${members[1] ?? null}, 0)`;
  const [agreement] = await env.superuser<{ id: string }[]>`
    insert into application_agreements (tenant_id, application_id, status, signed_date)
    values (${tenant}, ${application.id}, ${agreementStatus}, ${agreementStatus === 'signed' ? `${years[0]?.[0]}-02-01` : null})
    returning id`;
  if (!agreement) throw new Error('no agreement');
  for (const [year, amount] of years)
    await env.superuser`insert into application_agreement_years (tenant_id, agreement_id, year, amount_ore)
                        values (${tenant}, ${agreement.id}, ${year}, ${amount})`;
  return { applicationId: application.id, agreementId: agreement.id };
}

async function open(
  tenant: string,
  fields: {
    title: string;
    status: string;
    expectedYear?: number;
    expectedOre?: number;
    proposedOre?: number;
  },
  requested: [number, number][] = [],
) {
  const [application] = await env.superuser<{ id: string }[]>`
    insert into applications (tenant_id, title, status, kind, expected_year, expected_amount_ore, proposed_amount_ore)
    values (${tenant}, ${fields.title}, ${fields.status}, 'structural', ${fields.expectedYear ?? null},
            ${fields.expectedOre ?? null}, ${fields.proposedOre ?? null})
    returning id`;
  if (!application) throw new Error('no application');
  for (const [year, amount] of requested)
    await env.superuser`insert into application_budget_years (tenant_id, application_id, year, requested_ore)
                        values (${tenant}, ${application.id}, ${year}, ${amount})`;
  return application.id;
}

const kr = (kronor: number) => kronor * 100;
let trisamAgreement = '';

beforeAll(async () => {
  const g = await tenantId('gavleborg');
  const h = await tenantId('harnosand-timra');
  // The demo's approved minutes of 24 May 2019 concern four of Gävleborg's applications: emptying them
  // un-links those items, which 0024's lock lets only the tenant-deletion path (app.deleting_tenant) do.
  await env.superuser.begin(async (tx) => {
    await tx`select set_config('app.deleting_tenant', ${g}, true)`;
    await tx`delete from applications where tenant_id in (${g}, ${h})`;
  });
  const gMembers = await memberIds(g);
  const hMembers = await memberIds(h);
  await grant(g, gMembers, {
    title: 'Lokala samverkansgrupper (MYSAM) processtöd',
    years: [[2020, kr(3_000_000)]],
  });
  trisamAgreement = (
    await grant(g, gMembers, {
      title: 'Tidig rehabilitering i samverkan (Trisam 2.0)',
      years: [
        [2020, kr(2_500_000)],
        [2021, kr(1_200_000)],
      ],
    })
  ).agreementId;
  await grant(g, gMembers, { title: 'ASF', years: [[2020, kr(2_000_000)]] });
  await grant(g, gMembers, {
    title: 'Insatskatalogen',
    years: [[2020, kr(1_800_000)]],
    agreementStatus: 'draft',
  });
  await grant(g, gMembers, { title: 'Ett hållbart arbetsliv Ockelbo', years: [[2020, kr(1_000_000)]] });
  await grant(g, gMembers, { title: 'Förstudie pröva vägar vidare Bollnäs', years: [[2020, kr(500_000)]] });
  await open(g, {
    title: 'Bollnäs förväntad',
    status: 'expected',
    expectedYear: 2020,
    expectedOre: kr(400_000),
  });
  await open(g, { title: 'Ockelbo SE/IPS', status: 'underReview' }, [
    [2020, kr(300_000)],
    [2021, kr(300_000)],
  ]);
  await open(g, { title: 'Gävle förslag', status: 'proposal', proposedOre: kr(200_000) }, [
    [2020, kr(250_000)],
    [2021, kr(250_000)],
  ]);
  await open(g, { title: 'Återdragen', status: 'withdrawn' }, [[2020, kr(999_000)]]);

  await grant(h, hMembers, { title: 'Etappen', years: [[2016, kr(1_100_000)]] });
  await grant(h, hMembers, { title: 'Navigator', years: [[2016, kr(550_000)]] });

  // Payments and reports around today, on the Trisam agreement.
  const payment = (kind: string, position: number, due: string, amount: number, paid: string | null = null) =>
    env.superuser`insert into application_payments (tenant_id, agreement_id, position, kind, due_date, amount_ore, paid_date)
                  values (${g}, ${trisamAgreement}, ${position}, ${kind}, ${due}, ${amount}, ${paid})`;
  await payment('advance', 0, addDaysToDate(today, -10), kr(100_000));
  await payment('tranche', 1, addDaysToDate(today, 60), kr(200_000));
  await payment('tranche', 2, addDaysToDate(today, 61), kr(300_000));
  await payment('tranche', 3, addDaysToDate(today, 5), kr(400_000), addDaysToDate(today, -1));
  const report = (kind: string, due: string, submitted: string | null) =>
    env.superuser`insert into application_reports (tenant_id, agreement_id, kind, due_date, submitted_date)
                  values (${g}, ${trisamAgreement}, ${kind}, ${due}, ${submitted})`;
  await report('interim', addDaysToDate(today, -30), null);
  await report('interim', addDaysToDate(today, -40), addDaysToDate(today, -41));
  await report('final', today, null);

  gavleborg = await env.api.callerFor('viewer@gavleborg.demo');
  harnosand = await env.api.callerFor('viewer@harnosand-timra.demo');
  insjoriket = await env.api.callerFor('viewer@insjoriket.demo');
});

describe('applicationReports.commitments: the budget’s intervention funds against the agreements', () => {
  it('computes Gävleborg 2020: varav beviljat 10 800 000 kr, tillgängligt 4 500 000 kr, the printed varav 30 000 kr short', async () => {
    const view = await gavleborg.applicationReports.commitments({
      tenant: 'gavleborg',
      firstYear: 2020,
      yearCount: 3,
    });
    expect(view.budget).toEqual({ firstYear: 2020, yearCount: 3 });
    const [y2020, y2021, y2022] = view.years;
    expect(y2020).toMatchObject({
      ...gavleborg2020Commitments,
      // Bollnäs expected 400 000 + Ockelbo's 300 000 in review; Gävle's 200 000 proposed split 100 000 / 100 000.
      expectedOre: kr(700_000),
      proposedOre: kr(100_000),
    });
    expect(y2020?.printedOfWhich).toEqual([gavleborg2020PrintedOfWhich]);
    expect(y2020?.printedGranted).toEqual([gavleborg2020PrintedGranted]);
    expect(y2021).toMatchObject({
      interventionFundsOre: kr(9_808_000),
      grantedOre: kr(1_200_000),
      availableOre: kr(8_608_000),
      expectedOre: kr(300_000),
      proposedOre: kr(100_000),
    });
    expect(y2022).toMatchObject({ grantedOre: 0, availableOre: kr(9_748_000) });
  });

  it('reads only the asked years of the budget in force (2021 of Gävleborg’s 2020–2022 plan)', async () => {
    const view = await gavleborg.applicationReports.commitments({
      tenant: 'gavleborg',
      firstYear: 2021,
      yearCount: 1,
    });
    expect(view.budget).toEqual({ firstYear: 2020, yearCount: 3 });
    expect(view.years.map((year) => [year.year, year.grantedOre])).toEqual([[2021, kr(1_200_000)]]);
  });

  it('adds Härnösand-Timrå’s two intervention-funds lines for 2016: beviljat 1 650 000 kr, tillgängligt 1 355 000 kr', async () => {
    const view = await harnosand.applicationReports.commitments({
      tenant: 'harnosand-timra',
      firstYear: 2016,
      yearCount: 3,
    });
    expect(view.years[0]).toMatchObject({
      year: 2016,
      interventionFundsOre: kr(3_005_000),
      grantedOre: kr(1_650_000),
      availableOre: kr(1_355_000),
      printedOfWhich: [],
      printedGranted: [],
    });
  });

  it('answers no budget for a year the förbund has none, and refuses a year count of 6 on its field', async () => {
    expect(
      await gavleborg.applicationReports.commitments({ tenant: 'gavleborg', firstYear: 2040, yearCount: 1 }),
    ).toEqual({
      budget: null,
      years: [],
    });
    expect(
      await issuesOf(
        gavleborg.applicationReports.commitments({ tenant: 'gavleborg', firstYear: 2020, yearCount: 6 }),
      ),
    ).toEqual({ yearCount: 'applicationReports.invalidYearCount' });
  });

  it('shows another förbund nothing of Gävleborg’s agreements', async () => {
    const view = await insjoriket.applicationReports.commitments({
      tenant: 'insjoriket',
      firstYear: 2020,
      yearCount: 1,
    });
    expect(view.years[0]?.grantedOre).toBe(0);
  });
});

describe('applicationReports.granted: Beviljade insatser <år>', () => {
  it('lists Gävleborg’s six 2020 grants by title with lead, party, the year’s amount and agreement status', async () => {
    const granted = await gavleborg.applicationReports.granted({ tenant: 'gavleborg', year: 2020 });
    expect(granted.totalOre).toBe(kr(10_800_000));
    expect(granted.rows.map((row) => [row.title, row.yearAmountOre, row.agreementStatus])).toEqual([
      ['ASF', kr(2_000_000), 'signed'],
      ['Ett hållbart arbetsliv Ockelbo', kr(1_000_000), 'signed'],
      ['Förstudie pröva vägar vidare Bollnäs', kr(500_000), 'signed'],
      ['Insatskatalogen', kr(1_800_000), 'draft'],
      ['Lokala samverkansgrupper (MYSAM) processtöd', kr(3_000_000), 'signed'],
      ['Tidig rehabilitering i samverkan (Trisam 2.0)', kr(2_500_000), 'signed'],
    ]);
    const trisam = granted.rows.at(-1);
    expect(trisam?.grantedAmountOre).toBe(kr(3_700_000));
    expect(trisam?.leadName).toEqual(expect.any(String));
    expect(trisam?.partyNames).toHaveLength(1);
  });

  it('lists Härnösand-Timrå’s Etappen and Navigator in 2016 (1 650 000 kr) and nothing in 2017', async () => {
    const granted = await harnosand.applicationReports.granted({ tenant: 'harnosand-timra', year: 2016 });
    expect(granted.rows.map((row) => [row.title, row.yearAmountOre])).toEqual([
      ['Etappen', kr(1_100_000)],
      ['Navigator', kr(550_000)],
    ]);
    expect(granted.totalOre).toBe(kr(1_650_000));
    expect(
      (await harnosand.applicationReports.granted({ tenant: 'harnosand-timra', year: 2017 })).rows,
    ).toEqual([]);
  });
});

describe('applicationReports.pipeline, commitmentsAhead, paymentsDue, reportsOverdue', () => {
  it('counts every status with its amounts, zero where there is none', async () => {
    const pipeline = await gavleborg.applicationReports.pipeline({ tenant: 'gavleborg' });
    expect(pipeline.map((row) => row.status)).toEqual([
      'expected',
      'draft',
      'received',
      'formalCheck',
      'underReview',
      'proposal',
      'granted',
      'rejected',
      'withdrawn',
    ]);
    const byStatus = Object.fromEntries(pipeline.map((row) => [row.status, row]));
    expect(byStatus.expected).toMatchObject({ count: 1, expectedOre: kr(400_000) });
    expect(byStatus.underReview).toMatchObject({ count: 1, requestedOre: kr(600_000) });
    expect(byStatus.proposal).toMatchObject({
      count: 1,
      requestedOre: kr(500_000),
      proposedOre: kr(200_000),
    });
    expect(byStatus.granted).toMatchObject({ count: 6, grantedOre: kr(12_000_000) });
    expect(byStatus.draft).toMatchObject({ count: 0, requestedOre: 0 });
  });

  it('sums the commitments per year from 2020: 10 800 000 and 1 200 000 kr', async () => {
    expect(
      await gavleborg.applicationReports.commitmentsAhead({ tenant: 'gavleborg', fromYear: 2020 }),
    ).toEqual([
      { year: 2020, committedOre: kr(10_800_000), agreementCount: 6 },
      { year: 2021, committedOre: kr(1_200_000), agreementCount: 1 },
    ]);
  });

  it('lists the unpaid payments due within 60 days of today in Sweden, the overdue advance first', async () => {
    const due = await gavleborg.applicationReports.paymentsDue({ tenant: 'gavleborg', days: 60 });
    expect(due.today).toBe(today);
    expect(due.until).toBe(addDaysToDate(today, 60));
    expect(due.rows.map((row) => [row.kind, row.amountOre, row.isOverdue])).toEqual([
      ['advance', kr(100_000), true],
      ['tranche', kr(200_000), false],
    ]);
    expect(due.rows[0]?.title).toBe('Tidig rehabilitering i samverkan (Trisam 2.0)');
  });

  it('lists the interim report 30 days late, not the submitted one nor the final report due today', async () => {
    const overdue = await gavleborg.applicationReports.reportsOverdue({ tenant: 'gavleborg' });
    expect(overdue.rows.map((row) => [row.kind, row.dueDate, row.daysOverdue])).toEqual([
      ['interim', addDaysToDate(today, -30), 30],
    ]);
  });
});
