import type { TestCase } from '../domain/bank/schema';
import type { CaseResult } from '../runner/run-cases';
import type { RunResult } from '../runner/python-runner';

function Failure({ result }: { result: CaseResult }) {
  return (
    <>
      <div>
        Expected <code>{result.expected}</code>
        {result.actual !== null && (
          <>
            , got <code>{result.actual}</code>
          </>
        )}
      </div>
      {result.error && <pre tabIndex={0}>{result.error}</pre>}
    </>
  );
}

interface Props {
  result: RunResult;
  visible: readonly TestCase[];
  hidden: readonly TestCase[];
  /** Failed hidden cases show their input only once the model answer is revealed. */
  revealHidden: boolean;
}

export function TestResults({ result, visible, hidden, revealHidden }: Props) {
  if (result.status === 'timeout') {
    return (
      <p role="alert" className="panel error">
        <strong>Timed out</strong>: the code ran longer than {Math.round(result.ms / 1000)} s and was stopped. Look for a loop that never ends.
      </p>
    );
  }
  if (result.status === 'failed') {
    return (
      <p role="alert" className="panel error">
        Python failed: {result.message}
      </p>
    );
  }
  const { output } = result;
  if (output.error) {
    return (
      <div role="alert" className="panel error">
        <p>
          <strong>Your code raised an error before any test ran:</strong>
        </p>
        <pre tabIndex={0}>{output.error}</pre>
        {output.stdout && <pre tabIndex={0}>{output.stdout}</pre>}
      </div>
    );
  }
  const shown = output.cases.slice(0, visible.length);
  const hiddenResults = output.cases.slice(visible.length);
  const passed = output.cases.filter((c) => c.passed).length;
  return (
    <div role="status" aria-live="polite">
      <p>
        <strong>
          {passed} of {output.cases.length} tests passed
        </strong>
        {hiddenResults.length > 0 && ` (hidden: ${hiddenResults.filter((c) => c.passed).length} of ${hidden.length})`} in{' '}
        {Math.round(result.ms)} ms.
      </p>
      <ul className="test-results">
        {shown.map((c, i) => (
          <li key={i} className={c.passed ? 'pass' : 'fail'}>
            <strong>{c.passed ? 'Pass' : 'Fail'}</strong> <code>{visible[i].expression}</code>
            {!c.passed && <Failure result={c} />}
            {c.stdout && <pre tabIndex={0} aria-label="Printed output">{c.stdout}</pre>}
          </li>
        ))}
        {hiddenResults.map((c, i) =>
          c.passed || !revealHidden ? null : (
            <li key={`h${i}`} className="fail">
              <strong>Fail (hidden)</strong> <code>{hidden[i].expression}</code>
              <Failure result={c} />
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
