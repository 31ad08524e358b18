import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readBank } from '../../scripts/read-bank';

const byTitle = new Map(readBank().questions.map((q) => [q.title, q]));

test('a topic failed on purpose becomes the weakest, and Drill practises it', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('New questions per day').fill('5');
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto('/practice');

  const failedTopics = new Set<string>();
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i} of 5`);
    const question = byTitle.get((await page.locator('#question-title').textContent())!)!;
    await page.getByRole('button', { name: 'Show answer' }).click();
    if (question.area === 'behavioral') {
      question.topics.forEach((t) => failedTopics.add(t));
      await page.getByRole('button', { name: 'Again' }).click();
    } else {
      for (const box of await page.getByRole('checkbox').all()) await box.check();
      await page.getByRole('button', { name: 'Easy' }).click();
    }
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  expect(failedTopics.size).toBeGreaterThan(0);

  await page.goto('/weak');
  const weakest = page.getByRole('heading', { name: 'Weakest topics' }).locator('+ ol > li').first();
  const topic = (await weakest.locator('strong').textContent())!;
  expect(failedTopics).toContain(topic);
  await page.getByText('Mastery per topic and per rubric dimension').click();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  await page.getByRole('button', { name: 'Drill' }).click();
  await expect(page.getByText('Drill on your weakest topics')).toBeVisible();
  const drilled = byTitle.get((await page.locator('#question-title').textContent())!)!;
  expect(drilled.topics as string[]).toContain(topic);

  await page.goto('/stats');
  await expect(page.getByRole('img', { name: /Practice calendar: 1 days? with practice/ })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});
