import { expect, test } from '@playwright/test';
import { questionHeading } from './helpers';

// Chromium applies a quota override to storage opened after it, so the quota is set before the
// first visit and lifted before a reload.
test('with the browser’s storage full, practice says so in plain words, and works once there is room', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  const origin = 'http://localhost:4173';
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await page.goto('/practice');
  await expect(page.getByRole('alert')).toHaveText(/^Could not start today’s session: the browser’s storage for Bridge is full\./);

  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.reload();
  await expect(questionHeading(page)).toHaveText(/^Question 1 of/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Good' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(questionHeading(page)).toHaveText(/^Question 2 of/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
