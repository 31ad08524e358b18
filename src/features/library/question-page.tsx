import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { repo } from '../../data/repo';
import { useAttempts, useCard, useQuestion } from '../../data/live';
import { AREA_LABELS } from '../../domain/bank/vocabulary';
import { RATING_LABELS } from '../../domain/scheduler/memory';
import { LEECH_FAILS } from '../../domain/stats/mastery';
import { CodingPanel } from '../../ui/coding-panel';
import { Markdown, MarkdownList } from '../../ui/markdown';
import { formatClock } from '../../ui/timer';
import { describeError } from '../../data/describe-error';

export function QuestionPage({ id }: { id: string }) {
  const { question, error } = useQuestion(id);
  const card = useCard(id);
  const attempts = useAttempts(id);
  const [note, setNote] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [trying, setTrying] = useState(false);

  useEffect(() => {
    if (question) document.title = `${question.title} — Bridge`;
  }, [question]);

  if (error) {
    return (
      <>
        <h1>Question not found</h1>
        <p>
          {error}. <Link href="/library">Back to the library</Link>
        </p>
      </>
    );
  }
  if (!question || !card) return <p className="muted">Loading…</p>;
  const noteText = note ?? card.note;
  const fails = (attempts ?? []).filter((a) => a.rating === 1).length;

  return (
    <>
      <p>
        <Link href="/library">← Library</Link>
      </p>
      <h1>{question.title}</h1>
      <p className="row">
        <span className="tag">{AREA_LABELS[question.area]}</span>
        <span className="tag">difficulty {question.difficulty}</span>
        {question.topics.map((topic) => (
          <span key={topic} className="tag">
            {topic}
          </span>
        ))}
        <span className="muted">about {question.minutes} min</span>
      </p>
      <p className="row">
        <button type="button" aria-pressed={card.starred} onClick={() => void repo.updateCard(id, { starred: !card.starred })}>
          {card.starred ? '★ Starred' : '☆ Star'}
        </button>
        <button type="button" aria-pressed={card.suspended} onClick={() => void repo.updateCard(id, { suspended: !card.suspended })}>
          {card.suspended ? 'Suspended' : 'Suspend'}
        </button>
        {card.memory && (
          <span className="muted">Next due {new Date(card.memory.due).toLocaleDateString()}</span>
        )}
      </p>
      {fails >= LEECH_FAILS && (
        <p className="panel error" role="note">
          <strong>Leech:</strong> you failed this question {fails} times. Study the model answer, then rewrite your note
          below in your own words.
        </p>
      )}
      <h2>Prompt</h2>
      <Markdown text={question.prompt} />
      {question.coding && (
        // The editor and Python load only once the learner opens "Try it": a closed <details> would still mount them.
        <details onToggle={(event) => event.currentTarget.open && setTrying(true)}>
          <summary>Try it (not recorded as a review)</summary>
          {trying && (
            <CodingPanel
              question={question}
              code={code ?? question.coding.starter}
              onCode={setCode}
              onSubmitted={() => setTried(true)}
              revealed={tried}
            />
          )}
        </details>
      )}
      <details>
        <summary>Hints ({question.hints.length})</summary>
        <MarkdownList items={question.hints} />
      </details>
      <details>
        <summary>Model answer, rubric, follow-ups and pitfalls</summary>
        <h2>Model answer</h2>
        <Markdown text={question.answer} />
        {question.coding && (
          <pre tabIndex={0}>
            <code>{question.coding.solution}</code>
          </pre>
        )}
        {question.bridge && (
          <p className="panel">
            <strong>From backend:</strong> {question.bridge}
          </p>
        )}
        {question.signal && (
          <>
            <h3>What the interviewer listens for</h3>
            <Markdown text={question.signal} />
          </>
        )}
        <h3>Rubric</h3>
        <MarkdownList items={question.rubric.map((p) => `**${p.dimension}**: ${p.text}`)} />
        <h3>Follow-ups</h3>
        <MarkdownList items={question.followUps} />
        <h3>Pitfalls</h3>
        <MarkdownList items={question.pitfalls} />
      </details>
      <h2>
        <label htmlFor="note">Your note</label>
      </h2>
      <textarea id="note" value={noteText} onChange={(e) => setNote(e.target.value)} />
      <p className="row">
        <button
          type="button"
          onClick={() =>
            repo.updateCard(id, { note: noteText }).then(
              () => setSaved('Note saved.'),
              (e: unknown) => setSaved(`Could not save the note: ${describeError(e)}.`),
            )
          }
        >
          Save note
        </button>
        <span role="status">{saved}</span>
      </p>
      {card.note && (
        <div className="panel" aria-label="Your note, formatted">
          <Markdown text={card.note} />
        </div>
      )}
      <h2>Your attempts</h2>
      {!attempts || attempts.length === 0 ? (
        <p className="muted">No attempts yet.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Your attempts">
          <table>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Mode</th>
                <th scope="col">Rating</th>
                <th scope="col">Rubric</th>
                {question.coding && <th scope="col">Tests</th>}
                <th scope="col">Time</th>
                <th scope="col">Your answer</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id}>
                  <td>{new Date(a.at).toLocaleString()}</td>
                  <td>{a.mode}</td>
                  <td>{RATING_LABELS[a.rating]}</td>
                  <td>
                    {a.rubricHit.length} of {a.rubricTotal}
                  </td>
                  {question.coding && (
                    <td>
                      {a.tests
                        ? `${a.tests.visiblePassed + a.tests.hiddenPassed} of ${a.tests.visibleTotal + a.tests.hiddenTotal}${a.tests.status === 'timeout' ? ', timed out' : ''}`
                        : 'not submitted'}
                    </td>
                  )}
                  <td>{formatClock(a.durationMs)}</td>
                  <td>
                    {!a.answer ? (
                      <span className="muted">(none typed)</span>
                    ) : question.coding ? (
                      <pre tabIndex={0}>
                        <code>{a.answer}</code>
                      </pre>
                    ) : (
                      <span style={{ whiteSpace: 'pre-wrap' }}>{a.answer}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
