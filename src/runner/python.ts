// The app's one Python runner; its worker (and the runtime) start only when first asked for.
import type { WorkerLike } from './protocol';
import { createPythonRunner, type PythonRunner } from './python-runner';

let runner: PythonRunner | null = null;

export function pythonRunner(): PythonRunner {
  runner ??= createPythonRunner({
    createWorker: () => new Worker(new URL('./python-worker.ts', import.meta.url), { type: 'module' }) satisfies WorkerLike,
  });
  return runner;
}
