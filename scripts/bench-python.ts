// Time from "Run tests" to the results of a coding question in Chromium: with a cold runtime (a
// new page: Python starts when the question's editor opens, its files already cached by an
// earlier visit) and a warm one (the next runs in the same page). Also prints the very first use,
// which downloads the runtime. Prints every run and the medians. Needs `npm run build`.
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import { launchChromium } from './lib/chromium';
import { median } from './lib/median';

const RUNS = 5;
const PORT = 4176;
const QUESTION = 'coding-stable-softmax-cross-entropy';

// Runs in the page. A string, because tsx would add helpers that do not exist in the browser.
const TIME_RUN = `async (open) => {
  const started = performance.now();
  if (open) document.querySelector('details summary').click();
  const until = (test) => new Promise((resolve) => { const poll = () => (test() ? resolve() : setTimeout(poll, 2)); poll(); });
  const button = () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run tests');
  const runs = () => Number(document.querySelector('[data-runs]')?.dataset.runs ?? 0);
  const before = runs();
  await until(button);
  button().click();
  await until(() => runs() > before);
  return performance.now() - started;
}`;

/** Clicks "Run tests" (after opening the editor when `open` is set) and waits for the results. */
function timeRun(page: Page, open: boolean): Promise<number> {
  return page.evaluate(`(${TIME_RUN})(${open})`) as Promise<number>;
}

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  // One learner's browser: the first use downloads the runtime; later pages start it from cache.
  const context = await browser.newContext();
  const open = async () => {
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/library/${QUESTION}`);
    await page.getByText('Try it (not recorded as a review)').waitFor();
    return page;
  };
  const first = await open();
  const firstUse = await timeRun(first, true);
  console.log(`first use (runtime downloaded): ${firstUse.toFixed(0)} ms`);
  await first.waitForTimeout(2000); // let the worker finish caching the runtime files
  await first.close();

  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const page = await open();
    cold.push(await timeRun(page, true));
    for (let i = 0; i < RUNS; i++) warm.push(await timeRun(page, false));
    console.log(`page ${run}: cold ${cold.at(-1)!.toFixed(0)} ms, warm ${warm.slice(-RUNS).map((ms) => ms.toFixed(0)).join(' ')} ms`);
    await page.close();
  }
  console.log(`median time to first result: cold ${median(cold).toFixed(0)} ms (target < 4000), warm ${median(warm).toFixed(0)} ms (target < 300)`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
