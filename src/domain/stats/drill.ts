import type { QuestionMeta } from '../bank/schema';
import { recallAt } from '../scheduler/recall';
import type { Card } from '../scheduler/memory';
import type { QueueItem } from '../scheduler/queue';

export const DRILL_SIZE = 10;

/**
 * A drill on the weakest topics, weakest first: within a topic, the questions with the lowest
 * recall (unseen ones count as 0), never a suspended one, at most DRILL_SIZE in all.
 */
export function drillQueue(topics: readonly string[], questions: readonly QuestionMeta[], cards: ReadonlyMap<string, Card>, now: number): QueueItem[] {
  const picked = new Map<string, QueueItem>();
  for (const topic of topics) {
    const inTopic = questions
      .filter((q) => (q.topics as readonly string[]).includes(topic) && !cards.get(q.id)?.suspended && !picked.has(q.id))
      .map((q) => ({ q, recall: recallAt(cards.get(q.id)?.memory ?? null, now) }))
      .sort((a, b) => a.recall - b.recall || a.q.id.localeCompare(b.q.id));
    for (const { q } of inTopic) {
      if (picked.size >= DRILL_SIZE) break;
      picked.set(q.id, { questionId: q.id, area: q.area, kind: cards.get(q.id)?.memory ? 'review' : 'new' });
    }
  }
  return [...picked.values()];
}
