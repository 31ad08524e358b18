import { expect, test, type Page } from '@playwright/test';

/** Collects Content-Security-Policy violations on every page the test opens. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI} at ${location.pathname}`);
    });
  });
  return violations;
}

test('the Content-Security-Policy holds on every page, Python included, with no violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /object-src 'none'/);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'Good' }).click();
  for (const path of ['/library', '/library/data-scaling-before-split', '/settings', '/weak', '/stats', '/mocks']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await page.goto('/library/coding-stable-softmax-cross-entropy');
  await page.getByText('Try it (not recorded as a review)').click();
  await page.getByRole('button', { name: 'Run tests' }).click();
  await expect(page.getByText(/tests passed/)).toBeVisible({ timeout: 30_000 });
  await page.goto('/mock');
  await page.getByRole('button', { name: 'Start mock' }).click();
  await expect(page.getByRole('timer', { name: 'Round' })).toBeVisible();
  expect(violations).toEqual([]);

  // The watcher works and the policy bites: an injected inline script neither runs nor goes unreported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true';
    document.body.append(script);
    return 'injectedRan' in window;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBe(1);
});

test('a note with HTML and a javascript: link renders as inert text', async ({ page }) => {
  const violations = await watchCsp(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto('/library/data-scaling-before-split');
  const note = 'Remember <img src=x onerror=alert(1)> and [click me](javascript:alert(2)) and <script>alert(3)</script> but [docs](https://example.com/doc)';
  await page.getByLabel('Your note').fill(note);
  await page.getByRole('button', { name: 'Save note' }).click();
  const rendered = page.getByLabel('Your note, formatted');
  await expect(rendered).toContainText('<img src=x onerror=alert(1)>');
  await expect(rendered).toContainText('<script>alert(3)</script>');
  await expect(rendered.locator('img, script')).toHaveCount(0);
  // The javascript: link is plain text; the https link opens safely in a new tab.
  await expect(rendered.getByRole('link')).toHaveCount(1);
  await expect(rendered.getByRole('link', { name: 'docs' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(rendered.getByRole('link', { name: 'docs' })).toHaveAttribute('target', '_blank');
  await page.reload();
  await expect(page.getByLabel('Your note, formatted')).toContainText('onerror=alert(1)');
  expect(dialogs).toBe(0);
  expect(violations).toEqual([]);
});
