import { expect, test } from '@playwright/test';
import { questionHeading, setNewPerDay } from './helpers';

test('a reload in the middle of a session keeps the ratings and resumes at the same question', async ({ page }) => {
  await setNewPerDay(page, 4);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start practice' }).click();

  const rated: string[] = [];
  for (let i = 1; i <= 2; i++) {
    await expect(questionHeading(page)).toHaveText(`Question ${i} of 4`);
    rated.push((await page.locator('#question-title').textContent())!);
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: i === 1 ? 'Hard' : 'Easy' }).click();
  }
  await expect(questionHeading(page)).toHaveText('Question 3 of 4');
  const third = await page.locator('#question-title').textContent();
  await page.getByLabel(/Your answer/).fill('half-typed answer');

  await page.reload();
  await expect(questionHeading(page)).toHaveText('Question 3 of 4');
  await expect(page.locator('#question-title')).toHaveText(third!);
  await expect(page.getByLabel(/Your answer/)).toHaveValue('half-typed answer');

  // The ratings given before the reload are stored: Today counts them, the library lists them.
  await page.goto('/');
  await expect(page.getByText(/0 due and 2 new questions today/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume practice' })).toBeVisible();
  await page.goto('/library');
  await page.getByRole('link', { name: rated[0], exact: true }).click();
  await expect(page.getByRole('cell', { name: 'Hard' })).toBeVisible();

  await page.goto('/');
  await page.getByRole('button', { name: 'Resume practice' }).click();
  await expect(questionHeading(page)).toHaveText('Question 3 of 4');
});
