import { type Cookie, expect, type Page } from '@playwright/test';
import { freshDatabaseForThisFile } from './fresh-database.ts';

/** Every demo account's password (demo mode only). */
export const DEMO_PASSWORD = 'samsyn-demo';

/**
 * A spec file's first login gives it a clean clone of the demo database (support/fresh-database.ts);
 * the sessions of the database replaced are forgotten with it.
 */
async function startOfFile(): Promise<void> {
  if (await freshDatabaseForThisFile()) sessions.clear();
}

/** Fills in and sends the login form on the page the browser is on (the login page). */
export async function submitLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await startOfFile();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/**
 * Logs in through the login form and waits until the app has moved on from it. For the tests of
 * logging in and of sessions themselves (each call is a new session); the others use `logIn`.
 */
export async function logInThroughForm(page: Page, email: string): Promise<void> {
  await startOfFile();
  await page.goto('/logga-in');
  await submitLogin(page, email);
  await expect(page).not.toHaveURL(/\/logga-in/);
}

/**
 * Each account's cookies after its first login in this worker (a worker runs its specs one after
 * another against its own server and database). Logging in costs a password hash on the server and
 * two page loads; reusing the session is what a returning user's browser does.
 */
const sessions = new Map<string, Cookie[]>();

/** Whether the browser's cookies carry a live session (asked the way the app asks, `auth.me`). */
async function hasLiveSession(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const response = await fetch('/trpc/auth.me');
    const body = (await response.json()) as { result?: { data?: unknown } };
    return response.ok && Boolean(body.result?.data);
  });
}

/**
 * Logs in as `email` and leaves the page where the app sends a freshly logged-in user: the login
 * page moves a browser with a live session on to `/`. The first time in a worker, or once the
 * session has ended (a test logged out or ended other sessions), it logs in through the form.
 */
export async function logIn(page: Page, email: string): Promise<void> {
  await startOfFile();
  const cookies = sessions.get(email);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto('/logga-in');
    if (await hasLiveSession(page)) {
      await expect(page).not.toHaveURL(/\/logga-in/);
      return;
    }
    sessions.delete(email);
    await submitLogin(page, email);
    await expect(page).not.toHaveURL(/\/logga-in/);
  } else {
    // Another account's live session in this browser would move the login page on to `/`.
    await page.context().clearCookies();
    await logInThroughForm(page, email);
  }
  sessions.set(email, await page.context().cookies());
}

/**
 * Logs in as `email` and opens `path` directly, as a returning user's bookmark would: with this
 * worker's session for the account, the page itself is the first load; else the login form is
 * sent from `/logga-in?next=<path>`, which the app follows to `path`. Cheaper than `logIn` and then
 * `page.goto(path)`, which first loads the landing page (Översikt, with all its figures).
 */
export async function logInAt(page: Page, email: string, path: string): Promise<void> {
  await startOfFile();
  const cookies = sessions.get(email);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto(path);
    if (await hasLiveSession(page)) return;
    // The session has ended: the app sends the page to the login form, keeping where it was going.
    sessions.delete(email);
    await expect(page).toHaveURL(/\/logga-in/);
  } else {
    await page.context().clearCookies();
    await page.goto(`/logga-in?next=${encodeURIComponent(path)}`);
  }
  await submitLogin(page, email);
  await expect(page).not.toHaveURL(/\/logga-in/);
  sessions.set(email, await page.context().cookies());
}
