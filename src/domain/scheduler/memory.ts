/** A learner's rating of one answer: Again, Hard, Good, Easy. */
export type Rating = 1 | 2 | 3 | 4;
export const RATINGS = [1, 2, 3, 4] as const satisfies readonly Rating[];
export const RATING_LABELS: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** 0 new, 1 learning, 2 review, 3 relearning (FSRS states). */
export type MemoryState = 0 | 1 | 2 | 3;

/** The scheduler's memory of one question; times are epoch milliseconds. */
export interface Memory {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: MemoryState;
  lastReview: number | null;
}

/** One question as the learner has it: null memory means never answered. */
export interface Card {
  questionId: string;
  memory: Memory | null;
  suspended: boolean;
  starred: boolean;
  note: string;
}

export function newCard(questionId: string): Card {
  return { questionId, memory: null, suspended: false, starred: false, note: '' };
}
