import {
  agreementEditSchema,
  approveReportSchema,
  MAX_INT4,
  markPaidSchema,
  paymentSchema,
  reportDeadlineSchema,
  signAgreementSchema,
  submitReportSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { admin, createRouter, editor, viewer } from '../../trpc/init.ts';
import { applyProposal } from './apply-proposal.ts';
import { approveReport } from './approve-report.ts';
import { closeAgreement } from './close-agreement.ts';
import { createPayment } from './create-payment.ts';
import { createReport } from './create-report.ts';
import { deletePayment } from './delete-payment.ts';
import { deleteReport } from './delete-report.ts';
import { agreementForApplication } from './for-application.ts';
import { markPaymentPaid } from './mark-paid.ts';
import { paymentAllocations } from './payment-allocations.ts';
import { signAgreement } from './sign-agreement.ts';
import { submitReport } from './submit-report.ts';
import { unmarkPaymentPaid } from './unmark-paid.ts';
import { updateAgreement } from './update-agreement.ts';
import { updatePayment } from './update-payment.ts';
import { updateReport } from './update-report.ts';

const id = z.uuid({ error: 'agreements.idInvalid' });
const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);
const agreementRef = z.object({ agreementId: id, expectedVersion: version });
const paymentRef = z.object({ paymentId: id, expectedVersion: version });
const reportRef = z.object({ reportId: id, expectedVersion: version });
const closedDate = z.iso.date({ error: 'agreements.dateInvalid' });

const paymentsRouter = createRouter({
  allocations: viewer
    .input(z.object({ agreementId: id }))
    .query(({ ctx, input }) => paymentAllocations(ctx, input)),
  create: editor
    .input(paymentSchema.extend({ agreementId: id }))
    .mutation(({ ctx, input }) => createPayment(ctx, input)),
  update: editor
    .input(paymentSchema.extend(paymentRef.shape))
    .mutation(({ ctx, input }) => updatePayment(ctx, input)),
  delete: editor.input(paymentRef).mutation(({ ctx, input }) => deletePayment(ctx, input)),
  markPaid: editor
    .input(markPaidSchema.extend(paymentRef.shape))
    .mutation(({ ctx, input }) => markPaymentPaid(ctx, input)),
  unmarkPaid: editor.input(paymentRef).mutation(({ ctx, input }) => unmarkPaymentPaid(ctx, input)),
});

const reportsRouter = createRouter({
  create: editor
    .input(reportDeadlineSchema.extend({ agreementId: id }))
    .mutation(({ ctx, input }) => createReport(ctx, input)),
  update: editor
    .input(reportDeadlineSchema.extend(reportRef.shape))
    .mutation(({ ctx, input }) => updateReport(ctx, input)),
  delete: editor.input(reportRef).mutation(({ ctx, input }) => deleteReport(ctx, input)),
  submit: editor
    .input(submitReportSchema.extend(reportRef.shape))
    .mutation(({ ctx, input }) => submitReport(ctx, input)),
  approve: admin
    .input(approveReportSchema.extend(reportRef.shape))
    .mutation(({ ctx, input }) => approveReport(ctx, input)),
});

/**
 * `agreements.*` (issue 22, applications for funds): per granted application the agreement, its
 * commitment per year, payment plan and report deadlines; the final payment waits for the approved
 * final report. Viewers read; editors edit the agreement, plan and reports; admins close an
 * agreement and approve reports. See ARCHITECTURE.md, "Ansökningar".
 */
export const agreementsRouter = createRouter({
  forApplication: viewer
    .input(z.object({ applicationId: z.uuid({ error: 'agreements.idInvalid' }) }))
    .query(({ ctx, input }) => agreementForApplication(ctx, input)),
  update: editor
    .input(agreementEditSchema.and(agreementRef))
    .mutation(({ ctx, input }) => updateAgreement(ctx, input)),
  sign: editor
    .input(signAgreementSchema.extend(agreementRef.shape))
    .mutation(({ ctx, input }) => signAgreement(ctx, input)),
  close: admin
    .input(agreementRef.extend({ closedDate }))
    .mutation(({ ctx, input }) => closeAgreement(ctx, input)),
  applyProposal: editor.input(agreementRef).mutation(({ ctx, input }) => applyProposal(ctx, input)),
  payments: paymentsRouter,
  reports: reportsRouter,
});
