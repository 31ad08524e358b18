// Picks a mock's questions the way a coach would: unseen and weak ones first, nothing seen in the
// last few days if it can be helped, never the same question twice in one mock.
import type { QuestionMeta } from '../bank/schema';
import { recallAt } from '../scheduler/recall';
import type { Card } from '../scheduler/memory';
import type { Slot } from './formats';

export const RECENT_DAYS = 3;
const DAY = 86_400_000;

export interface PickInput {
  slots: readonly Slot[];
  questions: readonly QuestionMeta[];
  cards: ReadonlyMap<string, Card>;
  /** Time of each question's latest attempt. */
  lastSeen: ReadonlyMap<string, number>;
  now: number;
  /** A number in [0, 1), to break ties differently from one mock to the next. */
  random: () => number;
}

/** Higher is a better pick: unseen beats weak beats strong; recently seen goes last. */
function priority(question: QuestionMeta, input: PickInput): number {
  const card = input.cards.get(question.id);
  const seen = input.lastSeen.get(question.id);
  const recent = seen !== undefined && input.now - seen < RECENT_DAYS * DAY;
  if (recent) return -1;
  if (!card?.memory) return 2;
  const recall = recallAt(card.memory, input.now);
  return 1 - recall + Math.min(0.5, card.memory.lapses * 0.1);
}

export function pickMockQuestions(input: PickInput): QuestionMeta[] {
  const chosen: QuestionMeta[] = [];
  for (const slot of input.slots) {
    const candidates = input.questions
      .filter((q) => q.area === slot.area && q.difficulty <= slot.maxDifficulty && !chosen.includes(q))
      .filter((q) => !input.cards.get(q.id)?.suspended)
      .map((q) => ({ q, score: priority(q, input) + input.random() * 0.05 }))
      .sort((a, b) => b.score - a.score);
    if (candidates.length === 0) throw new Error(`no ${slot.area} question available for this mock`);
    chosen.push(candidates[0].q);
  }
  return chosen;
}
