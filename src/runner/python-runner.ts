// The page's side of the Python worker: one run at a time, a time limit on each run (the
// worker is terminated and a fresh one started), and the runtime loaded before the clock starts.
import type { TestCase } from '../domain/bank/schema';
import type { RunRequest, WorkerLike, WorkerMessage } from './protocol';
import type { RunOutput } from './run-cases';

export type RunResult =
  | { status: 'done'; output: RunOutput; ms: number }
  | { status: 'timeout'; ms: number }
  | { status: 'failed'; message: string };

export interface RunnerOptions {
  createWorker: () => WorkerLike;
  timeoutMs?: number;
  clock?: () => number;
}

interface Live {
  worker: WorkerLike;
  ready: Promise<void>;
  pending: Map<number, (message: WorkerMessage) => void>;
}

export function createPythonRunner({ createWorker, timeoutMs = 5000, clock = () => performance.now() }: RunnerOptions) {
  let live: Live | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Live {
    const worker = createWorker();
    const pending = new Map<number, (message: WorkerMessage) => void>();
    const ready = new Promise<void>((resolve, reject) => {
      worker.onmessage = ({ data }) => {
        if (data.type === 'ready') resolve();
        else if (data.type === 'load-failed') reject(new Error(data.message));
        else pending.get(data.id)?.(data);
      };
      worker.onerror = (event) => {
        const error = new Error(event.message || 'the Python worker failed');
        reject(error);
        for (const settle of pending.values()) settle({ type: 'failed', id: 0, message: error.message });
      };
    });
    ready.catch(() => {});
    return { worker, ready, pending };
  }

  function restart() {
    live?.worker.terminate();
    live = start();
  }

  async function runNow(code: string, cases: TestCase[]): Promise<RunResult> {
    live ??= start();
    const current = live;
    try {
      await current.ready;
    } catch (error) {
      live = null;
      return { status: 'failed', message: `Python could not start: ${(error as Error).message}` };
    }
    const id = nextId++;
    const started = clock();
    return new Promise<RunResult>((resolve) => {
      const timer = setTimeout(() => {
        current.pending.delete(id);
        restart();
        resolve({ status: 'timeout', ms: clock() - started });
      }, timeoutMs);
      current.pending.set(id, (message) => {
        clearTimeout(timer);
        current.pending.delete(id);
        if (message.type === 'done') resolve({ status: 'done', output: message.output, ms: clock() - started });
        else if (message.type === 'failed') {
          if (live === current) live = null;
          resolve({ status: 'failed', message: message.message });
        }
      });
      current.worker.postMessage({ id, code, cases } satisfies RunRequest);
    });
  }

  return {
    /** Runs `code` and then each case; runs queue up behind each other. */
    run(code: string, cases: TestCase[]): Promise<RunResult> {
      const result = queue.then(() => runNow(code, cases));
      queue = result;
      return result;
    },
    /** Starts the runtime in the background, so that the first run is quick. */
    warmUp(): void {
      live ??= start();
    },
    dispose(): void {
      live?.worker.terminate();
      live = null;
    },
  };
}

export type PythonRunner = ReturnType<typeof createPythonRunner>;
