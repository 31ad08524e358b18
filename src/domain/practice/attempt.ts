import type { Memory, Rating } from '../scheduler/memory';
import type { TestSummary } from './test-summary';

export type Mode = 'practice' | 'mock' | 'drill';

/** One answer to one question, with what undo needs to put the card back exactly. */
export interface Attempt {
  id: string;
  questionId: string;
  at: number;
  mode: Mode;
  rating: Rating;
  /** Indices of the rubric points the learner ticked. */
  rubricHit: number[];
  rubricTotal: number;
  /** What the learner typed; on a coding question, their code. */
  answer: string;
  /** On a coding question, how the submitted code did against the tests. */
  tests?: TestSummary;
  durationMs: number;
  /** The card's memory before this rating (null: it was new). */
  before: Memory | null;
  after: Memory;
}
