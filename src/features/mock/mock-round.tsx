import { lazy, Suspense } from 'react';
import { useQuestion } from '../../data/live';
import { formatById } from '../../domain/mock/formats';
import { advancePhase, endMock, followUpsAsked, setNotes, timeline, type Mock } from '../../domain/mock/mock-session';
import { AREA_LABELS } from '../../domain/bank/vocabulary';
import { Markdown, MarkdownList } from '../../ui/markdown';
import { formatClock } from '../../ui/timer';
import { useNow } from '../../ui/use-now';

const CodeEditor = lazy(() => import('../../ui/code-editor').then((m) => ({ default: m.CodeEditor })));

function Countdown({ label, leftMs }: { label: string; leftMs: number }) {
  return (
    <span className={leftMs < 0 ? 'tag overrun' : 'tag'} role="timer" aria-label={label}>
      {label}: {leftMs < 0 ? `over by ${formatClock(-leftMs)}` : `${formatClock(leftMs)} left`}
    </span>
  );
}

export function MockRound({ mock, onChange }: { mock: Mock; onChange: (mock: Mock) => void }) {
  const now = useNow(1000);
  const time = timeline(mock, now);
  const phase = mock.phases[time.current];
  const index = phase.question;
  const entry = mock.questions[index];
  const { question } = useQuestion(entry.questionId);
  const asked = question ? followUpsAsked(mock, now, question.followUps.length) : 0;
  const last = time.current === mock.phases.length - 1;

  return (
    <>
      <h1>{formatById(mock.format)?.name ?? 'Mock interview'}</h1>
      <p className="row">
        <Countdown label="Round" leftMs={time.roundLeftMs} />
        <Countdown label={`Phase: ${phase.name}`} leftMs={time.phaseLeftMs} />
      </p>
      {time.phaseLeftMs < 0 && (
        <p role="status" className="panel error">
          This phase is over its {phase.minutes}-minute budget. Wrap it up and move on, as you would in the room.
        </p>
      )}
      <ol className="row phases" aria-label="Phases">
        {mock.phases.map((p, i) => (
          <li key={i} aria-current={i === time.current ? 'step' : undefined} className={i === time.current ? 'current' : ''}>
            {p.name} ({p.minutes} min)
          </li>
        ))}
      </ol>
      {question && (
        <section aria-labelledby="mock-question">
          <h2 id="mock-question">
            Question {index + 1} of {mock.questions.length}: {AREA_LABELS[question.area]}
            {!mock.hideDifficulty && <span className="tag">difficulty {question.difficulty}</span>}
          </h2>
          <Markdown text={question.prompt} />
          {asked > 0 && (
            <div className="panel" aria-live="polite">
              <h3>The interviewer asks</h3>
              <MarkdownList items={question.followUps.slice(0, asked)} />
            </div>
          )}
          {question.coding ? (
            <Suspense fallback={<p className="muted">Loading the editor…</p>}>
              <CodeEditor
                value={entry.notes || question.coding.starter}
                label="Your Python code (tests run when the round ends)"
                onChange={(code) => onChange(setNotes(mock, index, code))}
              />
            </Suspense>
          ) : (
            <>
              <p>
                <label htmlFor="mock-notes">Your notes for this question</label>
              </p>
              <textarea id="mock-notes" value={entry.notes} onChange={(e) => onChange(setNotes(mock, index, e.target.value))} />
            </>
          )}
        </section>
      )}
      <p className="row">
        <button type="button" className="primary" onClick={() => onChange(advancePhase(mock, Date.now()))}>
          {last ? 'Finish interview' : `Next phase: ${mock.phases[time.current + 1].name}`}
        </button>
        {!last && (
          <button type="button" onClick={() => onChange(endMock(mock, Date.now()))}>
            End interview now
          </button>
        )}
      </p>
    </>
  );
}
