// Prints the gzipped JavaScript the first page really loads (every script Chromium fetches
// for Today, lazy chunks included) and fails above the 150 KB budget. Needs `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { launchChromium } from './lib/chromium';

const BUDGET = 150 * 1024;
const dist = new URL('../dist/', import.meta.url);

const server = await preview({ preview: { port: 4174, strictPort: true }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto('http://localhost:4174/', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: /practice/ }).waitFor();

  let total = 0;
  for (const path of [...scripts].sort()) {
    const gzipped = gzipSync(readFileSync(new URL(`.${path}`, dist)), { level: 9 }).length;
    total += gzipped;
    console.log(`${(gzipped / 1024).toFixed(1).padStart(7)} KB  ${path}`);
  }
  console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  first-page JavaScript, gzipped (budget ${BUDGET / 1024} KB)`);
  if (total > BUDGET) {
    console.error(`over budget by ${((total - BUDGET) / 1024).toFixed(1)} KB`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
