// Reads and writes of learner data. Each learner action is one transaction.
import type { Attempt } from '../domain/practice/attempt';
import { startSession, type PracticeSession } from '../domain/practice/session';
import { dayKey, dayStart } from '../domain/scheduler/day';
import { newCard, type Card } from '../domain/scheduler/memory';
import { todayQueue, type DoneToday, type QueueItem } from '../domain/scheduler/queue';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../domain/settings';
import type { QuestionMeta } from '../domain/bank/schema';
import { isReviewed, type Mock } from '../domain/mock/mock-session';
import { questionIndex } from './bank';
import { db as defaultDb, type BridgeDb } from './db';

export type CardPatch = Partial<Pick<Card, 'starred' | 'suspended' | 'note'>>;

export function createRepo(db: BridgeDb, questions: readonly QuestionMeta[]) {
  return {
    async settings(): Promise<Settings> {
      const stored = await db.settings.get('settings');
      const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
      return parsed.success ? parsed.data : DEFAULT_SETTINGS;
    },

    async saveSettings(settings: Settings): Promise<void> {
      await db.settings.put({ id: 'settings', ...settingsSchema.parse(settings) });
    },

    async cards(): Promise<Map<string, Card>> {
      const cards = await db.cards.toArray();
      return new Map(cards.map((card) => [card.questionId, card]));
    },

    async card(questionId: string): Promise<Card> {
      return (await db.cards.get(questionId)) ?? newCard(questionId);
    },

    async updateCard(questionId: string, patch: CardPatch): Promise<void> {
      await db.transaction('rw', db.cards, async () => {
        const card = (await db.cards.get(questionId)) ?? newCard(questionId);
        await db.cards.put({ ...card, ...patch });
      });
    },

    /** Reviews and new questions answered since `since` (the start of the learning day). */
    async doneSince(since: number): Promise<DoneToday> {
      const today = await db.attempts.where('at').aboveOrEqual(since).toArray();
      const news = today.filter((attempt) => attempt.before === null).length;
      return { news, reviews: today.length - news };
    },

    /** Times of every attempt since `since`, for the day streak. */
    async attemptTimesSince(since: number): Promise<number[]> {
      return (await db.attempts.where('at').aboveOrEqual(since).keys()) as number[];
    },

    async attemptsFor(questionId: string): Promise<Attempt[]> {
      const attempts = await db.attempts.where('questionId').equals(questionId).toArray();
      return attempts.sort((a, b) => b.at - a.at);
    },

    async session(): Promise<PracticeSession | null> {
      return (await db.sessions.get('practice'))?.session ?? null;
    },

    async saveSession(session: PracticeSession): Promise<void> {
      await db.sessions.put({ kind: 'practice', session });
    },

    /** Builds today's queue from the stored cards and starts (and saves) a new session on it. */
    async startPracticeSession(now: number, id: string): Promise<PracticeSession> {
      return db.transaction('rw', db.cards, db.attempts, db.settings, db.sessions, async () => {
        const settings = await this.settings();
        const [cards, done] = await Promise.all([this.cards(), this.doneSince(dayStart(now, settings.rolloverHour))]);
        const queue = todayQueue({ questions, cards, settings, done, now });
        const session = startSession(id, dayKey(now, settings.rolloverHour), queue, now);
        await this.saveSession(session);
        return session;
      });
    },

    /** Starts (and saves) a drill session on the given queue; it replaces any session in progress. */
    async startDrillSession(now: number, id: string, queue: QueueItem[]): Promise<PracticeSession> {
      const settings = await this.settings();
      const session = startSession(id, dayKey(now, settings.rolloverHour), queue, now, 'drill');
      await this.saveSession(session);
      return session;
    },

    async attempts(): Promise<Attempt[]> {
      return db.attempts.toArray();
    },

    /** When each question was last answered, for answers since `since`. */
    async lastSeenSince(since: number): Promise<Map<string, number>> {
      const recent = await db.attempts.where('at').aboveOrEqual(since).toArray();
      const seen = new Map<string, number>();
      for (const a of recent) seen.set(a.questionId, Math.max(a.at, seen.get(a.questionId) ?? 0));
      return seen;
    },

    async mocks(): Promise<Mock[]> {
      return db.mocks.orderBy('startedAt').toArray();
    },

    async mock(id: string): Promise<Mock | undefined> {
      return db.mocks.get(id);
    },

    /** The latest mock whose round or postmortem is unfinished, if any. */
    async openMock(): Promise<Mock | undefined> {
      return (await db.mocks.orderBy('startedAt').reverse().toArray()).find((mock) => !isReviewed(mock));
    },

    async saveMock(mock: Mock): Promise<void> {
      await db.mocks.put(mock);
    },

    /** A mock question's rating is a review: attempt, card and mock are written together. */
    async recordMockRating(attempt: Attempt, mock: Mock): Promise<void> {
      await db.transaction('rw', db.cards, db.attempts, db.mocks, async () => {
        const card = (await db.cards.get(attempt.questionId)) ?? newCard(attempt.questionId);
        await db.cards.put({ ...card, memory: attempt.after });
        await db.attempts.add(attempt);
        await db.mocks.put(mock);
      });
    },

    /** Stores a rating: the attempt, the card's new memory and the session move together. */
    async recordRating(attempt: Attempt, session: PracticeSession): Promise<void> {
      await db.transaction('rw', db.cards, db.attempts, db.sessions, async () => {
        const card = (await db.cards.get(attempt.questionId)) ?? newCard(attempt.questionId);
        await db.cards.put({ ...card, memory: attempt.after });
        await db.attempts.add(attempt);
        await db.sessions.put({ kind: 'practice', session });
      });
    },

    /** Takes a rating back: the card gets the memory stored before it, the attempt is removed. */
    async undoRating(attemptId: string, session: PracticeSession): Promise<void> {
      await db.transaction('rw', db.cards, db.attempts, db.sessions, async () => {
        const attempt = await db.attempts.get(attemptId);
        if (!attempt) throw new Error(`attempt ${attemptId} not found`);
        const card = (await db.cards.get(attempt.questionId)) ?? newCard(attempt.questionId);
        await db.cards.put({ ...card, memory: attempt.before });
        await db.attempts.delete(attemptId);
        await db.sessions.put({ kind: 'practice', session });
      });
    },
  };
}

export type Repo = ReturnType<typeof createRepo>;
export const repo = createRepo(defaultDb, questionIndex);
