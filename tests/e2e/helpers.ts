import { expect, type Page } from '@playwright/test';

/** Sets the daily new-question limit through the Settings page. */
export async function setNewPerDay(page: Page, count: number) {
  await page.goto('/settings');
  await page.getByLabel('New questions per day').fill(String(count));
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

/** Presses Tab until the focused element has the given accessible name (keyboard only). */
export async function tabTo(page: Page, name: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el?.closest('label')?.textContent;
      return (el?.getAttribute('aria-label') ?? label ?? el?.textContent ?? '').trim();
    });
    if (focused.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

export const questionHeading = (page: Page) => page.getByRole('heading', { level: 1, name: /^Question \d+ of \d+$/ });
