import { expect, test, type Page } from '@playwright/test';
import { readBank } from '../../scripts/read-bank';

const question = readBank().questions.find((q) => q.id === 'coding-stable-softmax-cross-entropy')!;

async function openTryIt(page: Page) {
  await page.goto(`/library/${question.id}`);
  await page.getByText('Try it (not recorded as a review)').click();
  await expect(page.getByRole('textbox', { name: /Your Python code/ })).toBeVisible();
}

async function setCode(page: Page, code: string) {
  const editor = page.getByRole('textbox', { name: /Your Python code/ });
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await editor.fill(code);
}

test('a correct solution passes every visible and hidden case', async ({ page }) => {
  await openTryIt(page);
  await setCode(page, question.coding!.solution);
  await page.getByRole('button', { name: 'Run tests' }).click();
  const visible = question.coding!.tests.visible.length;
  await expect(page.getByText(`${visible} of ${visible} tests passed`)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Submit' }).click();
  const total = visible + question.coding!.tests.hidden.length;
  await expect(page.getByText(`${total} of ${total} tests passed`)).toBeVisible();
});

test('the starter code fails with its traceback shown', async ({ page }) => {
  await openTryIt(page);
  await page.getByRole('button', { name: 'Run tests' }).click();
  await expect(page.getByText(/0 of \d+ tests passed/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('NotImplementedError').first()).toBeVisible();
});

test('an endless loop times out within 7 s and the page stays responsive', async ({ page }) => {
  await openTryIt(page);
  // Warm the runtime first so that the measurement is of the time limit, not of loading Python.
  await page.getByRole('button', { name: 'Run tests' }).click();
  await expect(page.getByText(/tests passed/)).toBeVisible({ timeout: 30_000 });
  await setCode(page, 'while True:\n    pass\n');
  const started = Date.now();
  await page.getByRole('button', { name: 'Submit' }).click();
  // While Python spins in its worker, the page still answers.
  await page.getByText('Hints (').click();
  await expect(page.getByRole('listitem').filter({ hasText: question.hints[0].slice(0, 20) })).toBeVisible();
  await expect(page.getByText('Timed out')).toBeVisible({ timeout: 7_000 });
  expect(Date.now() - started).toBeLessThan(7_000);
  // A fresh worker takes over: the next run works.
  await setCode(page, question.coding!.solution);
  await page.getByRole('button', { name: 'Run tests' }).click();
  await expect(page.getByText(/(\d+) of \1 tests passed/)).toBeVisible({ timeout: 30_000 });
});

test('with the network off, after the runtime was loaded once, tests run again', async ({ page, context }) => {
  await openTryIt(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByRole('button', { name: 'Run tests' }).click();
  await expect(page.getByText(/tests passed/)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(async () => (await (await caches.open('pyodide-runtime')).keys()).length)).toBe(4);

  await context.setOffline(true);
  await page.reload();
  await openTryIt(page);
  await setCode(page, question.coding!.solution);
  await page.getByRole('button', { name: 'Run tests' }).click();
  const visible = question.coding!.tests.visible.length;
  await expect(page.getByText(`${visible} of ${visible} tests passed`)).toBeVisible({ timeout: 30_000 });
});

test('in practice, a submitted coding answer is rated and its code and test results are kept', async ({ page }) => {
  // The first two new questions of a fresh learner: a behavioral warm-up, then a coding warm-up.
  await page.goto('/settings');
  await page.getByLabel('New questions per day').fill('2');
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto('/practice');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'Good' }).click();

  await expect(page.getByRole('textbox', { name: /Your Python code/ })).toBeVisible();
  const title = await page.locator('#question-title').textContent();
  const coding = readBank().questions.find((q) => q.title === title)!;
  await setCode(page, coding.coding!.solution);
  await page.getByRole('button', { name: 'Submit' }).click();
  const total = coding.coding!.tests.visible.length + coding.coding!.tests.hidden.length;
  await expect(page.getByText(`Tests: ${total} of ${total} passed.`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
  // Rated with the keyboard contract's "3" (Good).
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

  await page.goto(`/library/${coding.id}`);
  await expect(page.getByRole('cell', { name: `${total} of ${total}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your attempts' }).locator('pre')).toContainText(coding.coding!.solution.split('\n')[0]);
});
