import { expect, type Page, test } from '@playwright/test';
import { gavleborgBoard2019 } from '@samsyn/domain/testing';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

/**
 * Issue 21, "Styrelsens arbete": Gävleborg's 2019-H1 on screen reproduces § 2 of the half-year
 * report from the demo data (the composition as printed, 4 board meetings, 76 627 kr in fees, the
 * working committee's 3 meetings, the kansli and the auditors), prints on A4 and reflows at 320 px;
 * Insjöriket, whose plan names nobody, shows its bodies without a composition. Axe at 1280 and 320 px.
 */

const path = '/f/gavleborg/organisation/styrelsens-arbete?period=2019-H1';

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
}

test('a viewer reads Gävleborg’s board work of 2019-H1 as the half-year report prints it', async ({
  page,
}) => {
  await logInAt(page, 'viewer@gavleborg.demo', path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Styrelsens arbete 2019-01-01 – 2019-06-30',
  );
  await expect(
    page
      .getByRole('navigation', { name: 'Styrelse och möten' })
      .getByRole('link', { name: 'Styrelsens arbete' }),
  ).toHaveAttribute('aria-current', 'page');

  const board = page.getByRole('region', { name: 'Förbundsstyrelse' });
  await expect(board).toContainText('Styrelsen består av åtta ordinarie ledamöter och åtta ersättare.');
  const lines = board.getByRole('listitem');
  await expect(lines).toHaveText([...gavleborgBoard2019.ordinary, ...gavleborgBoard2019.substitutes]);
  await expect(board).toContainText('Styrelsen har under perioden haft 4 möten.');
  await expect(board).toContainText(
    'Utbetalda arvoden till styrelsen för perioden har uppgått till 76 627 kr.',
  );
  await expect(page.getByRole('region', { name: 'Arbetsutskott' })).toContainText(
    'Arbetsutskottet har haft 3 möten under första halvåret 2019.',
  );
  await expect(page.getByRole('region', { name: 'Beredningsgrupp' })).toContainText(
    'Beredningsgruppen har träffats 3 gånger under perioden.',
  );
  await expect(page.getByRole('region', { name: 'Medlemssamråd' })).toContainText(
    'Samordningsförbundet har genomfört ett medlemssamråd under perioden.',
  );
  await expect(page.getByRole('region', { name: 'Kansli' })).toContainText(
    'Förbundets kansli består av förbundschef 100 %, verksamhetsutvecklare 100 % och administratör 40 %.',
  );
  await expect(page.getByRole('region', { name: 'Revisorer' }).getByRole('listitem')).toHaveText([
    'För staten: Joakim Jonsson, KPMG',
    'För Region Gävleborg och länets kommuner: Nils Westling och sakkunnigt biträde Cecilia Axelsson, PwC',
  ]);
  const table = page.getByRole('table', { name: /^Möten och arvoden per organ, Första halvåret 2019/ });
  await expect(table.getByRole('row', { name: /Förbundsstyrelse/ })).toContainText(/4\s*76\s627\skr/);
  await expectAccessible(page);

  // Another period from the picker: the second half-year had the two board meetings of August and November.
  await page.getByLabel('Period').selectOption({ label: 'Andra halvåret 2019' });
  await expect(page).toHaveURL(/styrelsens-arbete\?period=2019-H2$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Styrelsens arbete 2019-07-01 – 2019-12-31',
  );
  await expect(page.getByRole('region', { name: 'Förbundsstyrelse' })).toContainText(
    'Styrelsen har under perioden haft 2 möten.',
  );

  // Print: the picker and the sub-menu are gone, the text stays, on A4 portrait.
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Styrelsens arbete 2019-01-01 – 2019-06-30',
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByLabel('Period')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Styrelse och möten' })).toBeHidden();
  await expect(page.getByText('Styrelsen har under perioden haft 4 möten.')).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const [, width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
  expect(Number(width)).toBeCloseTo(595, -1);
  expect(Number(height)).toBeCloseTo(842, -1);
  await page.emulateMedia({ media: 'screen' });

  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByText('Styrelsen har under perioden haft 4 möten.')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test('Insjöriket’s board work shows its bodies and no composition, as its plan names nobody', async ({
  page,
}) => {
  await logInAt(page, 'viewer@insjoriket.demo', '/f/insjoriket/organisation/styrelsens-arbete?period=2020');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Styrelsens arbete 2020-01-01 – 2020-12-31',
  );
  const board = page.getByRole('region', { name: 'Styrelse', exact: true });
  await expect(board).toContainText('Styrelsen består av noll ordinarie ledamöter och noll ersättare.');
  await expect(board).toContainText('Inga platser är registrerade i organet på det datumet.');
  await expect(page.getByRole('region', { name: 'Presidium' })).toContainText(
    'Presidiet består av ordförande och vice ordförande.',
  );
  await expect(page.getByRole('region', { name: 'Presidium' })).toContainText(
    'Presidiet har haft 0 möten under 2020.',
  );
});
