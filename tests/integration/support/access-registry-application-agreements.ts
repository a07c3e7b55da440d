/**
 * Access rules of `agreements.*` (issue 22, applications for funds), spread into the main registry.
 * The victim's rows: support/victim-applications.ts — a granted application whose agreement is
 * signed, with an advance and a final payment and a submitted, unapproved final report. The hostile
 * markPaid names that final payment: another förbund must get NOT_FOUND, never the CONFLICT that
 * would tell it the final report is unapproved. Harmless inputs carry a stale version (CONFLICT
 * before anything changes) or, for creations, an unknown agreement (NOT_FOUND).
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const agreement = (v: Victim) => v.agreementIds[0] ?? noSuchId;
const advance = (v: Victim) => v.applicationPaymentIds[0] ?? noSuchId;
const finalPayment = (v: Victim) => v.applicationPaymentIds[1] ?? noSuchId;
const finalReport = (v: Victim) => v.applicationReportIds[0] ?? noSuchId;
const payment = { kind: 'advance', dueDate: '2031-03-01', amount: '100 000', note: 'Kapad' };
const report = { kind: 'interim', dueDate: '2031-09-30', note: 'Kapad' };

/** A write at the victim's version 1 (hostile) and at a stale one (harmless). */
const versioned = (minRole: 'editor' | 'admin', ref: (v: Victim) => Record<string, unknown>): AccessRule => ({
  access: 'tenant',
  minRole,
  input: (v) => ({ ...ref(v), expectedVersion: 1 }),
  harmless: (v) => ({ ...ref(v), expectedVersion: stale }),
});

export const agreementsAccessRules: Record<string, AccessRule> = {
  'agreements.forApplication': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ applicationId: v.applicationIds[1] ?? noSuchId }),
  },
  'agreements.update': versioned('editor', (v) => ({
    agreementId: agreement(v),
    years: [{ year: 2031, amount: '200 000' }],
    note: 'Kapat avtal',
  })),
  'agreements.sign': versioned('editor', (v) => ({ agreementId: agreement(v), signedDate: '2031-02-16' })),
  'agreements.close': versioned('admin', (v) => ({ agreementId: agreement(v), closedDate: '2032-02-01' })),
  'agreements.applyProposal': versioned('editor', (v) => ({ agreementId: agreement(v) })),
  'agreements.payments.allocations': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ agreementId: agreement(v) }),
  },
  'agreements.payments.create': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ agreementId: agreement(v), ...payment, kind: 'tranche' }),
    harmless: () => ({ agreementId: noSuchId, ...payment, kind: 'tranche' }),
  },
  'agreements.payments.update': versioned('editor', (v) => ({ paymentId: advance(v), ...payment })),
  'agreements.payments.delete': versioned('editor', (v) => ({ paymentId: advance(v) })),
  'agreements.payments.markPaid': versioned('editor', (v) => ({
    paymentId: finalPayment(v),
    paidDate: '2032-02-01',
    actualAllocationId: null,
  })),
  'agreements.payments.unmarkPaid': versioned('editor', (v) => ({ paymentId: advance(v) })),
  'agreements.reports.create': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ agreementId: agreement(v), ...report }),
    harmless: () => ({ agreementId: noSuchId, ...report }),
  },
  'agreements.reports.update': versioned('editor', (v) => ({
    reportId: finalReport(v),
    ...report,
    kind: 'final',
  })),
  'agreements.reports.delete': versioned('editor', (v) => ({ reportId: finalReport(v) })),
  'agreements.reports.submit': versioned('editor', (v) => ({
    reportId: finalReport(v),
    submittedDate: '2032-01-11',
  })),
  'agreements.reports.approve': versioned('admin', (v) => ({
    reportId: finalReport(v),
    approvedDate: '2032-01-20',
    decisionId: null,
  })),
};
