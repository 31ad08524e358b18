// Seeds a learner with 300 cards and 50,000 attempts, then starts the built app in a fresh
// Chromium process five times and prints the time from navigation to the first question of
// today's session on screen (the app's `bridge:first-question` performance mark), and the median.
// With `--plan` the learner has an interview date 60 days ahead, so the queue is the deadline
// plan's, fitted to their last answers. Needs `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import type { Attempt } from '../src/domain/practice/attempt';
import { calendarKey } from '../src/domain/scheduler/day';
import { rate } from '../src/domain/scheduler/fsrs';
import type { Card, Rating } from '../src/domain/scheduler/memory';
import { launchProfile } from './lib/chromium';
import { median } from './lib/median';
import { readBank } from './read-bank';

const CARDS = 300;
const ATTEMPTS = 50_000;
const RUNS = 5;
const DAY = 86_400_000;
const PORT = 4175;
const PLAN = process.argv.includes('--plan');
const now = Date.now();

/** A deterministic pseudo-random generator (mulberry32), so every run seeds the same history. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every question of the bank gets a card; the rest up to 300 stand for questions of a larger bank.
function seedData() {
  const next = random(42);
  const ids = readBank().questions.map((q) => q.id);
  while (ids.length < CARDS) ids.push(`bench-question-${ids.length}`);
  const cards: Card[] = ids.map((questionId) => {
    let memory = null;
    let at = now - (60 + Math.floor(next() * 300)) * DAY;
    while (at < now - DAY) {
      memory = rate(memory, questionId, (1 + Math.floor(next() * 4)) as Rating, at, 0.9);
      at = memory.due + Math.floor(next() * 3) * DAY;
    }
    return { questionId, memory, suspended: false, starred: false, note: '' };
  });
  const attempts: Attempt[] = Array.from({ length: ATTEMPTS }, (_, i) => {
    const card = cards[i % CARDS];
    const at = now - DAY - Math.floor(next() * 365 * DAY);
    return {
      id: `bench-${i}`,
      questionId: card.questionId,
      at,
      mode: 'practice',
      rating: (1 + Math.floor(next() * 4)) as Rating,
      rubricHit: [0, 2],
      rubricTotal: 5,
      answer: 'A typed answer of a few words, as learners write them.',
      durationMs: 60_000 + Math.floor(next() * 400_000),
      // A review some days after the one before it, so the plan's calibration has work to do.
      before: { ...card.memory!, lastReview: at - (1 + Math.floor(next() * 30)) * DAY, reps: 1 + (i % 8) },
      after: card.memory!,
    };
  });
  return { cards, attempts };
}

/** Writes straight into the app's IndexedDB in one transaction: clears `clear`, then puts `put`'s records per store. */
function writeDb(page: Page, put: Record<string, unknown[]>, clear: string[] = []): Promise<void> {
  return page.evaluate(
    ({ put, clear }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bridge');
        open.onsuccess = () => {
          const tx = open.result.transaction([...clear, ...Object.keys(put)], 'readwrite');
          for (const store of clear) tx.objectStore(store).clear();
          for (const [store, records] of Object.entries(put)) for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { put, clear },
  );
}

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'silent' });
const profile = mkdtempSync(join(tmpdir(), 'bridge-bench-'));
const url = `http://localhost:${PORT}`;
try {
  const { cards, attempts } = seedData();
  const setup = await launchProfile(profile);
  const page = await setup.newPage();
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: /practice/ }).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Write the history straight into the app's IndexedDB, in batches.
  for (let i = 0; i < attempts.length; i += 10_000) {
    await writeDb(page, { cards: i === 0 ? cards : [], attempts: attempts.slice(i, i + 10_000) });
  }
  if (PLAN) await writeDb(page, { settings: [{ id: 'settings', interviewDate: calendarKey(now + 60 * DAY), dailyMinutes: 60 }] });
  await setup.close();
  console.log(`seeded ${cards.length} cards and ${attempts.length} attempts${PLAN ? ', and an interview date 60 days ahead' : ''}`);

  const times: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const context = await launchProfile(profile);
    const tab = context.pages()[0] ?? (await context.newPage());
    // Drop the saved session so that every start builds today's queue from all the data.
    await tab.goto(`${url}/settings`);
    await writeDb(tab, {}, ['sessions']);
    await tab.goto('about:blank');
    await tab.goto(`${url}/practice`);
    await tab.getByTestId('question-prompt').waitFor();
    const ms = await tab.evaluate(() => performance.getEntriesByName('bridge:first-question')[0]?.startTime ?? NaN);
    times.push(ms);
    console.log(`run ${run}: ${ms.toFixed(0)} ms`);
    await context.close();
  }
  console.log(`median time to first question: ${median(times).toFixed(0)} ms (target < 300 ms)`);
} finally {
  rmSync(profile, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
