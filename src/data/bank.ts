// The bundled question bank: metadata up front, each question's text on demand.
import { loadQuestion, questions } from 'virtual:bank';
import type { Question, QuestionMeta } from '../domain/bank/schema';

export const questionIndex: readonly QuestionMeta[] = questions;
export const questionById: ReadonlyMap<string, QuestionMeta> = new Map(questions.map((q) => [q.id, q]));

const cache = new Map<string, Promise<Question>>();

export function fetchQuestion(id: string): Promise<Question> {
  let pending = cache.get(id);
  if (!pending) {
    pending = loadQuestion(id);
    // A failed load (say, offline before the chunk was cached) must be retried, not remembered.
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

/** Lower-cased title, prompt, answer and topics per question id, for the library's search. */
export async function fetchSearchText(): Promise<Record<string, string>> {
  return (await import('virtual:bank-search')).default;
}
