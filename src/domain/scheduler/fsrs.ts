// The only module that talks to ts-fsrs; the rest of the app sees `Memory` and `Rating`.
import {
  createEmptyCard,
  fsrs,
  StrategyMode,
  type AbstractScheduler,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
} from 'ts-fsrs';
import type { Memory, MemoryState, Rating } from './memory';

type SeededCard = FsrsCard & { questionId: string };

const schedulers = new Map<number, FSRS>();

// Bridge schedules in whole days: a long-form interview answer is not worth re-asking ten
// minutes later, so short-term learning steps are off and "Again" means "tomorrow".
function schedulerFor(retention: number): FSRS {
  let scheduler = schedulers.get(retention);
  if (!scheduler) {
    scheduler = fsrs({ request_retention: retention, enable_fuzz: true, enable_short_term: false }).useStrategy(
      StrategyMode.SEED,
      // Fuzz seeded by the question and its review count: the same history gives the same intervals.
      function (this: AbstractScheduler) {
        return `${(this.current as SeededCard).questionId}:${this.current.reps}`;
      },
    );
    schedulers.set(retention, scheduler);
  }
  return scheduler;
}

function toFsrs(memory: Memory | null, questionId: string, now: number): SeededCard {
  if (!memory) return { ...createEmptyCard(new Date(now)), questionId };
  return {
    questionId,
    due: new Date(memory.due),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: memory.elapsedDays,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: memory.state,
    ...(memory.lastReview === null ? {} : { last_review: new Date(memory.lastReview) }),
  };
}

function fromFsrs(card: FsrsCard): Memory {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state satisfies number as MemoryState,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** The memory after rating a question at `now`. */
export function rate(memory: Memory | null, questionId: string, rating: Rating, now: number, retention: number): Memory {
  return fromFsrs(schedulerFor(retention).next(toFsrs(memory, questionId, now), new Date(now), rating satisfies Grade).card);
}

/** What each rating would give, for showing the next interval on the rating buttons. */
export function previewRatings(memory: Memory | null, questionId: string, now: number, retention: number): Record<Rating, Memory> {
  const preview = schedulerFor(retention).repeat(toFsrs(memory, questionId, now), new Date(now));
  return { 1: fromFsrs(preview[1].card), 2: fromFsrs(preview[2].card), 3: fromFsrs(preview[3].card), 4: fromFsrs(preview[4].card) };
}
