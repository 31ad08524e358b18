import { useEffect } from 'react';
import { Link } from 'wouter';
import { questionById } from '../../data/bank';
import type { PracticeSession } from '../../domain/practice/session';
import { formatInterval } from '../../domain/scheduler/format-interval';
import { RATING_LABELS, RATINGS } from '../../domain/scheduler/memory';
import { formatClock } from '../../ui/timer';

export function SessionSummary({ session, onUndo }: { session: PracticeSession; onUndo: () => void }) {
  const now = Date.now();
  const { results } = session;

  // After a completed session there is history worth keeping: ask the browser not to evict it.
  useEffect(() => {
    if (results.length > 0) void navigator.storage?.persist?.();
  }, [results.length]);
  const totalMs = results.reduce((sum, r) => sum + r.durationMs, 0);
  const nextDue = results.length > 0 ? Math.min(...results.map((r) => r.nextDue)) : null;
  return (
    <>
      <h1 tabIndex={-1}>Session complete</h1>
      {results.length === 0 ? (
        <p>Nothing was due. New questions arrive tomorrow.</p>
      ) : (
        <>
          <dl className="stats">
            <dt>Answered</dt>
            <dd>{results.length}</dd>
            <dt>Ratings</dt>
            <dd>{RATINGS.map((r) => `${RATING_LABELS[r]} ${results.filter((x) => x.rating === r).length}`).join(', ')}</dd>
            <dt>Time</dt>
            <dd>{formatClock(totalMs)}</dd>
            <dt>Next due</dt>
            <dd>{nextDue === null ? '—' : `in ${formatInterval(nextDue - now)} (${new Date(nextDue).toLocaleDateString()})`}</dd>
          </dl>
          <h2>Questions</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Rating</th>
                <th scope="col">Time</th>
                <th scope="col">Next</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.attemptId}>
                  <td>
                    <Link href={`/library/${r.questionId}`}>{questionById.get(r.questionId)?.title ?? r.questionId}</Link>
                  </td>
                  <td>{RATING_LABELS[r.rating]}</td>
                  <td>{formatClock(r.durationMs)}</td>
                  <td>in {formatInterval(r.nextDue - now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="row" style={{ marginTop: '1.5rem' }}>
        <Link href="/" className="button primary">
          Back to Today
        </Link>
        {results.length > 0 && (
          <button type="button" onClick={onUndo}>
            Undo
          </button>
        )}
      </p>
    </>
  );
}
