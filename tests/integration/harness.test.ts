// The Python harness in a real Pyodide (the same code runs in the browser worker).
import { readFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { installHarness, runCases, type PythonRuntime } from '../../src/runner/run-cases';

let python: PythonRuntime;
beforeAll(async () => {
  python = await loadPyodide();
  installHarness(python, readFileSync(new URL('../../src/runner/harness.py', import.meta.url), 'utf8'));
}, 60_000);

const run = (code: string, ...cases: [string, string][]) => runCases(python, code, cases.map(([expression, expected]) => ({ expression, expected })));

describe('harness', () => {
  it('passes and fails cases, with expected and actual as Python reprs', () => {
    const out = run('def add(a, b):\n    return a + b', ['add(1, 2)', '3'], ['add("a", "b")', '"ab"'], ['add(1, 1)', '3']);
    expect(out.error).toBeNull();
    expect(out.cases.map((c) => c.passed)).toEqual([true, true, false]);
    expect(out.cases[1]).toMatchObject({ actual: "'ab'", expected: "'ab'" });
    expect(out.cases[2]).toMatchObject({ actual: '2', expected: '3' });
  });

  it('compares floats with a relative tolerance of 1e-6, recursively, and keeps types strict', () => {
    const out = run(
      'def f(x):\n    return x',
      ['f(0.1 + 0.2)', '0.3'],
      ['f([1.0000001, (2.0, 3)])', '[1.0, (2.0, 3)]'],
      ['f(1.001)', '1.0'],
      ['f([1, 2])', '(1, 2)'],
      ['f(True)', '1'],
      ['f({"a": 0.5})', '{"a": 0.5000000001}'],
      ['f(float("nan"))', 'float("nan")'],
    );
    expect(out.cases.map((c) => c.passed)).toEqual([true, true, false, false, false, true, true]);
  });

  it('gives the traceback of an exception from the learner’s code, with the line', () => {
    const out = run('def f(xs):\n    return xs[10]', ['f([1])', '1']);
    expect(out.cases[0].passed).toBe(false);
    expect(out.cases[0].error).toContain('IndexError');
    expect(out.cases[0].error).toContain('return xs[10]');
    expect(out.cases[0].error).not.toContain('_bridge_run');
  });

  it('reports code that does not even run', () => {
    const out = run('def f(:\n    pass', ['f()', '1']);
    expect(out.error).toContain('SyntaxError');
    expect(out.cases).toEqual([]);
  });

  it('captures what each case prints, separately', () => {
    const out = run('def f(x):\n    print("seen", x)\n    return x', ['f(1)', '1'], ['f(2)', '2']);
    expect(out.cases.map((c) => c.stdout)).toEqual(['seen 1\n', 'seen 2\n']);
  });

  it('gives every run a fresh namespace', () => {
    run('secret = 42', ['secret', '42']);
    const out = run('x = 1', ['secret', '42']);
    expect(out.cases[0].error).toContain('NameError');
  });
});
