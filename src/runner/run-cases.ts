// Runs code against test cases in a loaded Pyodide, through harness.py. Shared by the browser
// worker and the Node verification script, so both judge answers the same way.
import type { TestCase } from '../domain/bank/schema';

export interface CaseResult {
  passed: boolean;
  /** repr() of what the code returned, or null when it raised. */
  actual: string | null;
  expected: string;
  stdout: string;
  /** Traceback of an exception, from the learner's code down. */
  error: string | null;
}

export interface RunOutput {
  /** The code itself failed to run (syntax error, exception at import time). */
  error: string | null;
  stdout: string;
  cases: CaseResult[];
}

/** The part of the Pyodide API the runner needs. */
export interface PythonRuntime {
  runPython(code: string): unknown;
}

export function installHarness(runtime: PythonRuntime, harness: string): void {
  runtime.runPython(harness);
}

export function runCases(runtime: PythonRuntime, code: string, cases: readonly TestCase[]): RunOutput {
  const run = runtime.runPython('_bridge_run') as ((code: string, cases: string) => string) & { destroy?: () => void };
  try {
    return JSON.parse(run(code, JSON.stringify(cases))) as RunOutput;
  } finally {
    run.destroy?.();
  }
}
