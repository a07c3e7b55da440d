import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logIn, logInAt } from './support/log-in.ts';
import { api } from './support/trpc-call.ts';

/**
 * Issue 21, attendance and jäv: an editor records a board meeting's attendance by keyboard (one
 * member absent, a substitute serving for another) and sees the quorum line follow and be
 * announced on saving, then declares jäv from Samsyn's suggestion on an item about an
 * intervention led by Arbetsförmedlingen; the fees page sums 2019-H1 to the half-year report's
 * 76 627 kr; a viewer reads it all without a control to change it. Axe on each page; the fees
 * page and the viewer's meeting page reflow at 320 px. The meeting (2021) and its item are made
 * through the API, so this spec does not depend on the meeting forms.
 */

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
}

/** A planned board meeting in 2021 with one item about "Supported Employment coach Gävle". */
async function meetingWithItem(page: Page): Promise<string> {
  const tenant = 'gavleborg';
  const list = await api<{ bodies: { id: string; name: string }[] }>(
    page,
    'meetings.list',
    { tenant, year: 2021 },
    'GET',
  );
  const board = list.bodies.find((body) => body.name === 'Förbundsstyrelse');
  const interventions = await api<{ id: string; name: string }[]>(
    page,
    'interventions.list',
    { tenant, includeArchived: false },
    'GET',
  );
  const intervention = interventions.find((item) => item.name === 'Supported Employment coach Gävle');
  if (!board || !intervention) throw new Error('the demo has no board or no such intervention');
  const { id } = await api<{ id: string }>(page, 'meetings.create', {
    tenant,
    bodyId: board.id,
    meetingDate: '2021-05-20',
    startsAt: '09:00',
    endsAt: '12:00',
    place: 'Gävle',
    onlineUrl: '',
    secretary: '',
  });
  const attendance = await api<{ meeting: { version: number } }>(
    page,
    'meetingAttendance.get',
    { tenant, meetingId: id },
    'GET',
  );
  await api(page, 'meetings.items.add', {
    tenant,
    meetingId: id,
    expectedVersion: attendance.meeting.version,
    title: 'Förlängning av Supported Employment',
    description: '',
    concernsKind: 'intervention',
    concernsId: intervention.id,
  });
  return `/f/gavleborg/moten/${id}`;
}

test('an editor records attendance by keyboard with a substitute serving and declares jäv from a suggestion; a viewer reads', async ({
  page,
}) => {
  await logIn(page, 'editor@gavleborg.demo');
  const meetingPath = await meetingWithItem(page);
  await page.goto(meetingPath);
  const section = page.getByRole('region', { name: 'Närvaro och arvoden', exact: true });
  const quorum = section.locator('.attendance-quorum');
  // Unrecorded: the eight members present at the board's fee, the substitutes absent.
  await expect(quorum).toHaveText('Beslutsfört: 8 av 8 ledamöter (minst 4)');
  await expect(section.getByLabel('Arvode för Tommy Berger (S) (kr)')).toHaveValue('2\u00a0200');

  // By keyboard: Eva Alner Liljedahl absent, Gabriella Persson absent, Angelica Gabrielsson serving for Eva.
  await section.getByLabel('Närvaro för Eva Alner Liljedahl').focus();
  await page.keyboard.press('ArrowDown');
  await expect(section.getByLabel('Närvaro för Eva Alner Liljedahl')).toHaveValue('absent');
  await section.getByLabel('Närvaro för Gabriella Persson').focus();
  await page.keyboard.press('ArrowDown');
  await expect(quorum).toHaveText('Beslutsfört: 6 av 8 ledamöter (minst 4)');
  const substitute = section.getByLabel('Närvaro för Angelica Gabrielsson');
  await substitute.focus();
  // absent → serving for Tommy Berger → Kenneth Axling → Eva Alner Liljedahl.
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await expect(substitute.locator('option:checked')).toHaveText('Tjänstgör för Eva Alner Liljedahl');
  await expect(quorum).toHaveText('Beslutsfört: 7 av 8 ledamöter (minst 4)');
  await expect(section.getByLabel('Arvode för Angelica Gabrielsson (kr)')).toHaveValue('2\u00a0200');
  await expect(section.getByLabel('Arvode för Eva Alner Liljedahl (kr)')).toHaveValue('');
  await section.getByRole('button', { name: 'Spara närvaro' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    section
      .getByRole('status')
      .filter({ hasText: 'Närvaron är sparad. Beslutsfört: 7 av 8 ledamöter (minst 4)' }),
  ).toBeVisible();

  // A substitute serving for a member who is present is refused beside the field, before sending.
  await substitute.selectOption({ label: 'Tjänstgör för Tommy Berger (S)' });
  await section.getByRole('button', { name: 'Spara närvaro' }).click();
  await expect(
    section.getByText('Ledamoten ersättaren tjänstgör för måste vara markerad som frånvarande.').first(),
  ).toBeVisible();
  await page.reload();

  // Jäv from Samsyn's suggestion: Arbetsförmedlingen leads the intervention.
  const conflicts = page.getByRole('region', { name: 'Jäv', exact: true });
  await expect(conflicts).toContainText('Ingen har anmält jäv i ärendet.');
  await expect(conflicts).toContainText('Gabriella Persson: Arbetsförmedlingen är huvudman för insatsen');
  await expect(conflicts).toContainText(
    'Kenneth Axling (S): Gävle kommun är samverkanspart i insatsen (platsen är kommunernas)',
  );
  await conflicts.getByRole('button', { name: 'Anmäl jäv för Gabriella Persson' }).click();
  const form = page.getByRole('form', { name: 'Anmäl jäv' });
  await expect(form.getByLabel('Vem anmäler jäv')).toHaveValue(/.+/);
  await expect(form.getByLabel('Skäl')).toHaveValue('Arbetsförmedlingen är huvudman för insatsen');
  await expect(page.getByRole('heading', { name: 'Anmäl jäv', level: 5 })).toBeFocused();
  await form.getByRole('button', { name: 'Anmäl jäv', exact: true }).click();
  await expect(conflicts.getByRole('status')).toHaveText('Jäv är anmält för Gabriella Persson.');
  await expect(conflicts.getByRole('listitem').first()).toContainText(
    'Gabriella Persson deltar inte i beslutet på grund av jäv. Skäl: Arbetsförmedlingen är huvudman för insatsen',
  );
  await expectAccessible(page);

  // The fees of 2019-H1, as the half-year report prints them.
  await page.goto('/f/gavleborg/organisation/arvoden?period=2019-H1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arvoden – Första halvåret 2019');
  await expect(page.getByText('Summa arvoden Första halvåret 2019: 76\u00a0627\u00a0kr')).toBeVisible();
  const boardFees = page.getByRole('region', { name: 'Förbundsstyrelse', exact: true });
  await expect(boardFees).toContainText('4 möten');
  // Gävleborg books fees inside Personalkostnader: no line of their own to compare with.
  await expect(boardFees).toContainText('Ingen kostnadsrad vald för arvoden');
  await expect(page.getByRole('button', { name: 'Exportera till Excel' })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // A viewer reads the attendance and the jäv, with nothing to change.
  await logInAt(page, 'viewer@gavleborg.demo', meetingPath);
  const readOnly = page.getByRole('region', { name: 'Närvaro och arvoden', exact: true });
  await expect(readOnly.locator('.attendance-quorum')).toHaveText('Beslutsfört: 7 av 8 ledamöter (minst 4)');
  await expect(readOnly.getByRole('row', { name: /Angelica Gabrielsson/ })).toContainText(
    'Tjänstgör för Eva Alner Liljedahl',
  );
  await expect(readOnly.getByRole('combobox')).toHaveCount(0);
  await expect(readOnly.getByRole('textbox')).toHaveCount(0);
  await expect(readOnly.getByRole('button')).toHaveCount(0);
  const viewerConflicts = page.getByRole('region', { name: 'Jäv', exact: true });
  await expect(viewerConflicts).toContainText('Gabriella Persson deltar inte i beslutet på grund av jäv.');
  await expect(viewerConflicts.getByRole('button')).toHaveCount(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
});
