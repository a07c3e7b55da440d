import { expect, type Page, test } from '@playwright/test';
import { createReceivedApplication, moveApplication } from './support/demo-applications.ts';
import { expectAccessible } from './support/expect-accessible.ts';
import { expectFinalPaymentRefused } from './support/final-payment.ts';
import { logInAt } from './support/log-in.ts';
import { call } from './support/trpc-call.ts';

/**
 * Issue 22, point 5: a granted application's agreement. The plan is proposed into the empty
 * agreement, the agreement signed, the advance marked paid; the final payment's button is disabled
 * with its reason and the API refuses it too, until an admin approves the submitted final report
 * ("Sluttrapporten ska muntligt redovisas för styrelsen innan slutlikvid"); then it is marked paid.
 * The A4 print page renders. Axe at 1280 and 320 px.
 */

const tenant = 'gavleborg';

/**
 * A received application of two member organisations (the Finsam rule), moved through the formal
 * check into review and granted 200 000 kr by a decision taken before Samsyn (admins), which gives
 * it its draft agreement with the commitment for 2031.
 */
async function grantedApplication(page: Page, title: string): Promise<string> {
  const overview = await call<{ members: { id: string }[] }>(page, 'tenant.get', { tenant });
  const [lead, party] = overview.members;
  if (!lead || !party) throw new Error('the demo förbund has fewer than two members');
  const created = await createReceivedApplication(page, tenant, {
    title,
    kind: 'structural',
    leadMemberId: lead.id,
    partyMemberIds: [party.id],
    need: 'Behov',
    purpose: 'Syfte',
    collaboration: 'Samverkan',
    startDate: '2031-01-01',
    endDate: '2031-12-31',
    budgetYears: [{ year: 2031, requestedOre: 20_000_000, ownContributionOre: 0, plannedParticipants: null }],
  });
  const version = await moveApplication(page, tenant, created, ['formalCheck', 'underReview'], '2030-12-01');
  await call(
    page,
    'applicationDecision.recordOutside',
    {
      tenant,
      applicationId: created.id,
      expectedVersion: version,
      outcome: 'granted',
      decidedDate: '2030-12-15',
      grantedAmount: '200 000',
      note: '',
    },
    true,
  );
  return created.id;
}

test('an agreement is planned, signed and paid, the final payment only after the approved final report', async ({
  page,
}) => {
  await logInAt(page, 'admin@gavleborg.demo', `/f/${tenant}/ansokningar`);
  const applicationId = await grantedApplication(page, 'Avtalsprov Sandviken');
  await page.goto(`/f/${tenant}/ansokningar/${applicationId}`);

  const section = page.getByRole('region', { name: 'Avtal, utbetalningar och rapporter' });
  await expect(section).toContainText('Utkast');
  await expect(section).toContainText('Summan är lika med beviljat belopp.');
  await section.getByRole('button', { name: 'Föreslå plan' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Planen är ifylld' })).toHaveText(
    'Planen är ifylld med förslaget (utbetalningar: 2, rapporter: 1).',
  );
  const payments = section.getByRole('table', { name: 'Utbetalningsplan' });
  await expect(payments.getByRole('row')).toHaveCount(3);
  await expect(payments.getByRole('row', { name: /Förskott/ })).toContainText('180 000 kr');
  await expect(payments.getByRole('row', { name: /Slutlikvid/ })).toContainText('20 000 kr');

  // An unpaid payment is changed in place; focus returns to the plan's heading.
  await payments.getByRole('button', { name: /Ändra Förskott/ }).click();
  const editForm = section.getByRole('form', { name: 'Ändra utbetalningen' });
  await editForm.getByLabel('Förfaller').fill('2031-01-05');
  await editForm.getByRole('button', { name: 'Spara' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Utbetalningen är ändrad.' })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Utbetalningsplan' })).toBeFocused();
  await expect(payments.getByRole('row', { name: /Förskott/ })).toContainText('5 januari 2031');

  await section.getByRole('button', { name: 'Underteckna avtalet' }).click();
  const signDialog = page.getByRole('dialog', { name: 'Registrera att avtalet är undertecknat' });
  // An empty day is refused in Swedish in the dialog, not by the browser's own bubble.
  await signDialog.getByLabel('Undertecknat den').fill('');
  await signDialog.getByRole('button', { name: 'Underteckna avtalet' }).click();
  await expect(signDialog.getByRole('alert')).toHaveText('Ange datum som ÅÅÅÅ-MM-DD.');
  await expect(signDialog.getByLabel('Undertecknat den')).toHaveAttribute('aria-invalid', 'true');
  await signDialog.getByLabel('Undertecknat den').fill('2031-01-10');
  await signDialog.getByRole('button', { name: 'Underteckna avtalet' }).click();
  await expect(
    section.getByRole('status').filter({ hasText: 'Avtalet är registrerat som undertecknat.' }),
  ).toBeVisible();
  await expect(section).toContainText('Undertecknat');

  const markAdvance = payments.getByRole('button', { name: /Markera som betald Förskott/ });
  const markDialog = page.getByRole('dialog', { name: 'Markera förskott som betald' });
  // Escape closes the dialog, which exists only while it has a payment, and focus is back on its button.
  await markAdvance.click();
  await expect(markDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(markDialog).toHaveCount(0);
  await expect(markAdvance).toBeFocused();
  await markAdvance.click();
  await markDialog.getByLabel('Betaldag').fill('2031-01-15');
  await markDialog.getByRole('button', { name: 'Markera som betald' }).click();
  await expect(payments.getByRole('row', { name: /Förskott/ })).toContainText('15 januari 2031');

  // The final payment's button is disabled with its reason, and the API refuses as well.
  await expectFinalPaymentRefused(page, payments, tenant, applicationId);
  await expectAccessible(page);
  const finalButton = payments.getByRole('button', { name: /Markera som betald Slutlikvid/ });

  const reports = section.getByRole('table', { name: 'Rapporter' });
  await reports.getByRole('button', { name: /Ändra Slutrapport/ }).click();
  const reportForm = section.getByRole('form', { name: 'Ändra rapporten' });
  await reportForm.getByLabel('Senast').fill('2032-02-15');
  await reportForm.getByRole('button', { name: 'Spara' }).click();
  await expect(reports.getByRole('row', { name: /Slutrapport/ })).toContainText('15 februari 2032');
  await reports.getByRole('button', { name: /Registrera inlämnad Slutrapport/ }).click();
  const submitDialog = page.getByRole('dialog', { name: 'Registrera att slutrapport har kommit in' });
  await submitDialog.getByLabel('Inlämnad den').fill('2032-02-20');
  await submitDialog.getByRole('button', { name: 'Registrera inlämnad' }).click();
  await reports.getByRole('button', { name: /Godkänn Slutrapport/ }).click();
  const approveDialog = page.getByRole('dialog', { name: 'Godkänn slutrapport' });
  await approveDialog.getByLabel('Godkänd den').fill('2032-02-27');
  await approveDialog.getByRole('button', { name: 'Godkänn' }).click();
  await expect(reports.getByRole('row', { name: /Slutrapport/ })).toContainText('27 februari 2032');

  await expect(finalButton).not.toHaveAttribute('aria-disabled', 'true');
  await finalButton.click();
  const finalDialog = page.getByRole('dialog', { name: 'Markera slutlikvid som betald' });
  await finalDialog.getByLabel('Betaldag').fill('2032-03-01');
  await finalDialog.getByRole('button', { name: 'Markera som betald' }).click();
  await expect(payments.getByRole('row', { name: /Slutlikvid/ })).toContainText('1 mars 2032');
  await section.getByRole('button', { name: 'Avsluta avtalet' }).click();
  const closeDialog = page.getByRole('dialog', { name: 'Avsluta avtalet?' });
  await closeDialog.getByLabel('Avslutat den').fill('2032-03-02');
  await closeDialog.getByRole('button', { name: 'Avsluta avtalet' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Avtalet är avslutat.' })).toBeVisible();
  await expect(section).toContainText('2 mars 2032');
  await expect(section.getByRole('button', { name: /Ångra betald/ })).toHaveCount(0);

  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await section.getByRole('link', { name: 'Avtalet för utskrift' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avtal om finansiering' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Avtalsprov Sandviken');
  await expect(page.getByRole('main')).toContainText(
    'Slutrapporten ska redovisas för styrelsen och vara godkänd innan slutlikviden betalas ut.',
  );
  await expectAccessible(page);
});
