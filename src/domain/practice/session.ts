// A practice session as a pure reducer. The current question is always queue[results.length],
// so a saved session resumes exactly where it stopped.
import type { QueueItem } from '../scheduler/queue';
import type { Rating } from '../scheduler/memory';
import type { TestSummary } from './test-summary';

export interface SessionResult {
  questionId: string;
  attemptId: string;
  rating: Rating;
  ticked: number[];
  answer: string;
  durationMs: number;
  nextDue: number;
  tests?: TestSummary;
}

export type SessionPhase = 'answering' | 'revealed' | 'done';

export interface PracticeSession {
  id: string;
  /** A drill on weak topics, or the daily practice (absent in sessions saved before drills). */
  mode?: 'practice' | 'drill';
  dayKey: string;
  startedAt: number;
  queue: QueueItem[];
  results: SessionResult[];
  phase: SessionPhase;
  hintsShown: number;
  ticked: number[];
  answer: string;
  questionStartedAt: number;
  /** The last submission's test results, on a coding question. */
  tests?: TestSummary;
}

export type SessionAction =
  | { type: 'hint' }
  | { type: 'edit'; answer: string }
  | { type: 'reveal' }
  | { type: 'tick'; index: number }
  | { type: 'tested'; tests: TestSummary }
  | { type: 'rated'; rating: Rating; attemptId: string; nextDue: number; now: number }
  | { type: 'undo'; now: number };

export function startSession(id: string, dayKey: string, queue: QueueItem[], now: number, mode: 'practice' | 'drill' = 'practice'): PracticeSession {
  return {
    id,
    mode,
    dayKey,
    startedAt: now,
    queue,
    results: [],
    phase: queue.length === 0 ? 'done' : 'answering',
    hintsShown: 0,
    ticked: [],
    answer: '',
    questionStartedAt: now,
  };
}

export function currentItem(session: PracticeSession): QueueItem | null {
  return session.phase === 'done' ? null : (session.queue[session.results.length] ?? null);
}

export function sessionReducer(session: PracticeSession, action: SessionAction): PracticeSession {
  switch (action.type) {
    case 'hint':
      return session.phase === 'answering' ? { ...session, hintsShown: session.hintsShown + 1 } : session;
    case 'edit':
      return session.phase === 'done' ? session : { ...session, answer: action.answer };
    case 'reveal':
      return session.phase === 'answering' ? { ...session, phase: 'revealed' } : session;
    case 'tested':
      return session.phase === 'done' ? session : { ...session, tests: action.tests };
    case 'tick': {
      if (session.phase !== 'revealed') return session;
      const ticked = session.ticked.includes(action.index)
        ? session.ticked.filter((i) => i !== action.index)
        : [...session.ticked, action.index].sort((a, b) => a - b);
      return { ...session, ticked };
    }
    case 'rated': {
      const item = currentItem(session);
      if (session.phase !== 'revealed' || !item) return session;
      const result: SessionResult = {
        questionId: item.questionId,
        attemptId: action.attemptId,
        rating: action.rating,
        ticked: session.ticked,
        answer: session.answer,
        durationMs: Math.max(0, action.now - session.questionStartedAt),
        nextDue: action.nextDue,
        ...(session.tests ? { tests: session.tests } : {}),
      };
      const results = [...session.results, result];
      return {
        ...session,
        results,
        phase: results.length >= session.queue.length ? 'done' : 'answering',
        hintsShown: 0,
        ticked: [],
        answer: '',
        tests: undefined,
        questionStartedAt: action.now,
      };
    }
    case 'undo': {
      const last = session.results.at(-1);
      if (!last) return session;
      return {
        ...session,
        results: session.results.slice(0, -1),
        phase: 'revealed',
        hintsShown: 0,
        ticked: last.ticked,
        answer: last.answer,
        tests: last.tests,
        questionStartedAt: action.now - last.durationMs,
      };
    }
  }
}
