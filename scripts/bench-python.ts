// Time to the first test result of a coding question in Chromium: with a cold runtime (a fresh
// browser context: Python starts when the question's editor opens) and a warm one (the next runs
// in the same page). Prints every run and the medians. Needs `npm run build`.
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import { launchChromium } from './lib/chromium';

const RUNS = 5;
const PORT = 4176;
const QUESTION = 'coding-stable-softmax-cross-entropy';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Runs in the page. A string, because tsx would add helpers that do not exist in the browser.
const TIME_RUN = `async (open) => {
  const started = performance.now();
  if (open) document.querySelector('details summary').click();
  const button = () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run tests');
  const done = () => [...document.querySelectorAll('[role=status] strong')].some((e) => /tests passed/.test(e.textContent));
  await new Promise((resolve) => {
    const waitForResult = () => (done() ? resolve() : requestAnimationFrame(waitForResult));
    const clickWhenReady = () => (button() ? (button().click(), waitForResult()) : requestAnimationFrame(clickWhenReady));
    clickWhenReady();
  });
  return performance.now() - started;
}`;

/** Clicks "Run tests" (after opening the editor when `open` is set) and waits for the results. */
function timeRun(page: Page, open: boolean): Promise<number> {
  return page.evaluate(`(${TIME_RUN})(${open})`) as Promise<number>;
}

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/library/${QUESTION}`);
    await page.getByText('Try it (not recorded as a review)').waitFor();
    cold.push(await timeRun(page, true));
    await page.getByText(/tests passed/).waitFor();
    for (let i = 0; i < RUNS; i++) {
      // Clear the previous result so that the wait sees the new one.
      await page.evaluate("document.querySelectorAll('[role=status] strong').forEach((e) => e.remove())");
      warm.push(await timeRun(page, false));
    }
    console.log(`context ${run}: cold ${cold.at(-1)!.toFixed(0)} ms, warm ${warm.slice(-RUNS).map((ms) => ms.toFixed(0)).join(' ')} ms`);
    await context.close();
  }
  console.log(`median time to first result: cold ${median(cold).toFixed(0)} ms (target < 4000), warm ${median(warm).toFixed(0)} ms (target < 300)`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
