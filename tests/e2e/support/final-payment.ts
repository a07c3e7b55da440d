import { expect, type Locator, type Page } from '@playwright/test';
import { call } from './trpc-call.ts';

/**
 * The agreement's final payment waits for the approved final report: its button in the payment
 * plan is disabled with the reason, and the API refuses to mark it paid as well.
 */
export async function expectFinalPaymentRefused(
  page: Page,
  payments: Locator,
  tenant: string,
  applicationId: string,
): Promise<void> {
  const finalButton = payments.getByRole('button', { name: /Markera som betald Slutlikvid/ });
  await expect(finalButton).toHaveAttribute('aria-disabled', 'true');
  await expect(finalButton).toHaveAccessibleDescription(
    'Slutlikviden kan markeras som betald först när slutrapporten är godkänd.',
  );
  const view = await call<{ payments: { id: string; kind: string; version: number }[] }>(
    page,
    'agreements.forApplication',
    { tenant, applicationId },
  );
  const final = view.payments.find((payment) => payment.kind === 'final');
  await expect(
    call(
      page,
      'agreements.payments.markPaid',
      {
        tenant,
        paymentId: final?.id,
        expectedVersion: final?.version,
        paidDate: '2032-03-01',
        actualAllocationId: null,
      },
      true,
    ),
  ).rejects.toThrow('agreements.finalReportNotApproved');
}
