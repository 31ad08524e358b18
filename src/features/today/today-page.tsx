import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { repo } from '../../data/repo';
import { useExportReminder, useToday, type TodayState } from '../../data/live';
import { AREA_LABELS, AREAS } from '../../domain/bank/vocabulary';
import { countByArea } from '../../domain/scheduler/queue';
import { useNow } from '../../ui/use-now';
import { describeError } from '../../data/describe-error';

const PHASES = { learn: 'Learning: new questions at the pace the date needs', window: 'Review window: the questions that gain most by the day', past: 'The interview day has come' };

type TodayPlan = NonNullable<TodayState['plan']>;

const duration = (seconds: number) => (seconds < 90 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} min`);

/** What the plan assumes about the learner, fitted to their answers, so they can check it against experience. */
function FittedToYou({ deadline: { answerSeconds, forgetting } }: Pick<TodayPlan, 'deadline'>) {
  if (!answerSeconds || !forgetting) return null;
  const low = Math.min(...forgetting);
  const high = Math.max(...forgetting);
  const pace =
    low > 0.9 && high < 1.1
      ? 'about as fast as FSRS’s default curve says'
      : `${low.toFixed(1)} to ${high.toFixed(1)} times as fast as FSRS’s default curve says (it varies with how often you have answered a question)`;
  return (
    <p className="muted">
      The plan assumes about {duration(answerSeconds.new)} for a new question and {duration(answerSeconds[3])} for a review (your own
      medians once there are ten answers of a kind), and that you forget {pace}.
    </p>
  );
}

function PlanPanel({ deadline, plan, recall }: TodayPlan) {
  return (
    <section className="panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading">
        Interview in {plan.daysLeft} day{plan.daysLeft === 1 ? '' : 's'} ({new Date(deadline.interviewAt).toLocaleDateString()})
      </h2>
      <p>
        {PHASES[plan.phase]}.{' '}
        {plan.phase === 'learn' &&
          `${plan.newPerDay} new question${plan.newPerDay === 1 ? '' : 's'} a day (about ${Math.round(plan.newMinutesPerDay)} min) to see all ${plan.remaining} remaining before the review window starts in ${plan.windowStartsIn} days.`}
      </p>
      <FittedToYou deadline={deadline} />
      {!plan.fitsBudget && (
        <p className="error">
          That pace needs more than half of your {deadline.dailyMinutes} minutes a day: raise the time in Settings, or expect to
          leave some questions unseen.
        </p>
      )}
      <table>
        <caption>Predicted recall on the interview day</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Recall</th>
            <th scope="col">Seen</th>
          </tr>
        </thead>
        <tbody>
          {AREAS.filter((area) => recall.has(area)).map((area) => (
            <tr key={area}>
              <th scope="row">{AREA_LABELS[area]}</th>
              <td>{Math.round(recall.get(area)!.mean * 100)}%</td>
              <td>
                {recall.get(area)!.seen} of {recall.get(area)!.questions}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function TodayPage() {
  const now = useNow(60_000);
  const today = useToday(now);
  const remindExport = useExportReminder(now);
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Today — Bridge';
  }, []);

  if (!today) return <p className="muted">Loading…</p>;
  const counts = countByArea(today.queue);
  const due = today.queue.filter((item) => item.kind === 'review').length;
  const fresh = today.queue.length - due;

  async function start() {
    try {
      if (!today?.sessionInProgress) await repo.startPracticeSession(Date.now(), crypto.randomUUID());
      navigate('/practice');
    } catch (e) {
      setError(describeError(e));
    }
  }

  return (
    <>
      <h1>Today</h1>
      <p>
        <strong>{due}</strong> due and <strong>{fresh}</strong> new question{fresh === 1 ? '' : 's'} today.{' '}
        <span>
          Day streak: <strong>{today.streak}</strong>
        </span>
      </p>
      {today.track && (
        <p className="panel">
          <strong>
            90-day track, day {today.track.day} of 90 — phase {today.track.phase}:
          </strong>{' '}
          {today.track.title}.{' '}
          {today.track.mockDue && (
            <>
              A mock interview is due: <Link href="/mock">start one</Link>.
            </>
          )}
        </p>
      )}
      {today.plan && <PlanPanel {...today.plan} />}
      <table>
        <caption className="visually-hidden">Questions for today per area</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Due</th>
            <th scope="col">New</th>
          </tr>
        </thead>
        <tbody>
          {AREAS.map((area) => (
            <tr key={area}>
              <th scope="row">{AREA_LABELS[area]}</th>
              <td>{counts.get(area)?.due ?? 0}</td>
              <td>{counts.get(area)?.new ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="row" style={{ marginTop: '1.5rem' }}>
        {today.sessionInProgress ? (
          <button type="button" className="primary" onClick={start}>
            Resume practice
          </button>
        ) : (
          <button type="button" className="primary" onClick={start} disabled={today.queue.length === 0}>
            Start practice
          </button>
        )}
        {today.queue.length === 0 && !today.sessionInProgress && <span className="muted">Nothing due — come back tomorrow.</span>}
      </p>
      {error && (
        <p role="alert" className="panel error">
          Could not start a session: {error}
        </p>
      )}
      {remindExport && (
        <p className="panel">
          Your history lives only in this browser, and your last backup is more than a week old.{' '}
          <Link href="/settings">Export a backup</Link>
        </p>
      )}
    </>
  );
}
