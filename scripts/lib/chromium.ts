import { chromium, type Browser, type BrowserContext } from '@playwright/test';

// Debian's Chromium (or CHROME_PATH): Playwright's own browser download is not available here.
export const launchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

/** A browser whose profile (IndexedDB, service worker, caches) lives on in `userDataDir`. */
export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { ...launchOptions, serviceWorkers: 'allow' });
}
