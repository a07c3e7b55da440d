import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './expect-accessible.ts';

/**
 * WCAG 1.4.10 reflow: the page as it is now, at 320 px wide, scrolls no sideways and passes axe;
 * the window is then back at 1280 px for the steps after.
 */
export async function expectReflow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}
