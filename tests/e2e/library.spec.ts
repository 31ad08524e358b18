import { expect, test } from '@playwright/test';

test('the library filters by area, topic, difficulty, role and text, and shows coverage', async ({ page }) => {
  await page.goto('/library');
  const shown = page.getByText(/^\d+ questions? shown$/);
  const count = async () => Number((await shown.textContent())!.split(' ')[0]);
  const all = await count();
  expect(all).toBeGreaterThanOrEqual(250);

  await page.getByRole('combobox', { name: 'Area' }).selectOption('data');
  const data = await count();
  expect(data).toBeGreaterThanOrEqual(50);
  await page.getByRole('combobox', { name: 'Topic' }).selectOption('leakage');
  expect(await count()).toBeLessThan(data);
  await page.getByRole('combobox', { name: 'Difficulty' }).selectOption('1');
  const leakageEasy = await count();
  expect(leakageEasy).toBeGreaterThan(0);
  for (const item of await page.locator('.question-list li').allTextContents()) expect(item).toContain('difficulty 1');

  await page.getByRole('combobox', { name: 'Area' }).selectOption('');
  await page.getByRole('combobox', { name: 'Difficulty' }).selectOption('');
  await page.getByRole('combobox', { name: 'Role' }).selectOption('fraud');
  expect(await count()).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'Role' }).selectOption('');

  // Text search looks inside prompts and answers, not only titles.
  await page.getByRole('searchbox', { name: 'Search' }).fill('SMOTE');
  await expect(page.getByRole('link', { name: 'Scaling and oversampling before the split' })).toBeVisible();

  await page.getByText('Coverage of the bank').click();
  await expect(page.getByRole('region', { name: 'Questions per area and difficulty' })).toBeVisible();
});
