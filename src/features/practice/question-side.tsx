import { useEffect } from 'react';
import type { Question } from '../../domain/bank/schema';
import { AREA_LABELS } from '../../domain/bank/vocabulary';
import type { PracticeSession, SessionAction } from '../../domain/practice/session';
import { CodingPanel } from '../../ui/coding-panel';
import { Markdown } from '../../ui/markdown';
import { ElapsedTimer } from '../../ui/timer';

const DIFFICULTY = { 1: 'Warm-up', 2: 'Typical', 3: 'Senior' } as const;
let firstQuestionMarked = false;

interface Props {
  question: Question;
  session: PracticeSession;
  dispatch: (action: SessionAction) => void;
  onUndo: () => void;
}

export function QuestionSide({ question, session, dispatch, onUndo }: Props) {
  const answering = session.phase === 'answering';
  // On a coding question "Submit" is the main action, so "Show answer" is not highlighted there.
  const revealRow = (primary: boolean) => (
    <p className="row">
      <button type="button" className={primary ? 'primary' : undefined} onClick={() => dispatch({ type: 'reveal' })}>
        Show answer
      </button>
      <button type="button" onClick={onUndo} disabled={session.results.length === 0}>
        Undo
      </button>
    </p>
  );

  // Startup benchmark: time from navigation to the first question on screen.
  useEffect(() => {
    if (!firstQuestionMarked) {
      firstQuestionMarked = true;
      performance.mark('bridge:first-question');
    }
  }, []);

  return (
    <section aria-labelledby="question-title">
      <p className="row">
        <span className="tag">{AREA_LABELS[question.area]}</span>
        <span className="tag">{DIFFICULTY[question.difficulty]}</span>
        <span className="muted">about {question.minutes} min</span>
        {answering && <ElapsedTimer since={session.questionStartedAt} label="Time on this question" />}
      </p>
      <h2 id="question-title">{question.title}</h2>
      <div data-testid="question-prompt">
        <Markdown text={question.prompt} />
      </div>
      {answering && question.hints.length > 0 && (
        <div>
          {session.hintsShown > 0 && (
            <ol aria-label="Hints">
              {question.hints.slice(0, session.hintsShown).map((hint, i) => (
                <li key={i}>
                  <Markdown text={hint} inline />
                </li>
              ))}
            </ol>
          )}
          {session.hintsShown < question.hints.length && (
            <button type="button" onClick={() => dispatch({ type: 'hint' })}>
              Show hint ({session.hintsShown + 1} of {question.hints.length})
            </button>
          )}
        </div>
      )}
      {question.coding ? (
        <>
          <CodingPanel
            question={question}
            code={session.answer || question.coding.starter}
            onCode={(answer) => dispatch({ type: 'edit', answer })}
            onSubmitted={(tests) => {
              dispatch({ type: 'tested', tests });
              dispatch({ type: 'reveal' });
            }}
            revealed={!answering}
          />
          {answering && revealRow(false)}
        </>
      ) : answering ? (
        <>
          <p>
            <label htmlFor="answer-text">Your answer (Ctrl+Enter shows the model answer)</label>
          </p>
          <textarea
            id="answer-text"
            value={session.answer}
            onChange={(event) => dispatch({ type: 'edit', answer: event.target.value })}
          />
          {revealRow(true)}
        </>
      ) : (
        session.answer.trim() !== '' && (
          <div className="panel">
            <h3>Your answer</h3>
            <p style={{ whiteSpace: 'pre-wrap' }}>{session.answer}</p>
          </div>
        )
      )}
    </section>
  );
}
