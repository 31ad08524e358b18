import { expect, test } from '@playwright/test';
import { questionHeading } from './helpers';

test('while a rating is being saved, leaving the page asks first, and staying lets the rating land', async ({ page }) => {
  await page.goto('/practice');
  await expect(questionHeading(page)).toHaveText(/^Question 1 of/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Good' })).toBeVisible();

  // A second connection keeps a write transaction on the attempts open, so the rating must wait.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const held = window as unknown as { release: boolean };
        held.release = false;
        const open = indexedDB.open('bridge');
        open.onsuccess = () => {
          const store = open.result.transaction('attempts', 'readwrite').objectStore('attempts');
          const spin = () => {
            if (!held.release) store.get('none').onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
  await page.keyboard.press('3');

  const dialog = page.waitForEvent('dialog', { timeout: 5000 });
  const reload = page.reload({ timeout: 3000 }).catch(() => 'stayed');
  expect((await dialog).type()).toBe('beforeunload');
  await (await dialog).dismiss();
  expect(await reload).toBe('stayed');

  await page.evaluate(() => ((window as unknown as { release: boolean }).release = true));
  await expect(questionHeading(page)).toHaveText(/^Question 2 of/);
  await page.reload();
  await expect(questionHeading(page)).toHaveText(/^Question 2 of/);
});
