import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunRequest, WorkerLike, WorkerMessage } from '../../../src/runner/protocol';
import { createPythonRunner } from '../../../src/runner/python-runner';
import type { RunOutput } from '../../../src/runner/run-cases';

/** A stand-in worker: records requests, answers when the test says so. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  requests: RunRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: RunRequest) {
    this.requests.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(data: WorkerMessage) {
    this.onmessage?.({ data } as MessageEvent<WorkerMessage>);
  }
}

const output: RunOutput = { error: null, stdout: '', cases: [{ passed: true, actual: '1', expected: '1', stdout: '', error: null }] };
const cases = [{ expression: 'f()', expected: '1' }];
/** Lets queued promise callbacks run (the runner starts work asynchronously). */
const tick = () => vi.advanceTimersByTimeAsync(0);

describe('python runner', () => {
  beforeEach(() => {
    FakeWorker.all = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  const runner = () => createPythonRunner({ createWorker: () => new FakeWorker(), timeoutMs: 5000, clock: () => Date.now() });

  it('waits for the runtime before sending code, and the time limit starts only then', async () => {
    const python = runner();
    const result = python.run('def f(): return 1', cases);
    await vi.advanceTimersByTimeAsync(20_000); // loading Python is not the code's time
    const [worker] = FakeWorker.all;
    expect(worker.requests).toEqual([]);
    worker.send({ type: 'ready' });
    await tick();
    expect(worker.requests).toEqual([{ id: 1, code: 'def f(): return 1', cases }]);
    worker.send({ type: 'done', id: 1, output });
    expect(await result).toMatchObject({ status: 'done', output });
  });

  it('stops a run at the time limit, terminates the worker and starts a fresh one', async () => {
    const python = runner();
    const result = python.run('while True: pass', cases);
    await tick();
    FakeWorker.all[0].send({ type: 'ready' });
    await vi.advanceTimersByTimeAsync(4999);
    expect(FakeWorker.all[0].terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toMatchObject({ status: 'timeout' });
    expect(FakeWorker.all[0].terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);

    const next = python.run('def f(): return 1', cases);
    await tick();
    FakeWorker.all[1].send({ type: 'ready' });
    await tick();
    FakeWorker.all[1].send({ type: 'done', id: 2, output });
    expect(await next).toMatchObject({ status: 'done' });
  });

  it('runs one at a time, in order', async () => {
    const python = runner();
    const first = python.run('a', cases);
    const second = python.run('b', cases);
    await tick();
    const [worker] = FakeWorker.all;
    worker.send({ type: 'ready' });
    await tick();
    expect(worker.requests.map((r) => r.code)).toEqual(['a']);
    worker.send({ type: 'done', id: 1, output });
    await first;
    await tick();
    expect(worker.requests.map((r) => r.code)).toEqual(['a', 'b']);
    worker.send({ type: 'done', id: 2, output });
    expect(await second).toMatchObject({ status: 'done' });
  });

  it('reports a runtime that cannot load, and tries a new worker next time', async () => {
    const python = runner();
    const result = python.run('x', cases);
    await tick();
    FakeWorker.all[0].send({ type: 'load-failed', message: 'no wasm' });
    expect(await result).toEqual({ status: 'failed', message: 'Python could not start: no wasm' });
    void python.run('x', cases);
    await tick();
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('ignores answers to runs that already timed out', async () => {
    const python = runner();
    const result = python.run('slow', cases);
    await tick();
    const [worker] = FakeWorker.all;
    worker.send({ type: 'ready' });
    await vi.advanceTimersByTimeAsync(5000);
    worker.send({ type: 'done', id: 1, output });
    expect(await result).toMatchObject({ status: 'timeout' });
  });

  it('warmUp starts the worker without running anything', () => {
    const python = runner();
    python.warmUp();
    python.warmUp();
    expect(FakeWorker.all).toHaveLength(1);
    expect(FakeWorker.all[0].requests).toEqual([]);
  });
});
