import type { RefObject } from 'react';
import { useAttempts } from '../../data/live';
import { useRatingPreview } from '../../data/rating-preview';
import type { Question } from '../../domain/bank/schema';
import type { PracticeSession, SessionAction } from '../../domain/practice/session';
import { suggestRating } from '../../domain/practice/suggest-rating';
import { suggestCodingRating } from '../../domain/practice/test-summary';
import { formatInterval } from '../../domain/scheduler/format-interval';
import { RATING_LABELS, RATINGS, type Rating } from '../../domain/scheduler/memory';
import { LEECH_FAILS } from '../../domain/stats/mastery';
import { Markdown, MarkdownList } from '../../ui/markdown';

interface Props {
  question: Question;
  session: PracticeSession;
  headingRef: RefObject<HTMLHeadingElement | null>;
  dispatch: (action: SessionAction) => void;
  onRate: (rating: Rating) => void;
}

export function AnswerSide({ question, session, headingRef, dispatch, onRate }: Props) {
  const preview = useRatingPreview(question.id);
  const now = Date.now();
  const fails = (useAttempts(question.id) ?? []).filter((a) => a.rating === 1).length;
  const suggested = session.tests
    ? suggestCodingRating(session.tests, session.ticked.length, question.rubric.length)
    : suggestRating(session.ticked.length, question.rubric.length);

  return (
    <section aria-labelledby="model-answer">
      <h2 id="model-answer" ref={headingRef} tabIndex={-1}>
        Model answer
      </h2>
      {fails >= LEECH_FAILS && (
        <p className="panel error" role="note">
          <strong>Leech:</strong> failed {fails} times. Study this model answer and rewrite your note on the question page.
        </p>
      )}
      <Markdown text={question.answer} />
      {question.coding && (
        <>
          <h3>Solution</h3>
          <pre tabIndex={0}>
            <code>{question.coding.solution}</code>
          </pre>
        </>
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
      <h3 id="rubric-heading">Rubric: tick what you covered</h3>
      <ul className="rubric" aria-labelledby="rubric-heading">
        {question.rubric.map((point, i) => (
          <li key={i}>
            <label>
              <input type="checkbox" checked={session.ticked.includes(i)} onChange={() => dispatch({ type: 'tick', index: i })} />
              <span>
                <span className="tag">{point.dimension}</span> <Markdown text={point.text} inline />
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p>
        {session.tests && `Tests: ${session.tests.visiblePassed + session.tests.hiddenPassed} of ${session.tests.visibleTotal + session.tests.hiddenTotal} passed${session.tests.status === 'timeout' ? ' (timed out)' : ''}. `}
        Covered {session.ticked.length} of {question.rubric.length} points. Suggested rating:{' '}
        <strong>{RATING_LABELS[suggested]}</strong>.
      </p>
      <h3>Follow-ups</h3>
      <MarkdownList items={question.followUps} />
      <h3>Pitfalls</h3>
      <MarkdownList items={question.pitfalls} />
      <h3 id="rate-heading">How did you do?</h3>
      <div className="rating-buttons" role="group" aria-labelledby="rate-heading">
        {RATINGS.map((rating) => {
          const label = RATING_LABELS[rating];
          return (
            <div key={rating}>
              <button
                type="button"
                className={`${label.toLowerCase()}${rating === suggested ? ' suggested' : ''}`}
                aria-describedby={`interval-${rating}`}
                onClick={() => onRate(rating)}
              >
                {label}
              </button>
              <span id={`interval-${rating}`} className="muted">
                {preview ? `next in ${formatInterval(preview[rating].due - now)}` : ''} · key {rating}
                {rating === suggested ? ' · suggested' : ''}
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
}
