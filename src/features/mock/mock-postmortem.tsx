import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useMocks, useQuestion } from '../../data/live';
import { repo } from '../../data/repo';
import { AREA_LABELS, type Dimension } from '../../domain/bank/vocabulary';
import { formatById } from '../../domain/mock/formats';
import {
  dimensionScores,
  isReviewed,
  LEVEL_LABELS,
  overallScore,
  recordRating,
  scoreDimension,
  timeline,
  type Level,
  type Mock,
} from '../../domain/mock/mock-session';
import type { Attempt } from '../../domain/practice/attempt';
import { summarizeTests } from '../../domain/practice/test-summary';
import { rate } from '../../domain/scheduler/fsrs';
import { RATING_LABELS, RATINGS, type Rating } from '../../domain/scheduler/memory';
import { pythonRunner } from '../../runner/python';
import type { RunResult } from '../../runner/python-runner';
import { Markdown } from '../../ui/markdown';
import { TestResults } from '../../ui/test-results';
import { formatClock } from '../../ui/timer';
import { describeError } from '../../data/describe-error';

const LEVELS = [1, 2, 3, 4] as const;

function PostmortemQuestion({ mock, index, onChange }: { mock: Mock; index: number; onChange: (mock: Mock) => void }) {
  const entry = mock.questions[index];
  const { question } = useQuestion(entry.questionId);
  const [tests, setTests] = useState<RunResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const code = question?.coding ? entry.notes || question.coding.starter : null;

  // A coding round's tests run when the round is over.
  useEffect(() => {
    if (!question?.coding || code === null) return;
    let live = true;
    void pythonRunner()
      .run(code, [...question.coding.tests.visible, ...question.coding.tests.hidden])
      .then((result) => live && setTests(result));
    return () => {
      live = false;
    };
  }, [question, code]);

  if (!question) return <p className="muted">Loading…</p>;
  const dimensions = [...new Set(question.rubric.map((p) => p.dimension))];
  const levels = Object.values(entry.scores);
  const suggested = levels.length ? (Math.round(levels.reduce((a, b) => a + b, 0) / levels.length) as Rating) : null;
  const usedMs = timeline(mock, mock.endedAt!).phases.filter((_, i) => mock.phases[i].question === index).reduce((s, p) => s + p.usedMs, 0);

  async function rateQuestion(rating: Rating) {
    if (!question) return;
    const now = Date.now();
    const card = await repo.card(question.id);
    const after = rate(card.memory, question.id, rating, now, await repo.retention(now, card.memory));
    const passed = tests?.status === 'done' ? tests.output.cases.map((c) => c.passed) : [];
    const attempt: Attempt = {
      id: crypto.randomUUID(),
      questionId: question.id,
      at: now,
      mode: 'mock',
      rating,
      // A rubric point counts as covered when its dimension was scored strong or very strong.
      rubricHit: question.rubric.flatMap((p, i) => ((entry.scores[p.dimension] ?? 0) >= 3 ? [i] : [])),
      rubricTotal: question.rubric.length,
      answer: entry.notes,
      ...(question.coding && tests ? { tests: summarizeTests(tests.status, passed, question.coding.tests.visible.length, question.coding.tests.hidden.length) } : {}),
      durationMs: usedMs,
      before: card.memory,
      after,
    };
    const next = recordRating(mock, index, rating, attempt.id);
    try {
      await repo.recordMockRating(attempt, next);
      onChange(next);
    } catch (e) {
      setError(`Could not save the rating: ${describeError(e)}.`);
    }
  }

  return (
    <section className="panel" aria-labelledby={`pm-${index}`}>
      <h2 id={`pm-${index}`}>
        Question {index + 1}: {question.title} <span className="tag">{AREA_LABELS[question.area]}</span>
      </h2>
      <Markdown text={question.prompt} />
      <h3>What you wrote ({formatClock(usedMs)})</h3>
      {entry.notes ? <pre tabIndex={0}>{entry.notes}</pre> : <p className="muted">Nothing written.</p>}
      {question.coding && tests && (
        <>
          <h3>Tests</h3>
          <TestResults result={tests} visible={question.coding.tests.visible} hidden={question.coding.tests.hidden} revealHidden />
        </>
      )}
      <details>
        <summary>Model answer</summary>
        <Markdown text={question.answer} />
        {question.coding && (
          <pre tabIndex={0}>
            <code>{question.coding.solution}</code>
          </pre>
        )}
      </details>
      <h3>Rubric</h3>
      <ul>
        {question.rubric.map((p, i) => (
          <li key={i}>
            <span className="tag">{p.dimension}</span> <Markdown text={p.text} inline />
          </li>
        ))}
      </ul>
      <h3>Score each dimension</h3>
      {dimensions.map((dimension: Dimension) => (
        <fieldset key={dimension} className="levels">
          <legend>{dimension}</legend>
          {LEVELS.map((level: Level) => (
            <label key={level}>
              <input
                type="radio"
                name={`${mock.id}-${index}-${dimension}`}
                checked={entry.scores[dimension] === level}
                onChange={() => onChange(scoreDimension(mock, index, dimension, level))}
              />
              {LEVEL_LABELS[level]}
            </label>
          ))}
        </fieldset>
      ))}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {entry.rating === null ? (
        <div className="rating-buttons" role="group" aria-label={`Rate question ${index + 1}`}>
          {RATINGS.map((r) => (
            <div key={r}>
              <button type="button" className={`${RATING_LABELS[r].toLowerCase()}${r === suggested ? ' suggested' : ''}`} onClick={() => void rateQuestion(r)}>
                {RATING_LABELS[r]}
              </button>
              {r === suggested && <span className="muted">suggested</span>}
            </div>
          ))}
        </div>
      ) : (
        <p>
          Rated <strong>{RATING_LABELS[entry.rating]}</strong>: recorded as a review.
        </p>
      )}
    </section>
  );
}

function Summary({ mock }: { mock: Mock }) {
  const history = useMocks();
  const scores = dimensionScores(mock);
  const time = timeline(mock, mock.endedAt!);
  const earlier = (history ?? []).filter((m) => m.format === mock.format && m.id !== mock.id && m.startedAt < mock.startedAt && isReviewed(m));
  return (
    <section aria-labelledby="pm-summary">
      <h2 id="pm-summary">Summary</h2>
      <table>
        <caption>Score per rubric dimension (1 very weak to 4 very strong)</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(scores).map(([dimension, score]) => (
            <tr key={dimension}>
              <th scope="row">{dimension}</th>
              <td>{score.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Time per phase against its budget</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Used</th>
            <th scope="col">Budget</th>
          </tr>
        </thead>
        <tbody>
          {time.phases.map((p, i) => (
            <tr key={i}>
              <th scope="row">{p.name}</th>
              <td>
                {formatClock(p.usedMs)}
                {p.overrun ? ' (over)' : ''}
              </td>
              <td>{formatClock(p.budgetMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Trend in this format</h3>
      {earlier.length === 0 ? (
        <p className="muted">Your first {formatById(mock.format)?.name ?? 'mock'}: the trend starts with the next one.</p>
      ) : (
        <ol>
          {[...earlier, mock].map((m) => (
            <li key={m.id}>
              {new Date(m.startedAt).toLocaleDateString()}: {overallScore(m)?.toFixed(1) ?? '—'} of 4{m.id === mock.id ? ' (this one)' : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function MockPostmortem({ mock, onChange }: { mock: Mock; onChange: (mock: Mock) => void }) {
  return (
    <>
      <h1>Postmortem: {formatById(mock.format)?.name ?? 'mock interview'}</h1>
      <p>
        Read each model answer, score every dimension honestly, and rate the question; each rating is a review for the
        scheduler. <Link href="/mocks">All mocks</Link>
      </p>
      {mock.questions.map((_, i) => (
        <PostmortemQuestion key={i} mock={mock} index={i} onChange={onChange} />
      ))}
      {isReviewed(mock) && <Summary mock={mock} />}
    </>
  );
}
