import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { questionById, questionIndex } from '../../data/bank';
import { useLearnerData } from '../../data/live';
import { repo } from '../../data/repo';
import { AREA_LABELS, type Area } from '../../domain/bank/vocabulary';
import { drillQueue } from '../../domain/stats/drill';
import { leeches, masteryBy, masteryByDimension, weakest, type Mastery } from '../../domain/stats/mastery';
import { describeError } from '../../data/describe-error';

const percent = (x: number) => `${Math.round(x * 100)}%`;

function MasteryTable({ caption, rows, label }: { caption: string; rows: Mastery[]; label: (key: string) => string }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Mastery</th>
          <th scope="col">Practised</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.key}>
            <th scope="row">{label(m.key)}</th>
            <td>{m.attempted ? percent(m.score) : '—'}</td>
            <td>
              {m.attempted} of {m.total}
            </td>
            <td>{m.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WeakAreasPage() {
  const data = useLearnerData();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Weak areas — Bridge';
  }, []);

  const result = useMemo(() => {
    if (!data) return null;
    const input = { questions: questionIndex, cards: data.cards, attempts: data.attempts, mocks: data.mocks, now: Date.now() };
    const practised = (m: { attempted: number }) => m.attempted > 0;
    const topics = masteryBy(input, (q) => q.topics);
    const dimensions = masteryByDimension(input);
    return {
      areas: masteryBy(input, (q) => [q.area]),
      topics: [...topics].sort((a, b) => a.key.localeCompare(b.key)),
      dimensions,
      weakTopics: weakest(topics, 5, practised),
      weakDimensions: weakest(dimensions, 5, (d) => d.samples > 0),
      leeches: [...leeches(data.attempts)],
    };
  }, [data]);

  if (!result) return <p className="muted">Loading…</p>;

  async function drill() {
    if (!data || !result) return;
    try {
      const now = Date.now();
      const queue = drillQueue(result.weakTopics.map((t) => t.key), questionIndex, data.cards, now);
      await repo.startDrillSession(now, crypto.randomUUID(), queue);
      navigate('/practice');
    } catch (e) {
      setError(describeError(e));
    }
  }

  return (
    <>
      <h1>Weak areas</h1>
      {result.weakTopics.length === 0 ? (
        <p>Answer a few questions first: mastery comes from your recall, lapses and the rubric points you miss.</p>
      ) : (
        <>
          <h2>Weakest topics</h2>
          <ol>
            {result.weakTopics.map((t) => (
              <li key={t.key}>
                <strong>{t.key}</strong> — {percent(t.score)}: {t.reason}
              </li>
            ))}
          </ol>
          <p className="row">
            <button type="button" className="primary" onClick={() => void drill()}>
              Drill
            </button>
            <span className="muted">Up to 10 questions from these topics; every answer counts as a review.</span>
          </p>
        </>
      )}
      {error && (
        <p role="alert" className="panel error">
          Could not start a drill: {error}
        </p>
      )}
      {result.weakDimensions.length > 0 && (
        <>
          <h2>Weakest rubric dimensions</h2>
          <ol>
            {result.weakDimensions.map((d) => (
              <li key={d.dimension}>
                <strong>{d.dimension}</strong> — {percent(d.score)}: {d.reason}
              </li>
            ))}
          </ol>
        </>
      )}
      {result.leeches.length > 0 && (
        <>
          <h2>Leeches</h2>
          <p>You failed these four times or more. Study the model answer, then rewrite your note in your own words.</p>
          <ul>
            {result.leeches.map(([id, fails]) => (
              <li key={id}>
                <Link href={`/library/${id}`}>{questionById.get(id)?.title ?? id}</Link> — failed {fails} times
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Mastery per area</h2>
      <MasteryTable caption="Mastery per area" rows={result.areas} label={(key) => AREA_LABELS[key as Area]} />
      <details>
        <summary>Mastery per topic and per rubric dimension</summary>
        <MasteryTable caption="Mastery per topic" rows={result.topics} label={(key) => key} />
        <table>
          <caption>Mastery per rubric dimension</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Mastery</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((d) => (
              <tr key={d.dimension}>
                <th scope="row">{d.dimension}</th>
                <td>{percent(d.score)}</td>
                <td>{d.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
