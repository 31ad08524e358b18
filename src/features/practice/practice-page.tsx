import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { questionById } from '../../data/bank';
import { useQuestion } from '../../data/live';
import { currentItem } from '../../domain/practice/session';
import { RATINGS, type Rating } from '../../domain/scheduler/memory';
import { AnswerSide } from './answer-side';
import { QuestionSide } from './question-side';
import { SessionSummary } from './session-summary';
import { usePracticeSession } from './use-practice-session';

const INTERACTIVE = 'input, textarea, select, button, a, summary, [contenteditable="true"]';

export function PracticePage() {
  const { session, error, dispatch, rateCurrent, undo } = usePracticeSession();
  const item = session && currentItem(session);
  const { question, error: loadError } = useQuestion(item?.questionId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerHeadingRef = useRef<HTMLHeadingElement>(null);
  const phase = session?.phase;
  const position = session?.results.length;

  useEffect(() => {
    document.title = 'Practice — Bridge';
  }, []);

  // Move focus with the flow so that keyboard and screen-reader users land on what changed.
  useEffect(() => {
    if (!question) return;
    (phase === 'revealed' ? answerHeadingRef : headingRef).current?.focus();
  }, [question, phase, position]);

  // The keyboard contract of DESIGN.md: Space/Enter reveal, 1-4 rate, u undoes.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!session || event.defaultPrevented || event.altKey || event.metaKey || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      const inText = target?.closest('input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable="true"]');
      if (inText) {
        if (event.key === 'Enter' && event.ctrlKey && session.phase === 'answering') {
          event.preventDefault();
          dispatch({ type: 'reveal' });
        }
        return;
      }
      if (event.ctrlKey) return;
      if ((event.key === ' ' || event.key === 'Enter') && !target?.closest(INTERACTIVE) && session.phase === 'answering') {
        event.preventDefault();
        dispatch({ type: 'reveal' });
      } else if (RATINGS.includes(Number(event.key) as Rating) && session.phase === 'revealed' && question) {
        event.preventDefault();
        void rateCurrent(Number(event.key) as Rating, question.rubric.length);
      } else if (event.key === 'u' && session.results.length > 0) {
        event.preventDefault();
        void undo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, question, dispatch, rateCurrent, undo]);

  const alert = (error || loadError) && (
    <p role="alert" className="panel error">
      {error
        ? session
          ? `Could not save: ${error}. Your answer is kept; try again.`
          : `Could not start today’s session: ${error}.`
        : `Could not load the question: ${loadError}`}
    </p>
  );

  if (!session) return alert || <p className="muted">Loading today’s session…</p>;
  if (session.phase === 'done' || !item) {
    return (
      <>
        {alert}
        <SessionSummary session={session} onUndo={undo} />
      </>
    );
  }
  const meta = questionById.get(item.questionId);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        Question {session.results.length + 1} of {session.queue.length}
      </h1>
      {session.mode === 'drill' && <p className="tag">Drill on your weakest topics</p>}
      {alert}
      {!meta && (
        <p className="panel error">
          This question is no longer in the bank. <Link href="/">Back to Today</Link>
        </p>
      )}
      {question && (
        <>
          <QuestionSide question={question} session={session} dispatch={dispatch} onUndo={undo} />
          {session.phase === 'revealed' && (
            <AnswerSide
              question={question}
              session={session}
              headingRef={answerHeadingRef}
              dispatch={dispatch}
              onRate={(rating) => void rateCurrent(rating, question.rubric.length)}
            />
          )}
        </>
      )}
    </>
  );
}
