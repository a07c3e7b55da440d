import type { Sql } from '@samsyn/db';
import { formatMoney, kronor } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { type Caller, issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';

const env = useDemoCallers();
const tenant = 'gavleborg';

/**
 * A granted application of the tests' own (550 000 kr, 2031-03-01 – 2032-06-30) with its draft
 * agreement and commitment per year, written beneath row-level security as a decision would.
 */
async function grantedApplication(sql: Sql, title: string, interventionId: string | null = null) {
  const [application] = await sql<{ id: string }[]>`
    insert into applications (tenant_id, title, status, kind, decided_date, granted_amount_ore, start_date, end_date,
                              intervention_id)
    values (${env.tenantId}, ${title}, 'granted', 'structural', '2031-02-01', 55000000, '2031-03-01', '2032-06-30',
            ${interventionId}) returning id`;
  const applicationId = application?.id ?? '';
  const [agreement] = await sql<{ id: string }[]>`
    insert into application_agreements (tenant_id, application_id) values (${env.tenantId}, ${applicationId}) returning id`;
  const agreementId = agreement?.id ?? '';
  await sql`insert into application_agreement_years (tenant_id, agreement_id, year, amount_ore)
            values (${env.tenantId}, ${agreementId}, 2031, 35000000), (${env.tenantId}, ${agreementId}, 2032, 20000000)`;
  return { applicationId, agreementId };
}

const auditOf = (sql: Sql, entityId: string) =>
  sql<{ action: string }[]>`select action from audit_log where entity_id = ${entityId} order by id`.then(
    (rows) => rows.map((row) => row.action),
  );

type Agreements = Caller['agreements'];
type PaymentInput = Parameters<Agreements['payments']['create']>[0];
type ReportInput = Parameters<Agreements['reports']['create']>[0];

/** The agreement's years at `expectedVersion` (what `agreements.update` takes). */
const yearsOf = (
  agreementId: string,
  expectedVersion: number,
  years: { year: number; amount: string }[],
  note = '',
) => ({ tenant, agreementId, expectedVersion, years, note });

/** A planned payment without a note (what `payments.create` takes). */
const payment = (agreementId: string, kind: PaymentInput['kind'], dueDate: string, amount: string) =>
  ({ tenant, agreementId, kind, dueDate, amount, note: '' }) satisfies PaymentInput;

/** A report deadline without a note (what `reports.create` takes). */
const report = (agreementId: string, kind: ReportInput['kind'], dueDate: string) =>
  ({ tenant, agreementId, kind, dueDate, note: '' }) satisfies ReportInput;

/** The payment at version 1 marked paid on `paidDate`, booked as the allocation given (what `markPaid` takes). */
const paid = (paymentId: string, paidDate: string, actualAllocationId: string | null = null) => ({
  tenant,
  paymentId,
  expectedVersion: 1,
  paidDate,
  actualAllocationId,
});

/** The report at `expectedVersion` approved on `approvedDate` by the decision given (what `approve` takes). */
const approval = (
  reportId: string,
  expectedVersion: number,
  approvedDate: string,
  decisionId: string | null,
) => ({ tenant, reportId, expectedVersion, approvedDate, decisionId });

describe('the agreement of a granted application', () => {
  it('is read with its years and checks, and changed only at its version with years that bind the grant', async () => {
    const { applicationId, agreementId } = await grantedApplication(env.superuser, 'Avtalstest år');
    const view = await env.viewer.agreements.forApplication({ tenant, applicationId });
    expect(view.agreement?.years).toEqual([
      { year: 2031, amountOre: 35_000_000 },
      { year: 2032, amountOre: 20_000_000 },
    ]);
    expect(view.checks).toMatchObject({
      yearsDifferenceOre: 0,
      paymentsSumOre: 0,
      isFinalReportApproved: false,
    });
    expect(view.checks?.closeRefusal).toBe('agreements.notSigned');

    const short = env.editor.agreements.update(yearsOf(agreementId, 1, [{ year: 2031, amount: '500 000' }]));
    await expect(short).rejects.toMatchObject({
      cause: {
        reason: 'agreements.yearsNotGrant',
        details: { difference: formatMoney(kronor(50_000)), granted: formatMoney(kronor(550_000)) },
      },
    });
    await env.editor.agreements.update(
      yearsOf(
        agreementId,
        1,
        [
          { year: 2032, amount: '250 000' },
          { year: 2031, amount: '300 000' },
        ],
        'Enligt styrelsens beslut.',
      ),
    );
    expect(
      await outcomeOf(
        env.editor.agreements.update(yearsOf(agreementId, 1, [{ year: 2031, amount: '550 000' }])),
      ),
    ).toBe('CONFLICT');
    const after = await env.viewer.agreements.forApplication({ tenant, applicationId });
    expect(after.agreement).toMatchObject({ version: 2, note: 'Enligt styrelsens beslut.' });
    expect(after.agreement?.years.map((row) => row.amountOre)).toEqual([30_000_000, 25_000_000]);
    expect(await auditOf(env.superuser, agreementId)).toEqual(['applicationAgreement.update']);
  });

  it('answers NOT_FOUND for an application of another förbund and to a viewer who tries to write', async () => {
    const { applicationId, agreementId } = await grantedApplication(env.superuser, 'Avtalstest åtkomst');
    expect(
      await outcomeOf(env.otherEditor.agreements.forApplication({ tenant: 'insjoriket', applicationId })),
    ).toBe('NOT_FOUND');
    expect(
      await outcomeOf(env.viewer.agreements.applyProposal({ tenant, agreementId, expectedVersion: 1 })),
    ).toBe('FORBIDDEN');
  });
});

describe('the payment plan and the report deadlines', () => {
  it('are proposed into an empty plan only, to the öre', async () => {
    const { applicationId, agreementId } = await grantedApplication(env.superuser, 'Avtalstest förslag');
    expect(
      await env.editor.agreements.applyProposal({ tenant, agreementId, expectedVersion: 1 }),
    ).toMatchObject({
      payments: 3,
      reports: 2,
    });
    const view = await env.viewer.agreements.forApplication({ tenant, applicationId });
    expect(view.payments.map((p) => [p.kind, p.dueDate, p.amountOre])).toEqual([
      ['advance', '2031-03-01', 31_500_000],
      ['tranche', '2032-01-15', 18_000_000],
      ['final', '2032-09-30', 5_500_000],
    ]);
    expect(view.reports.map((r) => [r.kind, r.dueDate])).toEqual([
      ['interim', '2032-01-31'],
      ['final', '2032-08-30'],
    ]);
    expect(view.checks?.paymentsSumOre).toBe(55_000_000);
    expect(
      await reasonOf(env.editor.agreements.applyProposal({ tenant, agreementId, expectedVersion: 2 })),
    ).toBe('agreements.planNotEmpty');
  });

  it('refuses payments beyond the grant and a second final payment or final report', async () => {
    const { agreementId } = await grantedApplication(env.superuser, 'Avtalstest gränser');
    await env.editor.agreements.payments.create(payment(agreementId, 'final', '2032-09-30', '55 000'));
    await expect(
      env.editor.agreements.payments.create(payment(agreementId, 'advance', '2031-03-01', '495 001')),
    ).rejects.toMatchObject({
      cause: { reason: 'agreements.paymentsExceedGrant', details: { over: formatMoney(kronor(1)) } },
    });
    expect(
      await issuesOf(env.editor.agreements.payments.create(payment(agreementId, 'final', '2032-10-30', '1'))),
    ).toEqual({ kind: 'agreements.finalPaymentExists' });
    await env.editor.agreements.reports.create(report(agreementId, 'final', '2032-08-30'));
    expect(
      await issuesOf(env.editor.agreements.reports.create(report(agreementId, 'final', '2032-09-30'))),
    ).toEqual({ kind: 'agreements.finalReportExists' });
    expect(
      await issuesOf(env.editor.agreements.payments.create(payment(agreementId, 'advance', 'i morgon', '0'))),
    ).toEqual({ dueDate: 'agreements.dateInvalid', amount: 'agreements.amountPositive' });
  });

  it('holds the final payment until the final report is approved, then closes when all is paid', async () => {
    const [allocation] = await env.superuser<{ id: string; interventionId: string }[]>`
      select al.id, al.intervention_id as "interventionId" from actual_allocations al
      where al.tenant_id = ${env.tenantId} and al.intervention_id is not null
        and not exists (select 1 from applications a where a.tenant_id = al.tenant_id and a.intervention_id = al.intervention_id)
      limit 1`;
    expect(allocation).toBeDefined();
    const { applicationId, agreementId } = await grantedApplication(
      env.superuser,
      'Avtalstest slutlikvid',
      allocation?.interventionId ?? null,
    );
    await env.editor.agreements.applyProposal({ tenant, agreementId, expectedVersion: 1 });
    const load = () => env.viewer.agreements.forApplication({ tenant, applicationId });
    let view = await load();
    const [advance, tranche, final] = view.payments;
    const finalReport = view.reports.find((report) => report.kind === 'final');
    if (!advance || !tranche || !final || !finalReport) throw new Error('the proposal made no plan');

    expect(await reasonOf(env.editor.agreements.payments.markPaid(paid(advance.id, '2031-03-05')))).toBe(
      'agreements.notSigned',
    );
    await env.editor.agreements.sign({ tenant, agreementId, expectedVersion: 2, signedDate: '2031-02-20' });
    if (allocation) {
      expect(await env.editor.agreements.payments.allocations({ tenant, agreementId })).toContainEqual(
        expect.objectContaining({ allocationId: allocation.id }),
      );
    }
    await env.editor.agreements.payments.markPaid(paid(advance.id, '2031-03-05', allocation?.id ?? null));
    expect(
      await issuesOf(
        env.editor.agreements.payments.markPaid(
          paid(tranche.id, '2032-01-20', '00000000-0000-4000-8000-000000000000'),
        ),
      ),
    ).toEqual({ actualAllocationId: 'agreements.allocationInvalid' });
    await env.editor.agreements.payments.markPaid(paid(tranche.id, '2032-01-20', ''));

    const closing = { tenant, agreementId, expectedVersion: 3, closedDate: '2032-10-02' };
    const markFinal = () => env.editor.agreements.payments.markPaid(paid(final.id, '2032-10-01'));
    expect(await reasonOf(markFinal())).toBe('agreements.finalReportNotApproved');
    // Another förbund learns nothing: not even that the final report is unapproved.
    expect(
      await outcomeOf(
        env.otherEditor.agreements.payments.markPaid({
          ...paid(final.id, '2032-10-01'),
          tenant: 'insjoriket',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await reasonOf(env.admin.agreements.close(closing))).toBe('agreements.closeNeedsApprovedReport');
    expect(
      await reasonOf(env.admin.agreements.reports.approve(approval(finalReport.id, 1, '2032-09-01', null))),
    ).toBe('agreements.reportNotSubmitted');
    await env.editor.agreements.reports.submit({
      tenant,
      reportId: finalReport.id,
      expectedVersion: 1,
      submittedDate: '2032-08-25',
    });
    expect(
      await outcomeOf(env.editor.agreements.reports.approve(approval(finalReport.id, 2, '2032-09-01', null))),
    ).toBe('FORBIDDEN');
    await env.admin.agreements.reports.approve(approval(finalReport.id, 2, '2032-09-01', null));
    expect(await reasonOf(env.admin.agreements.close(closing))).toBe('agreements.closeNeedsPaidPayments');
    await markFinal();

    view = await load();
    expect(view.payments.every((payment) => payment.paidDate !== null)).toBe(true);
    if (allocation) expect(view.payments[0]?.bookedAs?.allocationId).toBe(allocation.id);
    expect(view.checks?.closeRefusal).toBeNull();
    expect(await outcomeOf(env.editor.agreements.close(closing))).toBe('FORBIDDEN');
    await env.admin.agreements.close(closing);
    expect(
      await reasonOf(
        env.editor.agreements.payments.unmarkPaid({ tenant, paymentId: final.id, expectedVersion: 2 }),
      ),
    ).toBe('agreements.alreadyClosed');
    expect(await auditOf(env.superuser, final.id)).toEqual(['applicationPayment.markPaid']);
    expect(await auditOf(env.superuser, finalReport.id)).toEqual([
      'applicationReport.submit',
      'applicationReport.approve',
    ]);
    expect(await auditOf(env.superuser, agreementId)).toEqual([
      'applicationAgreement.update',
      'applicationAgreement.sign',
      'applicationAgreement.close',
    ]);
  });

  it("keeps the database's guard behind the verb: a final payment marked paid by SQL is refused too", async () => {
    const { agreementId } = await grantedApplication(env.superuser, 'Avtalstest spärr');
    const [payment] = await env.superuser<{ id: string }[]>`
      insert into application_payments (tenant_id, agreement_id, kind, due_date, amount_ore)
      values (${env.tenantId}, ${agreementId}, 'final', '2032-09-30', 5500000) returning id`;
    await expect(
      env.superuser`update application_payments set paid_date = '2032-10-01' where id = ${payment?.id ?? ''}`,
    ).rejects.toMatchObject({ code: '55000' });
  });

  it('refuses a stale version and a paid payment being changed', async () => {
    const { agreementId } = await grantedApplication(env.superuser, 'Avtalstest versioner');
    await env.editor.agreements.sign({ tenant, agreementId, expectedVersion: 1, signedDate: '2031-02-20' });
    const { id: paymentId } = await env.editor.agreements.payments.create(
      payment(agreementId, 'advance', '2031-03-01', '100 000'),
    );
    await env.editor.agreements.payments.markPaid(paid(paymentId, '2031-03-02'));
    expect(
      await outcomeOf(env.editor.agreements.payments.delete({ tenant, paymentId, expectedVersion: 1 })),
    ).toBe('CONFLICT');
    expect(
      await reasonOf(env.editor.agreements.payments.delete({ tenant, paymentId, expectedVersion: 2 })),
    ).toBe('agreements.paymentPaid');
    await env.editor.agreements.payments.unmarkPaid({ tenant, paymentId, expectedVersion: 2 });
    await env.editor.agreements.payments.delete({ tenant, paymentId, expectedVersion: 3 });
    expect(await auditOf(env.superuser, paymentId)).toEqual([
      'applicationPayment.create',
      'applicationPayment.markPaid',
      'applicationPayment.unmarkPaid',
      'applicationPayment.delete',
    ]);
  });
});

describe('changing the plan', () => {
  it('changes a payment and a report at their versions, within the grant, and names a decision of this förbund only', async () => {
    const { applicationId, agreementId } = await grantedApplication(env.superuser, 'Avtalstest ändringar');
    const { id: paymentId } = await env.editor.agreements.payments.create(
      payment(agreementId, 'advance', '2031-03-01', '500 000'),
    );
    const changed = { tenant, paymentId, kind: 'advance' as const, dueDate: '2031-04-01', note: 'Flyttad' };
    expect(
      await reasonOf(
        env.editor.agreements.payments.update({ ...changed, expectedVersion: 1, amount: '550 001' }),
      ),
    ).toBe('agreements.paymentsExceedGrant');
    await env.editor.agreements.payments.update({ ...changed, expectedVersion: 1, amount: '550 000' });
    expect(
      await outcomeOf(env.editor.agreements.payments.update({ ...changed, expectedVersion: 1, amount: '1' })),
    ).toBe('CONFLICT');
    const { id: reportId } = await env.editor.agreements.reports.create(
      report(agreementId, 'final', '2032-08-30'),
    );
    await env.editor.agreements.reports.update({
      tenant,
      reportId,
      expectedVersion: 1,
      kind: 'final',
      dueDate: '2032-09-15',
      note: 'Ny dag',
    });
    await env.editor.agreements.reports.submit({
      tenant,
      reportId,
      expectedVersion: 2,
      submittedDate: '2032-09-10',
    });
    const [foreign] = await env.superuser<{ id: string }[]>`
      select d.id from board_decisions d join tenants t on t.id = d.tenant_id where t.slug <> ${tenant} limit 1`;
    if (foreign) {
      expect(
        await issuesOf(env.admin.agreements.reports.approve(approval(reportId, 3, '2032-09-20', foreign.id))),
      ).toEqual({ decisionId: 'agreements.decisionInvalid' });
    }
    await env.admin.agreements.reports.approve(approval(reportId, 3, '2032-09-20', ''));
    expect(
      await reasonOf(env.editor.agreements.reports.delete({ tenant, reportId, expectedVersion: 4 })),
    ).toBe('agreements.reportApproved');
    const view = await env.viewer.agreements.forApplication({ tenant, applicationId });
    expect(view.payments.map((p) => [p.dueDate, p.amountOre, p.note])).toEqual([
      ['2031-04-01', 55_000_000, 'Flyttad'],
    ]);
    expect(view.reports.map((r) => [r.dueDate, r.submittedDate, r.approvedDate])).toEqual([
      ['2032-09-15', '2032-09-10', '2032-09-20'],
    ]);
    expect(await auditOf(env.superuser, reportId)).toEqual([
      'applicationReport.create',
      'applicationReport.update',
      'applicationReport.submit',
      'applicationReport.approve',
    ]);
  });

  it('answers with no agreement for an application not granted', async () => {
    const [row] = await env.superuser<{ id: string }[]>`
      insert into applications (tenant_id, title, status, kind) values (${env.tenantId}, 'Avtalstest utkast', 'draft', 'individual')
      returning id`;
    const view = await env.viewer.agreements.forApplication({ tenant, applicationId: row?.id ?? '' });
    expect(view).toMatchObject({ agreement: null, payments: [], reports: [], checks: null });
  });
});

describe("the demo's agreements", () => {
  it('each bind exactly their grant per year and plan no payment beyond it', async () => {
    const demo = await env.superuser<{ applicationId: string; slug: string }[]>`
      select g.application_id as "applicationId", t.slug from application_agreements g
      join tenants t on t.id = g.tenant_id
      join applications a on a.tenant_id = g.tenant_id and a.id = g.application_id
      where a.title not like 'Avtalstest%' order by t.slug, a.title`;
    expect(demo.length).toBeGreaterThan(0);
    for (const { applicationId, slug } of demo) {
      const caller = await env.api.callerFor(`viewer@${slug}.demo`);
      const view = await caller.agreements.forApplication({ tenant: slug, applicationId });
      expect([
        view.application.title,
        view.checks?.yearsDifferenceOre,
        view.checks?.paymentsOverGrantOre,
      ]).toEqual([view.application.title, 0, 0]);
    }
  });
});
