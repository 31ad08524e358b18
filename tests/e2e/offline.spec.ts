import { expect, test } from '@playwright/test';
import { questionHeading, setNewPerDay } from './helpers';

test('after a first visit the app loads and a whole session works offline', async ({ page, context }) => {
  await setNewPerDay(page, 2);
  await page.goto('/');
  // The service worker is active once every file of the app is precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await page.getByRole('button', { name: 'Start practice' }).click();
  for (let i = 1; i <= 2; i++) {
    await expect(questionHeading(page)).toHaveText(`Question ${i} of 2`);
    await expect(page.getByTestId('question-prompt')).not.toBeEmpty();
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: 'Good' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

  // Other pages load from the cache too.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
});
