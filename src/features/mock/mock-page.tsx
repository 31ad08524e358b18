import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { questionIndex } from '../../data/bank';
import { repo } from '../../data/repo';
import { MOCK_FORMATS, totalMinutes } from '../../domain/mock/formats';
import { pickMockQuestions, RECENT_DAYS } from '../../domain/mock/pick';
import { startMock, type Mock } from '../../domain/mock/mock-session';
import { MockPostmortem } from './mock-postmortem';
import { MockRound } from './mock-round';
import { describeError } from '../../data/describe-error';

const DAY = 86_400_000;

/** Starts a mock, or resumes the one whose round or postmortem is unfinished. */
export function MockPage() {
  const [mock, setMock] = useState<Mock | null | undefined>(undefined);
  const [format, setFormat] = useState<string>(MOCK_FORMATS[0].id);
  const [hideDifficulty, setHideDifficulty] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Mock interview — Bridge';
    repo.openMock().then((open) => setMock(open ?? null), (e: unknown) => setError(describeError(e)));
  }, []);

  async function save(next: Mock) {
    setMock(next);
    try {
      await repo.saveMock(next);
      setError(null);
    } catch (e) {
      setError(`Could not save the mock: ${describeError(e)}.`);
    }
  }

  async function start() {
    const now = Date.now();
    const chosen = MOCK_FORMATS.find((f) => f.id === format)!;
    try {
      const [cards, lastSeen] = await Promise.all([repo.cards(), repo.lastSeenSince(now - RECENT_DAYS * DAY)]);
      const picked = pickMockQuestions({ slots: chosen.slots, questions: questionIndex, cards, lastSeen, now, random: Math.random });
      await save(startMock(crypto.randomUUID(), chosen, picked.map((q) => q.id), now, hideDifficulty));
    } catch (e) {
      setError(describeError(e));
    }
  }

  const alert = error && (
    <p role="alert" className="panel error">
      {error}
    </p>
  );
  if (mock === undefined) return alert || <p className="muted">Loading…</p>;
  if (mock) {
    return (
      <>
        {alert}
        {mock.endedAt === null ? <MockRound mock={mock} onChange={save} /> : <MockPostmortem mock={mock} onChange={save} />}
      </>
    );
  }
  return (
    <>
      <h1>Mock interview</h1>
      {alert}
      <p>
        A timed round in a real format. Model answers stay hidden until the end; then you score yourself and each
        question counts as a review. <Link href="/mocks">Past mocks</Link>
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <fieldset>
          <legend>Format</legend>
          {MOCK_FORMATS.map((f) => (
            <p key={f.id}>
              <label>
                <input type="radio" name="format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
                <span>
                  <strong>{f.name}</strong> — {f.description} ({totalMinutes(f)} min: {f.phases.map((p) => `${p.name} ${p.minutes}`).join(', ')})
                </span>
              </label>
            </p>
          ))}
        </fieldset>
        <p>
          <label>
            <input type="checkbox" checked={hideDifficulty} onChange={(e) => setHideDifficulty(e.target.checked)} />
            Hide difficulty, as in a real interview
          </label>
        </p>
        <button type="submit" className="primary">
          Start mock
        </button>
      </form>
    </>
  );
}
