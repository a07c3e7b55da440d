import { expect, type Page, test } from '@playwright/test';
import {
  createReceivedApplication,
  memberIdsByName,
  moveApplication,
  planBoardMeeting,
} from './support/demo-applications.ts';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/**
 * Issue 22, the decision: an editor puts an application under review on a board meeting's agenda
 * from the application page, writes the board's decision (bifall, 300 000 kr) in the meeting page's
 * item, the application shows Beviljad with the amount, and "Skapa insats" makes the intervention
 * whose page shows the application's goals and budget. Axe on the application page.
 */

const tenant = 'gavleborg';

/**
 * An application of Region Gävleborg with Sandvikens kommun, two goals and a budget for 2031
 * (300 000 kr, 20 planned participants), moved on to 'under review'; and a planned meeting of
 * the Förbundsstyrelse to take it to.
 */
async function applicationUnderReview(page: Page, title: string): Promise<string> {
  const member = await memberIdsByName(page, tenant);
  const created = await createReceivedApplication(page, tenant, {
    title,
    kind: 'individual',
    leadMemberId: member('Region'),
    partyMemberIds: [member('Sandviken')],
    targetGroupText: 'Unga vuxna i Sandviken',
    need: 'Många unga vuxna står långt från arbetsmarknaden.',
    purpose: 'Fler unga vuxna i arbete eller studier.',
    collaboration: 'Regionen och kommunen arbetar i ett gemensamt team.',
    startDate: '2031-01-01',
    endDate: '2031-12-31',
    goals: [
      {
        type: 'count',
        description: 'Fyrtio deltagare under året',
        measure: 'participants',
        target: 40,
        period: '2031',
      },
      { type: 'qualitative', description: 'Ett gemensamt arbetssätt mellan parterna' },
    ],
    budgetYears: [
      {
        year: 2031,
        requestedOre: 30_000_000,
        ownContributionOre: 0,
        plannedParticipants: { total: 20, women: 10, men: 9, otherUnknown: 1 },
      },
    ],
  });
  await moveApplication(page, tenant, created, ['formalCheck', 'underReview'], '2031-02-01');
  await planBoardMeeting(page, tenant, '2031-03-13');
  return created.id;
}

test('to the board, the board grants it, Beviljad with the amount, Skapa insats with its goals and budget', async ({
  page,
}) => {
  await logInAt(page, 'editor@gavleborg.demo', `/f/${tenant}/ansokningar`);
  const title = 'Unga vuxna i arbete, Sandviken';
  const applicationId = await applicationUnderReview(page, title);
  await page.goto(`/f/${tenant}/ansokningar/${applicationId}`);

  const section = page.getByRole('region', { name: 'Styrelsen och beslut' });
  await expect(section).toContainText('Ansökan är inte på någon dagordning än.');
  await section.getByLabel('Möte').selectOption({ label: 'Förbundsstyrelse 13 mars 2031 (planerat)' });
  await section.getByRole('button', { name: 'Lägg till på dagordningen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ansökan är tillagd på mötets dagordning.' }),
  ).toBeVisible();
  await expect(section.getByRole('link', { name: 'Förbundsstyrelse 13 mars 2031' })).toBeVisible();
  await expectAccessible(page);

  // The meeting page: the item about the application, linked, and its decision with bifall and amount.
  await section.getByRole('link', { name: 'Öppna mötet' }).click();
  const itemTitle = `Ansökan: ${title}`;
  await expect(page.getByRole('heading', { name: new RegExp(itemTitle) })).toBeVisible();
  await expect(page.getByRole('link', { name: title }).first()).toHaveAttribute(
    'href',
    `/f/${tenant}/ansokningar/${applicationId}`,
  );
  const decision = page.getByRole('region', { name: 'Beslut' });
  await decision.getByRole('button', { name: `Skriv beslut: ${itemTitle}` }).click();
  const form = page.getByRole('form', { name: 'Beslut i ärendet' });
  await expect(form.getByLabel('Slag av beslut')).toHaveValue('grant');
  await form.getByLabel('Beslutstext').fill('Styrelsen beviljar 300 000 kr för 2031.');
  await form.getByRole('button', { name: 'Spara beslutet' }).click();
  // A decision on an application without bifall or avslag, or bifall without an amount, is refused beside the field.
  await expect(form.getByText('Välj bifall eller avslag för ansökan.', { exact: true })).toBeVisible();
  await form.getByLabel('Bifall').check();
  await form.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(form.getByText('Ange beviljat belopp, mer än 0 kr.', { exact: true })).toBeVisible();
  await form.getByLabel('Beviljat belopp (kr)').fill('300 000');
  await form.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Beslutet är sparat.' })).toBeVisible();
  await expect(decision).toContainText(/Bifall, 300\s000\skr/);

  // The application follows: Beviljad, the amount, the meeting and §.
  await page.goto(`/f/${tenant}/ansokningar/${applicationId}`);
  await expect(page.getByText('Beviljad', { exact: true }).first()).toBeVisible();
  await expect(section).toContainText(/300\s000\skr/);
  await expect(section).toContainText('13 mars 2031');

  // Skapa insats: confirmed, then the focus is on the new intervention's link.
  await section.getByRole('button', { name: 'Skapa insats' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Skapa insatsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Insatsen är skapad.' })).toBeVisible();
  const link = section.getByRole('link', { name: `Öppna insatsen ${title}` });
  await expect(link).toBeFocused();
  await expectAccessible(page);
  // Reflow: the section fits 320 px without sideways scrolling.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The intervention has the application's goals and its budget for 2031.
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('rowheader', { name: 'Fyrtio deltagare under året' })).toBeVisible();
  await expect(
    page.getByRole('rowheader', { name: 'Ett gemensamt arbetssätt mellan parterna' }),
  ).toBeVisible();
  await expect(page.getByText(/300\s000\skr/).first()).toBeVisible();
});
