// The rating buttons' next intervals. Apart from live.ts, so the first page does not load ts-fsrs.
import { useLiveQuery } from 'dexie-react-hooks';
import { previewRatings } from '../domain/scheduler/fsrs';
import { repo } from './repo';

/** What each rating would make of the question's memory now, rated as a session rates it (repo.retention). */
export function useRatingPreview(questionId: string) {
  return useLiveQuery(async () => {
    const card = await repo.card(questionId);
    const now = Date.now();
    return previewRatings(card.memory, questionId, now, await repo.retention(now, card.memory));
  }, [questionId]);
}
