import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** Rates the next questions, each time waiting until the rating is stored and the next one shows. */
async function answerAll(page: Page, ratings: string[]) {
  for (const rating of ratings) {
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: rating }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(heading!);
  }
}

test('export, clear all site data, import: Today, the library history and the settings come back identical', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('New questions per day').fill('4');
  await page.getByLabel('Desired retention').fill('0.93');
  await page.getByLabel('Dark').check();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto('/practice');
  const first = (await page.locator('#question-title').textContent())!;
  await answerAll(page, ['Again', 'Good']);
  await page.goto('/');
  await expect(page.getByText(/Day streak/)).toBeVisible();
  const todayBefore = await page.locator('main').innerText();

  await page.goto('/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  const file = join(tmpdir(), `bridge-e2e-${Date.now()}.json`);
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'bridge-backup', data: { attempts: [{}, {}] } });

  // Clear all site data, as the browser would on eviction.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' });
  await page.goto('/');
  await expect(page.getByText(/0 due and 10 new questions today/)).toBeVisible();

  await page.goto('/settings');
  await page.getByLabel('Import backup').setInputFiles(file);
  await expect(page.getByRole('group', { name: 'Import preview' })).toContainText('2 attempts');
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText('Backup imported: your data was replaced.')).toBeVisible();

  await page.goto('/');
  await expect.poll(() => page.locator('main').innerText()).toBe(todayBefore);
  await page.goto('/settings');
  await expect(page.getByLabel('New questions per day')).toHaveValue('4');
  await expect(page.getByLabel('Desired retention')).toHaveValue('0.93');
  await expect(page.getByLabel('Dark')).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Automatic backups' })).toBeVisible();
  await page.goto('/library');
  await page.getByRole('link', { name: first, exact: true }).click();
  await expect(page.getByRole('cell', { name: 'Again' })).toBeVisible();

  // The automatic backup taken before the import holds the empty data it replaced, and restores it.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/^Restored the automatic backup of /)).toBeVisible();
  await page.goto('/');
  await expect(page.getByText(/0 due and 10 new questions today/)).toBeVisible();
});

test('a bad backup file is refused with where and why, and nothing changes', async ({ page }) => {
  await page.goto('/practice');
  await answerAll(page, ['Good']);
  await page.goto('/');
  await expect(page.getByText(/Day streak/)).toBeVisible();
  const todayBefore = await page.locator('main').innerText();

  const file = join(tmpdir(), `bridge-bad-${Date.now()}.json`);
  const valid = readFileSync(new URL('../fixtures/backups/valid.json', import.meta.url), 'utf8');
  const bad = JSON.parse(valid);
  bad.data.attempts[1].rating = 7;
  writeFileSync(file, JSON.stringify(bad));
  await page.goto('/settings');
  await page.getByLabel('Import backup').setInputFiles(file);
  await expect(page.getByRole('alert')).toContainText('attempts[1].rating');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await page.goto('/');
  await expect.poll(() => page.locator('main').innerText()).toBe(todayBefore);
});

test('two tabs stay consistent: a rating in one updates Today in the other', async ({ context }) => {
  const today = await context.newPage();
  await today.goto('/');
  await expect(today.getByText(/0 due and 10 new questions today/)).toBeVisible();
  const practice = await context.newPage();
  await practice.goto('/practice');
  await answerAll(practice, ['Good']);
  await expect(today.getByText(/0 due and 9 new questions today/)).toBeVisible();
  await expect(today.getByText('Day streak: 1')).toBeVisible();
});

test('a tab running an older version stops writing when a newer one opens the database, and says so', async ({ context }) => {
  const old = await context.newPage();
  await old.goto('/');
  await expect(old.getByText(/Day streak/)).toBeVisible();
  const newer = await context.newPage();
  await newer.goto('/');
  // A newer app version upgrades the database schema.
  await newer.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('bridge', 1000);
        request.onsuccess = () => (request.result.close(), resolve());
        request.onerror = () => reject(request.error);
      }),
  );
  await expect(old.getByRole('alert')).toContainText('Bridge was updated in another tab');
  await expect(old.getByRole('button', { name: 'Reload' })).toBeVisible();
});
