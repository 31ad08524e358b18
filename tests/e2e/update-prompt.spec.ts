import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const swFile = new URL('../../dist/sw.js', import.meta.url);

test('a new version waits for the learner: it says so and reloads only on "Reload"', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });

  const original = readFileSync(swFile, 'utf8');
  try {
    // A new deployment: the service worker script changes on the server.
    writeFileSync(swFile, `${original}\n// next version\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(page.getByText('New version available')).toBeVisible();
    await page.waitForTimeout(1000);
    expect(navigations).toBe(0);

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => navigations).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
    await expect(page.getByText('New version available')).toHaveCount(0);
  } finally {
    writeFileSync(swFile, original);
  }
});
