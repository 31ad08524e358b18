/// <reference lib="webworker" />
// Python in a Web Worker: Pyodide served from our own origin (/pyodide/), so it works offline
// once cached. The page terminates this worker when a run takes too long.
import { loadPyodide } from 'pyodide';
import harness from './harness.py?raw';
import type { RunRequest, WorkerMessage } from './protocol';
import { PYODIDE_CACHE, PYODIDE_FILES, PYODIDE_PATH } from './pyodide-files';
import { installHarness, runCases } from './run-cases';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage) => self.postMessage(message);

const base = new URL(PYODIDE_PATH, self.location.origin).href;
const runtime = loadPyodide({ indexURL: base }).then((pyodide) => {
  installHarness(pyodide, harness);
  return pyodide;
});
runtime.then(
  () => {
    post({ type: 'ready' });
    void keepOffline();
  },
  (error: unknown) => post({ type: 'load-failed', message: String(error) }),
);

/**
 * Puts the runtime into the service worker's cache. The worker's own fetches go through the
 * service worker only when the page was already controlled; on a first visit it was not.
 */
async function keepOffline() {
  if (!('caches' in self)) return;
  const cache = await caches.open(PYODIDE_CACHE);
  for (const name of PYODIDE_FILES) {
    if (!(await cache.match(base + name))) await cache.add(base + name);
  }
}

self.onmessage = async ({ data }: MessageEvent<RunRequest>) => {
  try {
    post({ type: 'done', id: data.id, output: runCases(await runtime, data.code, data.cases) });
  } catch (error) {
    post({ type: 'failed', id: data.id, message: String(error) });
  }
};
