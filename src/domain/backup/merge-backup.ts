// What an import will do, computed before anything is written: the resulting tables and a
// preview for the learner to confirm.
//
// Replace: the result is the file's data, settings included; everything in the database that
// the file lacks is gone (the preview counts it, and the app saves an automatic backup first).
//
// Merge: nothing in the database is lost.
// - Attempts are merged by id: every current attempt stays as it is, and the file's attempts
//   whose id the database does not have are added. An id present on both sides keeps the current
//   attempt (attempts are never edited, so the two are the same answer).
// - Cards present on only one side are kept as they are. For a card on both sides, the memory
//   (the FSRS state) comes from the side reviewed later (`memory.lastReview`; a card never
//   reviewed counts as earliest; on a tie the current card wins). The learner's own marks stay
//   the current card's, and the file's fill in only where the current card has none: starred if
//   either is starred, suspended if either is suspended, and the file's note only when the
//   current note is empty (two different notes keep the current one; the file still has the other).
// - Sessions: the current session of each kind stays; the file's is added only for a kind the
//   database has none of.
// - Mocks are merged by id, like attempts: every current mock stays as it is, and the file's
//   mocks whose id the database does not have are added. An id present on both sides keeps the
//   current mock, even if the file's copy differs (say, it was scored further on another device).
// - Settings: the current settings stay.
import type { Mock } from '../mock/mock-session';
import type { Attempt } from '../practice/attempt';
import type { Card, Memory } from '../scheduler/memory';
import type { BackupData, BackupSessionRecord } from './backup-schema';

export type ImportMode = 'replace' | 'merge';

export interface TableCounts {
  cards: number;
  attempts: number;
  sessions: number;
  mocks: number;
}

export interface ImportPreview {
  mode: ImportMode;
  /** What the file holds. */
  incoming: TableCounts;
  /** What the database holds now. */
  current: TableCounts;
  /** What the database holds after the import. */
  result: TableCounts;
  /** Earliest and latest attempt time in the file (epoch ms); null when it has no attempts. */
  attemptRange: { first: number; last: number } | null;
  /** Attempts in the file that the database does not have yet (by id). */
  newAttempts: number;
  /** Attempts in the file that the database already has (by id). */
  presentAttempts: number;
  /** Attempts now in the database that the import removes (replace only: those not in the file). */
  removedAttempts: number;
  /** Mocks in the file that the database does not have yet (by id). */
  newMocks: number;
  /** Mocks in the file that the database already has (by id): merge keeps the current ones. */
  presentMocks: number;
  /** Mocks now in the database that the import removes (replace only: those not in the file). */
  removedMocks: number;
  /** Cards the import adds, changes and removes (removal only on replace). */
  cards: { added: number; changed: number; removed: number };
  settings: 'kept' | 'replaced';
}

export interface ImportPlan {
  /** The tables as they should be after the import: write exactly this, in one transaction. */
  data: BackupData;
  preview: ImportPreview;
}

export function planImport(current: BackupData, incoming: BackupData, mode: ImportMode): ImportPlan {
  const fileAttempts = uniqueBy(incoming.attempts, (a) => a.id);
  const fileCards = uniqueBy(incoming.cards, (c) => c.questionId);
  const fileSessions = uniqueBy(incoming.sessions, (s) => s.kind);
  const fileMocks = uniqueBy(incoming.mocks, (m) => m.id);
  const file: Tables = { attempts: fileAttempts, cards: fileCards, sessions: fileSessions, mocks: fileMocks };
  const data = mode === 'replace' ? replaced(file, incoming) : merged(current, file);

  const currentAttemptIds = new Set(current.attempts.map((a) => a.id));
  const resultAttemptIds = new Set(data.attempts.map((a) => a.id));
  const presentAttempts = fileAttempts.filter((a) => currentAttemptIds.has(a.id)).length;

  const currentMockIds = new Set(current.mocks.map((m) => m.id));
  const resultMockIds = new Set(data.mocks.map((m) => m.id));
  const presentMocks = fileMocks.filter((m) => currentMockIds.has(m.id)).length;

  const currentCards = new Map(current.cards.map((c) => [c.questionId, c]));
  const resultCardIds = new Set(data.cards.map((c) => c.questionId));
  let added = 0;
  let changed = 0;
  for (const card of data.cards) {
    const before = currentCards.get(card.questionId);
    if (!before) added++;
    else if (!sameCard(before, card)) changed++;
  }

  let attemptRange: ImportPreview['attemptRange'] = null;
  for (const { at } of fileAttempts) {
    attemptRange = attemptRange ? { first: Math.min(attemptRange.first, at), last: Math.max(attemptRange.last, at) } : { first: at, last: at };
  }

  return {
    data,
    preview: {
      mode,
      incoming: counts(incoming),
      current: counts(current),
      result: counts(data),
      attemptRange,
      newAttempts: fileAttempts.length - presentAttempts,
      presentAttempts,
      removedAttempts: current.attempts.filter((a) => !resultAttemptIds.has(a.id)).length,
      newMocks: fileMocks.length - presentMocks,
      presentMocks,
      removedMocks: current.mocks.filter((m) => !resultMockIds.has(m.id)).length,
      cards: { added, changed, removed: current.cards.filter((c) => !resultCardIds.has(c.questionId)).length },
      settings: mode === 'replace' ? 'replaced' : 'kept',
    },
  };
}

/** The file's tables, without duplicate keys. */
interface Tables {
  attempts: Attempt[];
  cards: Card[];
  sessions: BackupSessionRecord[];
  mocks: Mock[];
}

function replaced({ cards, attempts, sessions, mocks }: Tables, incoming: BackupData): BackupData {
  return { cards, attempts, sessions, mocks, settings: { ...incoming.settings } };
}

function merged(current: BackupData, { attempts: fileAttempts, cards: fileCards, sessions: fileSessions, mocks: fileMocks }: Tables): BackupData {
  const attemptIds = new Set(current.attempts.map((a) => a.id));
  const attempts = [...current.attempts, ...fileAttempts.filter((a) => !attemptIds.has(a.id))];

  const fromFile = new Map(fileCards.map((c) => [c.questionId, c]));
  const cardIds = new Set(current.cards.map((c) => c.questionId));
  const cards = [
    ...current.cards.map((card) => {
      const other = fromFile.get(card.questionId);
      return other ? mergeCard(card, other) : card;
    }),
    ...fileCards.filter((c) => !cardIds.has(c.questionId)),
  ];

  const kinds = new Set(current.sessions.map((s) => s.kind));
  const sessions = [...current.sessions, ...fileSessions.filter((s) => !kinds.has(s.kind))];

  const mockIds = new Set(current.mocks.map((m) => m.id));
  const mocks = [...current.mocks, ...fileMocks.filter((m) => !mockIds.has(m.id))];

  return { cards, attempts, sessions, mocks, settings: { ...current.settings } };
}

/** One question's card from both sides of a merge (the rule is at the top of this file). */
export function mergeCard(current: Card, incoming: Card): Card {
  const reviewed = (card: Card) => card.memory?.lastReview ?? -Infinity;
  return {
    questionId: current.questionId,
    memory: reviewed(incoming) > reviewed(current) ? incoming.memory : current.memory,
    suspended: current.suspended || incoming.suspended,
    starred: current.starred || incoming.starred,
    note: current.note !== '' ? current.note : incoming.note,
  };
}

function counts(data: BackupData): TableCounts {
  return { cards: data.cards.length, attempts: data.attempts.length, sessions: data.sessions.length, mocks: data.mocks.length };
}

/** The rows with the first of each key (a parsed backup has no duplicates; this is for safety). */
function uniqueBy<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sameMemory(a: Memory | null, b: Memory | null): boolean {
  if (a === null || b === null) return a === b;
  return (Object.keys(a) as (keyof Memory)[]).every((key) => Object.is(a[key], b[key])) && Object.keys(a).length === Object.keys(b).length;
}

function sameCard(a: Card, b: Card): boolean {
  return a.suspended === b.suspended && a.starred === b.starred && a.note === b.note && sameMemory(a.memory, b.memory);
}
