import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a quick-screen mock survives a reload with the right time left and ends in a postmortem', async ({ page }) => {
  // Date.now is pinned and moved by hand; timers still run, so the clocks on screen refresh.
  let now = new Date('2026-11-27T10:00:00').getTime();
  const advance = async (minutes: number) => page.clock.setFixedTime((now += minutes * 60_000));
  await page.clock.setFixedTime(now);
  await page.goto('/mock');
  await page.getByLabel(/Quick screen \(20 min\)/).check();
  await page.getByRole('button', { name: 'Start mock' }).click();
  await expect(page.getByRole('timer', { name: 'Round' })).toHaveText('Round: 20:00 left');
  await expect(page.getByRole('timer', { name: 'Phase: Data' })).toHaveText('Phase: Data: 5:00 left');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.getByLabel('Your notes for this question').fill('Split by time, check for leakage first.');

  await advance(2);
  await expect(page.getByRole('timer', { name: 'Round' })).toHaveText('Round: 18:00 left');
  await page.getByRole('button', { name: 'Next phase: Quality' }).click();
  await advance(1.5);

  await page.reload();
  await expect(page.getByRole('timer', { name: 'Round' })).toHaveText('Round: 16:30 left');
  await expect(page.getByRole('timer', { name: 'Phase: Quality' })).toHaveText('Phase: Quality: 3:30 left');

  // Overrun a phase: the clock says so and the interviewer has asked follow-ups by then.
  await advance(5);
  await expect(page.getByRole('timer', { name: 'Phase: Quality' })).toHaveText('Phase: Quality: over by 1:30');
  await expect(page.getByText('This phase is over its 5-minute budget.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The interviewer asks' })).toBeVisible();
  await expect(page.getByText('Model answer')).toHaveCount(0);

  await page.getByRole('button', { name: 'Next phase: System design sketch' }).click();
  await page.getByRole('button', { name: 'Next phase: Behavioral' }).click();
  await page.getByRole('button', { name: 'Finish interview' }).click();

  await expect(page.getByRole('heading', { name: /^Postmortem/ })).toBeVisible();
  await expect(page.getByText('Split by time, check for leakage first.')).toBeVisible();
  for (let i = 1; i <= 4; i++) {
    const section = page.getByRole('region', { name: new RegExp(`^Question ${i}:`) });
    for (const group of await section.getByRole('group').filter({ has: page.getByRole('radio') }).all()) {
      await group.getByRole('radio', { name: 'Strong', exact: true }).check();
    }
    await section.getByRole('button', { name: 'Good' }).click();
    await expect(section.getByText('Rated Good')).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Time per phase against its budget' })).toContainText('6:30');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  await page.goto('/mocks');
  await expect(page.getByRole('cell', { name: '3.0' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.goto('/');
  // The four mock answers were reviews: they are no longer new today.
  await expect(page.getByText(/0 due and 6 new questions today/)).toBeVisible();
});
