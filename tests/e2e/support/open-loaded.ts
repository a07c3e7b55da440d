import { expect, type Page } from '@playwright/test';

/**
 * Opens the page and waits until it has loaded: its heading shown and nothing still saying
 * "Laddar" (a reflow or axe check on a half-loaded page would judge the spinner, not the page).
 */
export async function openLoaded(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Laddar' })).toHaveCount(0);
  await expect(page.getByRole('main').locator('.loading-status')).toHaveCount(0);
}
