import { expect, test } from '@playwright/test';
import { questionHeading, tabTo } from './helpers';

test('a new user completes a daily session of three questions by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();

  // Settings: three new questions a day, reached and typed with the keyboard.
  await tabTo(page, 'Settings');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await tabTo(page, 'New questions per day');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('3');
  await expect(page.getByText('Saved.')).toBeVisible();

  await tabTo(page, 'Today');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/0 due and 3 new questions today/)).toBeVisible();
  await tabTo(page, 'Start practice');
  await page.keyboard.press('Enter');

  const titles: string[] = [];
  for (let i = 1; i <= 3; i++) {
    await expect(questionHeading(page)).toHaveText(`Question ${i} of 3`);
    titles.push((await page.locator('#question-title').textContent()) ?? '');
    await page.keyboard.press(i === 2 ? 'Enter' : 'Space');
    await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Good' })).toBeVisible();
    await page.keyboard.press(String(i === 3 ? 4 : 3));
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await expect(page.getByText('Good 2')).toBeVisible();
  expect(new Set(titles).size).toBe(3);

  // Undo from the summary goes back to the last question, revealed.
  await page.keyboard.press('u');
  await expect(questionHeading(page)).toHaveText('Question 3 of 3');
  await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await expect(page.getByText('Good 3')).toBeVisible();

  await page.goto('/');
  await expect(page.getByText(/0 due and 0 new questions today/)).toBeVisible();
  await expect(page.getByText('Day streak: 1')).toBeVisible();
});

test('Space and Enter typed in the answer box stay text; Ctrl+Enter shows the answer', async ({ page }) => {
  await page.goto('/practice');
  await expect(questionHeading(page)).toHaveText(/Question 1 of/);
  await page.getByLabel(/Your answer/).fill('');
  await page.getByLabel(/Your answer/).pressSequentially('p99 under 100 ms, 3 replicas');
  await page.getByLabel(/Your answer/).press('Enter');
  await expect(page.getByRole('heading', { name: 'Model answer' })).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
  await expect(page.getByText('p99 under 100 ms, 3 replicas')).toBeVisible();
});
