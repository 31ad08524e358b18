// The coding side of a question: editor, "Run tests" (visible cases) and "Submit" (all cases).
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Question } from '../domain/bank/schema';
import { summarizeTests, type TestSummary } from '../domain/practice/test-summary';
import { pythonRunner } from '../runner/python';
import type { RunResult } from '../runner/python-runner';
import { TestResults } from './test-results';

const CodeEditor = lazy(() => import('./code-editor').then((m) => ({ default: m.CodeEditor })));

interface Props {
  question: Question;
  code: string;
  onCode: (code: string) => void;
  /** Called with the summary after "Submit" ran every case. */
  onSubmitted: (tests: TestSummary) => void;
  revealed: boolean;
}

export function CodingPanel({ question, code, onCode, onSubmitted, revealed }: Props) {
  const { visible, hidden } = question.coding!.tests;
  const [running, setRunning] = useState<'run' | 'submit' | null>(null);
  // `runs` numbers the results, so that tests and benchmarks can tell one run's results from the next.
  const [last, setLast] = useState<{ result: RunResult; all: boolean; runs: number } | null>(null);

  // Start Python in the background as soon as a coding question is on screen.
  useEffect(() => pythonRunner().warmUp(), []);
  useEffect(() => setLast(null), [question.id]);

  async function run(all: boolean) {
    setRunning(all ? 'submit' : 'run');
    const cases = all ? [...visible, ...hidden] : [...visible];
    const result = await pythonRunner().run(code, cases);
    setRunning(null);
    setLast((previous) => ({ result, all, runs: (previous?.runs ?? 0) + 1 }));
    if (all) {
      const passed = result.status === 'done' ? result.output.cases.map((c) => c.passed) : [];
      onSubmitted(summarizeTests(result.status, passed, visible.length, hidden.length));
    }
  }

  return (
    <div>
      <h3 id="code-label">Your code</h3>
      <Suspense fallback={<p className="muted">Loading the editor…</p>}>
        <CodeEditor
          value={code}
          label="Your Python code (Ctrl+Enter submits)"
          onChange={onCode}
          onSubmit={() => !revealed && running === null && void run(true)}
        />
      </Suspense>
      <p className="row">
        <button type="button" onClick={() => void run(false)} disabled={running !== null}>
          Run tests
        </button>
        {!revealed && (
          <button type="button" className="primary" onClick={() => void run(true)} disabled={running !== null}>
            Submit
          </button>
        )}
        <span role="status">{running === null ? '' : running === 'run' ? 'Running the visible tests…' : 'Running all tests…'}</span>
      </p>
      {last && (
        <div data-runs={last.runs}>
          <TestResults result={last.result} visible={visible} hidden={last.all ? hidden : []} revealHidden={revealed} />
        </div>
      )}
    </div>
  );
}
