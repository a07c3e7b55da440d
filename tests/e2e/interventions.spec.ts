import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/expect-accessible.ts';
import { logInAt } from './support/log-in.ts';

test('an editor registers an intervention with a goal, reports a half-year (a wrong sum is refused in Swedish), and finds the computed goal figure in the printable report', async ({
  page,
}) => {
  // Seven pages, each checked with axe: over 30 s on a busy shared machine (fails so at HEAD too).
  test.slow();
  const name = `Unga till arbete ${Date.now()}`;
  await logInAt(page, 'editor@gavleborg.demo', '/f/gavleborg');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Insatser' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Insatser' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Supported Employment coach Gävle' })).toBeVisible();
  await expectAccessible(page);

  // Register an individual-level intervention.
  await page.getByRole('link', { name: 'Registrera insats' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrera insats' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Namn', { exact: true }).fill(name);
  await page.getByLabel('Individinriktad').check();
  await page.getByLabel('Syfte').fill('Stöd till arbete för unga vuxna.');
  await page.getByLabel('Unga vuxna 16–29 år').check();
  await page.getByLabel('Individual Placement and Support (IPS)').check();
  await page.getByLabel('Startdatum').fill('2019-01-01');
  await page.getByRole('button', { name: 'Registrera', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectAccessible(page);

  // A goal: at least 40 % of those who ended to work or studies.
  await page.getByRole('button', { name: 'Lägg till mål' }).click();
  await page.getByLabel('Typ av mål').selectOption({ label: 'Andel' });
  await page.getByLabel('Beskrivning').fill('Minst 40 % ska gå vidare till arbete eller studier.');
  await page.getByLabel('Vad som mäts').selectOption({ label: 'Andel avslutade till arbete eller studier' });
  await page.getByLabel('Målvärde (procent)').fill('40');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Mål' })).toContainText('Minst 40 % ska gå vidare');
  await expectAccessible(page);

  // Report H1 2019, with one inconsistent number: 3 women + 4 men is not 8.
  await page.getByRole('link', { name: 'Rapportera period' }).click();
  await page.getByLabel('Period', { exact: true }).fill('2019-H1');
  await page.getByRole('button', { name: 'Hämta perioden' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2019-H1' })).toBeVisible();
  const cells: [string, string][] = [
    ['Nya deltagare, Totalt', '8'],
    ['Nya deltagare, Kvinnor', '3'],
    ['Nya deltagare, Män', '4'],
    ['Nya deltagare, Annat/okänt', '0'],
    ['Pågående sedan tidigare, Totalt', '3'],
    ['Pågående sedan tidigare, Kvinnor', '1'],
    ['Pågående sedan tidigare, Män', '2'],
    ['Pågående sedan tidigare, Annat/okänt', '0'],
    ['Avslutade, Totalt', '5'],
    ['Avslutade, Kvinnor', '2'],
    ['Avslutade, Män', '3'],
    ['Avslutade, Annat/okänt', '0'],
  ];
  for (const [label, value] of cells) await page.getByLabel(label, { exact: true }).fill(value);
  const outcomes: [string, [number, number]][] = [
    ['Arbete', [1, 1]],
    ['Studier', [0, 1]],
    ['Arbetssökande', [0, 0]],
    ['Annan planering', [1, 1]],
  ];
  for (const [outcome, [women, men]] of outcomes) {
    await page.getByLabel(`${outcome}, Totalt`, { exact: true }).fill(String(women + men));
    await page.getByLabel(`${outcome}, Kvinnor`, { exact: true }).fill(String(women));
    await page.getByLabel(`${outcome}, Män`, { exact: true }).fill(String(men));
    await page.getByLabel(`${outcome}, Annat/okänt`, { exact: true }).fill('0');
  }
  await page.getByLabel('Resultat').fill('Tre av fem avslutade gick till arbete eller studier.');
  await page.getByRole('button', { name: 'Spara perioden' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Siffrorna sparades inte');
  await expect(summary).toContainText('Kvinnor, män och annat/okänt summerar inte till totalen.');
  const newTotal = page.getByLabel('Nya deltagare, Totalt', { exact: true });
  await expect(newTotal).toHaveAttribute('aria-invalid', 'true');
  await expect(newTotal).toHaveAccessibleDescription(
    'Kvinnor, män och annat/okänt summerar inte till totalen.',
  );
  await expectAccessible(page);

  // Correct it and save.
  await newTotal.fill('7');
  await page.getByRole('button', { name: 'Spara perioden' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rapporterade perioder' })).toContainText('2019-H1');
  // 3 of 5 ended to work or studies = 60 %, against at least 40 %.
  await expect(page.getByRole('table', { name: 'Mål och uppföljning 2019-H1' })).toContainText(
    '60 % (3 av 5)',
  );

  // The printable report for the half-year has it with its computed goal figure.
  await page.getByRole('link', { name: 'Mål och resultat' }).click();
  await expect(page).toHaveURL(/\/rapporter\/mal-och-resultat/);
  await page.getByLabel('Period', { exact: true }).fill('2019-H1');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mål och resultat av insatser 2019-H1' }),
  ).toBeVisible();
  const entry = page.getByRole('table', { name });
  await expect(entry).toContainText('Minst 40 % ska gå vidare till arbete eller studier.');
  await expect(entry).toContainText('60 % (3 av 5)');
  await expect(entry).toContainText('Uppnått');
  await expect(page.getByRole('table', { name: 'Trisam individ' })).toContainText('559 av 800 (70 %)');
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await expectAccessible(page);

  // Excel export downloads a workbook.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Excel' }).click();
  expect((await download).suggestedFilename()).toBe('mal-och-resultat-gavleborg-2019-H1.xlsx');
});

test('the Uppföljning Finsam figures and the local groups are readable by a viewer, who cannot change them', async ({
  page,
}) => {
  await logInAt(
    page,
    'viewer@gavleborg.demo',
    '/f/gavleborg/insatser/rapporter/uppfoljning-finsam?period=2019-H1',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Uppföljning Finsam 2019-H1' })).toBeVisible();
  const individual = page.getByRole('table', { name: 'Individinriktade insatser' });
  await expect(individual.getByRole('row', { name: /Supported Employment coach Gävle/ })).toContainText('20');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Lokala samverkansgrupper' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lokala samverkansgrupper' })).toBeVisible();
  const groups = page.getByRole('table', { name: 'Lokala samverkansgrupper 2019' });
  await expect(groups.getByRole('row', { name: /Mysam Gävle/ })).toContainText('1 828 035 kr');
  await expect(groups.getByRole('button')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Register' }).click();
  await expect(page.getByRole('link', { name: 'Registrera insats' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Trisam individ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trisam individ' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Mål och uppföljning 2019-H1' })).toContainText(
    '559 av 800 (70 %)',
  );
  await expectAccessible(page);
});

test('an editor publishes a demo intervention in the national catalogue, finds it with a Swedish search, and unpublishes it', async ({
  page,
}) => {
  // Six pages and dialogs, each checked with axe: more than the default 30 s on a busy machine.
  test.slow();
  const name = 'Naturbaserad grön rehabilitering';
  const searchCatalogue = async (query: string) => {
    await page.goto('/katalog');
    await expect(page.getByRole('heading', { level: 1, name: 'Insatskatalog' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Sök' }).fill(query);
    await page.getByRole('searchbox', { name: 'Sök' }).press('Enter');
  };
  await logInAt(page, 'editor@gavleborg.demo', '/f/gavleborg/insatser');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const interventionUrl = page.url();
  const section = page.getByRole('region', { name: 'Nationella insatskatalogen' });
  await expect(section).toContainText('Insatsen är inte publicerad i katalogen.');

  // Publishing asks first, saying what every förbund will see.
  await section.getByRole('button', { name: 'Publicera i katalogen' }).click();
  const publishDialog = page.getByRole('dialog', { name: `Publicera ${name} i katalogen?` });
  await expect(publishDialog).toContainText('Antal från 1 till 4 visas som ”..”');
  await expectAccessible(page);
  await publishDialog.getByRole('button', { name: 'Publicera i katalogen' }).click();
  await expect(publishDialog).toBeHidden();
  await expect(section).toContainText('Insatsen är publicerad i katalogen sedan');
  await expect(section.getByRole('heading', { name: 'Nationella insatskatalogen' })).toBeFocused();
  await expectAccessible(page);
  await section.getByRole('link', { name: 'Visa insatsen i katalogen' }).click();
  await expect(page).toHaveURL(/\/katalog\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const entryUrl = page.url();

  // Swedish full text: "gröna rehabiliteringen" finds "grön rehabilitering".
  await searchCatalogue('gröna rehabiliteringen i Hofors');
  await expect(page.getByRole('heading', { level: 2, name: '1 insats' })).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expectAccessible(page);

  // Unpublishing asks too, and the entry is gone at once.
  await page.goto(interventionUrl);
  await section.getByRole('button', { name: 'Avpublicera' }).click();
  const unpublishDialog = page.getByRole('dialog', { name: `Avpublicera ${name}?` });
  await expectAccessible(page);
  await unpublishDialog.getByRole('button', { name: 'Avpublicera' }).click();
  await expect(section).toContainText('Insatsen är inte publicerad i katalogen.');
  await expect(section.getByRole('status')).toHaveText('Insatsen är borttagen ur katalogen.');
  await expectAccessible(page);

  await page.goto(entryUrl);
  // An unpublished entry's address names nothing: the not-found page, saying why.
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Insatsen finns inte i katalogen.');
  await searchCatalogue('gröna rehabiliteringen i Hofors');
  await expect(page.getByRole('heading', { level: 2, name: '0 insatser' })).toBeVisible();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
});
