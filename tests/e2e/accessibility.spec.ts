import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { questionHeading } from './helpers';

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `${what}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on any page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
    await expectNoViolations(page, 'Today');

    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(questionHeading(page)).toBeVisible();
    await page.getByRole('button', { name: /Show hint/ }).click();
    await expectNoViolations(page, 'Practice, question side');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('button', { name: 'Good' })).toBeVisible();
    await page.getByRole('checkbox').first().check();
    await expectNoViolations(page, 'Practice, answer side');
    await page.getByRole('button', { name: 'Good' }).click();

    await page.goto('/library');
    await expect(page.getByText(/questions shown/)).toBeVisible();
    await page.getByText('Coverage of the bank').click();
    await expectNoViolations(page, 'Library');
    await page.locator('.question-list a').nth(5).click();
    await page.getByText('Model answer, rubric, follow-ups and pitfalls').click();
    await expectNoViolations(page, 'Question page');


    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expectNoViolations(page, 'Settings');
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on a coding question with its editor and test results (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/library/coding-stable-softmax-cross-entropy');
    await page.getByText('Try it (not recorded as a review)').click();
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect(page.getByText(/tests passed/)).toBeVisible({ timeout: 30_000 });
    await expectNoViolations(page, 'Coding question with editor and test results');
  });
}

test('the theme setting overrides the system scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/settings');
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 20, 25)');
  await page.goto('/');
  await expectNoViolations(page, 'Today in dark theme on a light system');
});
