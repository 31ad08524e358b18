import { useEffect } from 'react';
import { Link } from 'wouter';
import { useMock, useMocks } from '../../data/live';
import { repo } from '../../data/repo';
import { formatById } from '../../domain/mock/formats';
import { isReviewed, overallScore } from '../../domain/mock/mock-session';
import { formatClock } from '../../ui/timer';
import { MockPostmortem } from './mock-postmortem';

export function MockHistoryPage() {
  const mocks = useMocks();
  useEffect(() => {
    document.title = 'Past mocks — Bridge';
  }, []);
  if (!mocks) return <p className="muted">Loading…</p>;
  return (
    <>
      <h1>Past mocks</h1>
      <p>
        <Link href="/mock">Start a mock interview</Link>
      </p>
      {mocks.length === 0 ? (
        <p className="muted">No mocks yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Format</th>
              <th scope="col">Time</th>
              <th scope="col">Score (of 4)</th>
              <th scope="col">Postmortem</th>
            </tr>
          </thead>
          <tbody>
            {[...mocks].reverse().map((mock) => {
              const end = mock.endedAt ?? mock.startedAt;
              return (
                <tr key={mock.id}>
                  <td>{new Date(mock.startedAt).toLocaleString()}</td>
                  <td>{formatById(mock.format)?.name ?? mock.format}</td>
                  <td>{mock.endedAt === null ? 'in progress' : formatClock(end - mock.startedAt)}</td>
                  <td>{overallScore(mock)?.toFixed(1) ?? '—'}</td>
                  <td>
                    <Link href={`/mocks/${mock.id}`}>{isReviewed(mock) ? 'View' : 'Finish'}</Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

export function MockDetailPage({ id }: { id: string }) {
  const mock = useMock(id);
  if (mock === undefined) return <p className="muted">Loading…</p>;
  if (mock.endedAt === null) {
    return (
      <p>
        This mock is still running. <Link href="/mock">Go back to it</Link>
      </p>
    );
  }
  return <MockPostmortem mock={mock} onChange={(next) => void repo.saveMock(next)} />;
}
