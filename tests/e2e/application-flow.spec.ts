import { expect, type Page, type Route, test } from '@playwright/test';
import { planBoardMeeting } from './support/demo-applications.ts';
import { expectAccessible } from './support/expect-accessible.ts';
import { expectFinalPaymentRefused } from './support/final-payment.ts';
import { logInAt } from './support/log-in.ts';
import { call } from './support/trpc-call.ts';

/**
 * Issue 22's whole flow, as its "Done means" says it: a partner's application with one party is
 * refused (the Finsam rule); with two it goes through the formal check, a review with one reviewer
 * declaring jäv, a board decision, "Skapa insats" (the intervention's goals and budget equal the
 * application's), and an agreement whose final payment cannot be marked paid before the final
 * report is approved. The goals and budget are written through the API (the pipeline's own spec
 * covers its goal rows); every step of the flow itself is taken in the browser. Axe on each page.
 */

const tenant = 'gavleborg';
const title = 'Flödesprovet: Samverkan för unga i Hofors';

const goals = [
  {
    type: 'count',
    description: 'Trettio unga deltar under 2031',
    measure: 'participants',
    target: 30,
    period: '2031',
  },
  { type: 'qualitative', description: 'Kommunen och Arbetsförmedlingen har ett gemensamt team' },
];
const budgetYears = [
  {
    year: 2031,
    requestedOre: 45_000_000,
    ownContributionOre: 0,
    plannedParticipants: { total: 30, women: 15, men: 14, otherUnknown: 1 },
  },
];

/** Writes the application's goals and budget (the rest of its fields as they are). */
async function addGoalsAndBudget(page: Page, applicationId: string): Promise<void> {
  const detail = await call<{ application: Record<string, unknown> & { version: number } }>(
    page,
    'applications.get',
    { tenant, applicationId },
  );
  const a = detail.application;
  const pick = (key: string, fallback: unknown = null) => a[key] ?? fallback;
  await call(
    page,
    'applications.update',
    {
      tenant,
      applicationId,
      expectedVersion: a.version,
      title: pick('title'),
      diaryNumber: pick('diaryNumber', ''),
      kind: pick('kind'),
      leadMemberId: pick('leadMemberId'),
      partyMemberIds: pick('partyMemberIds', []),
      localGroupId: pick('localGroupId'),
      contact: pick('contact', ''),
      targetGroupIds: pick('targetGroupIds', []),
      targetGroupText: pick('targetGroupText', ''),
      need: pick('need', ''),
      purpose: pick('purpose', ''),
      collaboration: pick('collaboration', ''),
      startDate: '2031-01-01',
      endDate: '2031-12-31',
      expectedYear: null,
      expectedAmountOre: null,
      goals,
      budgetYears,
    },
    true,
  );
}

/** Moves the application on with the status panel's button and dialog. */
async function moveTo(page: Page, status: string): Promise<void> {
  await page.getByRole('button', { name: `Till ${status}` }).click();
  const dialog = page.getByRole('dialog', { name: `Flytta till ${status}` });
  await dialog.getByRole('button', { name: 'Flytta' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Ansökan är flyttad till ${status}.` }),
  ).toBeVisible();
}

test('from a partner’s application to an intervention and an agreement held until the final report', async ({
  browser,
}) => {
  const editor = await (await browser.newContext()).newPage();
  const admin = await (await browser.newContext()).newPage();
  await logInAt(editor, 'editor@gavleborg.demo', `/f/${tenant}/ansokningar/ny`);

  // One party: refused by the Finsam rule, beside the parties.
  const form = editor.getByRole('form', { name: 'Ny ansökan' });
  await form.getByLabel('Börja som').selectOption({ label: 'Inkommen' });
  await form.getByLabel('Rubrik').fill(title);
  await form.getByLabel('Typ av insats').selectOption({ label: 'Individinriktad insats' });
  await form.getByLabel('Huvudsökande').selectOption({ label: 'Hofors kommun' });
  const parties = form.getByRole('group', { name: 'Parter' });
  await parties.getByLabel('Hofors kommun').check();
  await form.getByLabel('Syfte').fill('Fler unga i Hofors i arbete eller studier.');
  await form.getByRole('button', { name: 'Spara ansökan' }).click();
  await expect(
    form.getByText('Ange minst två förbundsmedlemmar som parter, varav en huvudsökande.').first(),
  ).toBeVisible();
  await expect(editor).toHaveURL(/\/ansokningar\/ny$/);

  // Two parties: saved.
  await parties.getByLabel('Arbetsförmedlingen').check();
  await form.getByRole('button', { name: 'Spara ansökan' }).click();
  await expect(editor).toHaveURL(/\/ansokningar\/[0-9a-f-]{36}$/);
  const applicationId = editor.url().split('/').at(-1) ?? '';
  await addGoalsAndBudget(editor, applicationId);
  await editor.reload();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);

  // The formal check: every point answered Ja.
  await moveTo(editor, 'Formell granskning');
  const check = editor.getByRole('form', { name: 'Formell granskning' });
  const yes = check.getByRole('radio', { name: 'Ja' });
  for (let index = 0; index < (await yes.count()); index += 1) await yes.nth(index).check();
  await check.getByRole('button', { name: 'Spara formell granskning' }).click();
  await expect(
    editor.getByRole('status').filter({ hasText: 'Den formella granskningen är sparad.' }),
  ).toBeVisible();
  await moveTo(editor, 'Under beredning');

  // The review: the editor declares jäv and cannot recommend; the admin declares none and recommends.
  await editor.getByRole('radio', { name: 'Jag har jäv' }).check();
  await editor.getByLabel('Skäl till jävet').fill('Anställd hos Hofors kommun.');
  await editor.getByRole('button', { name: 'Spara jävsdeklaration' }).click();
  await expect(
    editor.getByText('Du har anmält jäv och kan inte lämna rekommendation.').first(),
  ).toBeVisible();
  await expect(editor.getByLabel('Rekommendation')).toHaveCount(0);
  await logInAt(admin, 'admin@gavleborg.demo', `/f/${tenant}/ansokningar/${applicationId}`);
  await admin.getByRole('radio', { name: 'Jag har inget jäv' }).check();
  await admin.getByRole('button', { name: 'Spara jävsdeklaration' }).click();
  await admin.getByLabel('Yttrande', { exact: true }).fill('Ansökan uppfyller förbundets krav.');
  await admin.getByLabel('Rekommendation').selectOption({ label: 'Bevilja' });
  await admin.getByRole('button', { name: 'Spara yttrande' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Ditt yttrande är sparat.' })).toBeVisible();

  // The board: a meeting, the application on its agenda, the decision with bifall and the amount.
  await planBoardMeeting(editor, tenant, '2031-02-20');
  await editor.reload();
  const decisionSection = editor.getByRole('region', { name: 'Styrelsen och beslut' });
  await decisionSection
    .getByLabel('Möte')
    .selectOption({ label: 'Förbundsstyrelse 20 februari 2031 (planerat)' });
  await decisionSection.getByRole('button', { name: 'Lägg till på dagordningen' }).click();
  await decisionSection.getByRole('link', { name: 'Öppna mötet' }).click();
  const itemTitle = `Ansökan: ${title}`;
  const decision = editor.getByRole('region', { name: 'Beslut' });
  await decision.getByRole('button', { name: `Skriv beslut: ${itemTitle}` }).click();
  const decisionForm = editor.getByRole('form', { name: 'Beslut i ärendet' });
  await decisionForm.getByLabel('Beslutstext').fill('Styrelsen beviljar 450 000 kr för 2031.');
  await decisionForm.getByLabel('Bifall').check();
  await decisionForm.getByLabel('Beviljat belopp (kr)').fill('450 000');
  await decisionForm.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(decision).toContainText(/Bifall, 450\s000\skr/);
  await expectAccessible(editor);

  // Skapa insats: the intervention's goals and budget are the application's.
  await editor.goto(`/f/${tenant}/ansokningar/${applicationId}`);
  await expect(editor.getByText('Beviljad', { exact: true }).first()).toBeVisible();
  await decisionSection.getByRole('button', { name: 'Skapa insats' }).click();
  await editor.getByRole('dialog').getByRole('button', { name: 'Skapa insatsen' }).click();
  const link = decisionSection.getByRole('link', { name: `Öppna insatsen ${title}` });
  await expect(link).toBeFocused();
  await expectAccessible(editor);
  const { interventionId } = await call<{ intervention: { id: string } | null }>(
    editor,
    'applicationDecision.forApplication',
    { tenant, applicationId },
  ).then((detail) => ({ interventionId: detail.intervention?.id ?? '' }));
  const made = await call<{
    goals: { goal: { description: string } }[];
    budgets: { year: number; totalBudget: number; plannedParticipants: { total: number } | null }[];
  }>(editor, 'interventions.get', { tenant, id: interventionId });
  expect(made.goals.map((row) => row.goal.description)).toEqual(goals.map((goal) => goal.description));
  expect(made.budgets.map((row) => [row.year, row.totalBudget, row.plannedParticipants?.total])).toEqual([
    [2031, 45_000_000, 30],
  ]);
  await link.click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(editor.getByRole('rowheader', { name: 'Trettio unga deltar under 2031' })).toBeVisible();

  // The agreement: planned and signed; the final payment waits for the approved final report.
  await admin.goto(`/f/${tenant}/ansokningar/${applicationId}`);
  const agreement = admin.getByRole('region', { name: 'Avtal, utbetalningar och rapporter' });
  await expect(agreement.getByRole('button', { name: 'Föreslå plan' })).toBeVisible();
  // Signing straight after Föreslå plan, with the agreement read again slowly (as on a busy server):
  // the sign button waits for the proposal, so the signing carries the version the proposal left.
  const slowAgreementRead = async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.fallback();
  };
  await admin.route(/agreements\.forApplication/, slowAgreementRead);
  await agreement.getByRole('button', { name: 'Föreslå plan' }).click();
  await agreement.getByRole('button', { name: 'Underteckna avtalet' }).click();
  const signDialog = admin.getByRole('dialog', { name: 'Registrera att avtalet är undertecknat' });
  await signDialog.getByLabel('Undertecknat den').fill('2031-03-01');
  await signDialog.getByRole('button', { name: 'Underteckna avtalet' }).click();
  await expect(signDialog).toBeHidden();
  await admin.unroute(/agreements\.forApplication/, slowAgreementRead);
  await expect(agreement.getByText('Avtalets status')).toBeVisible();
  await expect(agreement).toContainText(/Avtalets status\s*Undertecknat/);
  const payments = agreement.getByRole('table', { name: 'Utbetalningsplan' });
  await expectFinalPaymentRefused(admin, payments, tenant, applicationId);
  await expectAccessible(admin);
});
