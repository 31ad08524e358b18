// Lighthouse (mobile defaults) on every page of the built app: the median performance score of
// three runs per page, and the accessibility and best-practices scores (the budgets in DESIGN.md:
// at least 0.95, 1.0 and 1.0). Each run starts with cleared storage, like a first visit.
// Lighthouse lives in tools/lighthouse, apart from the app's dependencies; `npm run
// bench:lighthouse` installs it there. Needs `npm run build`.
import { createRequire } from 'node:module';
import { preview } from 'vite';
import { launchOptions } from './lib/chromium';
import { median } from './lib/median';

const RUNS = 3;
const PORT = 4177;
const PAGES = ['/', '/practice', '/library', '/library/data-lead-scoring-leakage-audit', '/library/coding-knn-classifier-tie-rules', '/mock', '/mocks', '/weak', '/stats', '/settings'];
const BUDGET = { performance: 0.95, accessibility: 1, 'best-practices': 1 } as const;
type Category = keyof typeof BUDGET;

const tools = createRequire(new URL('../tools/lighthouse/package.json', import.meta.url));
const { default: lighthouse } = await import(tools.resolve('lighthouse'));
const { launch } = await import(tools.resolve('chrome-launcher'));

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'error' });
const chrome = await launch({ chromePath: launchOptions.executablePath, chromeFlags: ['--headless=new', ...launchOptions.args] });
let failures = 0;
try {
  console.log('| page | performance (runs) | accessibility | best practices |\n|---|---|---:|---:|');
  for (const page of PAGES) {
    const scores: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [] };
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`http://localhost:${PORT}${page}`, { port: chrome.port, logLevel: 'error', onlyCategories: Object.keys(BUDGET) });
      for (const category of Object.keys(BUDGET) as Category[]) scores[category].push(result.lhr.categories[category].score);
    }
    const shown = (category: Category) => {
      const value = median(scores[category]);
      if (value < BUDGET[category]) failures++;
      return `${value.toFixed(2)}${value < BUDGET[category] ? ' (under budget)' : ''}`;
    };
    console.log(`| ${page} | ${shown('performance')} (${scores.performance.map((s) => s.toFixed(2)).join(', ')}) | ${shown('accessibility')} | ${shown('best-practices')} |`);
  }
} finally {
  await chrome.kill();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
console.log(failures ? `\n${failures} score(s) under budget` : '\nevery page within budget');
process.exitCode = failures ? 1 : 0;
