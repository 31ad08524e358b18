// Messages between the page and the Python worker.
import type { TestCase } from '../domain/bank/schema';
import type { RunOutput } from './run-cases';

export interface RunRequest {
  id: number;
  code: string;
  cases: TestCase[];
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'load-failed'; message: string }
  | { type: 'done'; id: number; output: RunOutput }
  | { type: 'failed'; id: number; message: string };

/** The part of `Worker` the runner uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: RunRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}
