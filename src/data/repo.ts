// Reads and writes of learner data. Each learner action is one transaction.
import type { Attempt } from '../domain/practice/attempt';
import { startSession, type PracticeSession } from '../domain/practice/session';
import { dayKey, dayStart } from '../domain/scheduler/day';
import { newCard, type Card } from '../domain/scheduler/memory';
import type { Deadline } from '../domain/scheduler/deadline';
import { CALIBRATION_ANSWERS, deadlineOf, planScope } from '../domain/scheduler/plan';
import { todayQueue, type DoneToday, type QueueItem } from '../domain/scheduler/queue';
import { trackDay } from '../domain/scheduler/track';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../domain/settings';
import type { BackupData } from '../domain/backup/backup-schema';
import type { QuestionMeta } from '../domain/bank/schema';
import { isReviewed, type Mock } from '../domain/mock/mock-session';
import { questionIndex } from './bank';
import { db as defaultDb, type BackupRecord, type BridgeDb } from './db';

/** Automatic backups kept; older ones are dropped when a new one is taken. */
const AUTO_BACKUPS_KEPT = 5;

export type CardPatch = Partial<Pick<Card, 'starred' | 'suspended' | 'note'>>;

export function createRepo(db: BridgeDb, questions: readonly QuestionMeta[]) {
  // The plan's fit to the learner changes slowly: it is computed once a learning day, and again
  // after an import. A failed read is not remembered.
  let fit: { day: string; result: Promise<Pick<Deadline, 'forgetting' | 'answerSeconds'>> } | null = null;

  /** Sets a card's FSRS memory, creating the card if the question was never seen (inside a transaction). */
  async function putMemory(questionId: string, memory: Card['memory']): Promise<void> {
    const card = (await db.cards.get(questionId)) ?? newCard(questionId);
    await db.cards.put({ ...card, memory });
  }

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

    /** Reviews and new questions answered since `since` (the start of the learning day), and the time spent. */
    async doneSince(since: number): Promise<DoneToday & { spentSeconds: number }> {
      const today = await db.attempts.where('at').aboveOrEqual(since).toArray();
      const news = today.filter((attempt) => attempt.before === null).length;
      const spentSeconds = today.reduce((sum, attempt) => sum + attempt.durationMs / 1000, 0);
      return { news, reviews: today.length - news, spentSeconds };
    },

    /**
     * Today's queue: plain FSRS, or the deadline plan when an interview date is set. The deadline
     * code loads only then, so the first page of a learner without a date stays small.
     */
    async todayQueue(now: number): Promise<{
      queue: QueueItem[];
      settings: Settings;
      cards: Map<string, Card>;
      done: DoneToday & { spentSeconds: number };
      deadline: Deadline | null;
    }> {
      const settings = await this.settings();
      const [cards, done, deadline] = await Promise.all([this.cards(), this.doneSince(dayStart(now, settings.rolloverHour)), this.deadline(settings, now)]);
      const focus = settings.trackStart ? (trackDay(settings.trackStart, now, settings.rolloverHour, null)?.focus ?? []) : [];
      if (!deadline) return { queue: todayQueue({ questions, cards, settings, done, now, focus }), settings, cards, done, deadline: null };
      const { deadlineQueue } = await import('../domain/scheduler/deadline');
      const queue = deadlineQueue({ questions: planScope(questions, settings), cards, settings, done, now, focus, deadline, spentSeconds: done.spentSeconds });
      return { queue, settings, cards, done, deadline };
    },

    /**
     * The interview plan (null without an interview date), fitted to the learner: how fast they
     * forget and how long they take, from their last answers. The plan code loads only here.
     */
    async deadline(settings: Settings, now: number): Promise<Deadline | null> {
      if (!settings.interviewDate) return null;
      const day = dayKey(now, settings.rolloverHour);
      if (fit?.day !== day) {
        const result = (async () => {
          const [{ DEFAULT_ANSWER_SECONDS }, { answerSecondsFrom, fitForgetting, reviewOutcomes }, recent] = await Promise.all([
            import('../domain/scheduler/deadline'),
            import('../domain/scheduler/calibration'),
            db.attempts.orderBy('at').reverse().limit(CALIBRATION_ANSWERS).toArray(),
          ]);
          return { forgetting: fitForgetting(reviewOutcomes(recent)), answerSeconds: answerSecondsFrom(recent, DEFAULT_ANSWER_SECONDS) };
        })();
        fit = { day, result };
        result.catch(() => {
          if (fit?.result === result) fit = null;
        });
      }
      return deadlineOf(settings, await fit.result);
    },

    /** The desired retention for rating, at `now`, a question whose memory is `memory` (the plan's, with an interview date). */
    async retention(now: number, memory: Card['memory']): Promise<number> {
      const settings = await this.settings();
      const deadline = await this.deadline(settings, now);
      if (!deadline) return settings.retention;
      const { deadlineRetention } = await import('../domain/scheduler/deadline');
      return deadlineRetention(deadline, now, settings.rolloverHour, settings.retention, memory);
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
      const { queue, settings } = await this.todayQueue(now);
      const session = startSession(id, dayKey(now, settings.rolloverHour), queue, now);
      await this.saveSession(session);
      return session;
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

    async lastMockAt(): Promise<number | null> {
      return (await db.mocks.orderBy('startedAt').last())?.startedAt ?? null;
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
        await putMemory(attempt.questionId, attempt.after);
        await db.attempts.add(attempt);
        await db.mocks.put(mock);
      });
    },

    /** Everything a backup holds, read in one transaction so the copy is consistent. */
    async backupData(): Promise<BackupData> {
      return db.transaction('r', [db.cards, db.attempts, db.sessions, db.settings, db.mocks], () => this.readAll());
    },

    async readAll(): Promise<BackupData> {
      const [cards, attempts, sessions, mocks, settings] = await Promise.all([
        db.cards.toArray(),
        db.attempts.toArray(),
        db.sessions.toArray(),
        db.mocks.toArray(),
        this.settings(),
      ]);
      return { cards, attempts, sessions, mocks, settings };
    },

    /** The first and last answer times, or null without history. */
    async attemptSpan(): Promise<{ first: number; last: number } | null> {
      const [first, last] = await Promise.all([db.attempts.orderBy('at').first(), db.attempts.orderBy('at').last()]);
      return first && last ? { first: first.at, last: last.at } : null;
    },

    async recordExport(at: number): Promise<void> {
      await db.backups.add({ id: crypto.randomUUID(), kind: 'export', at });
    },

    async lastExportAt(): Promise<number | null> {
      const exports = await db.backups.where('kind').equals('export').toArray();
      return exports.length ? Math.max(...exports.map((e) => e.at)) : null;
    },

    async autoBackups(): Promise<BackupRecord[]> {
      return (await db.backups.where('kind').equals('auto').toArray()).sort((a, b) => b.at - a.at);
    },

    /**
     * Replaces the learner's data with `next(current)` in one transaction, after saving the
     * current data as an automatic backup (`snapshot(current)`). Either all of it happens or none.
     */
    async importData(now: number, snapshot: (current: BackupData) => string, next: (current: BackupData) => BackupData): Promise<void> {
      await db.transaction('rw', [db.cards, db.attempts, db.sessions, db.settings, db.mocks, db.backups], async () => {
        const current = await this.readAll();
        await db.backups.add({ id: crypto.randomUUID(), kind: 'auto', at: now, text: snapshot(current) });
        const autos = await this.autoBackups();
        await db.backups.bulkDelete(autos.slice(AUTO_BACKUPS_KEPT).map((b) => b.id));
        const data = next(current);
        await Promise.all([db.cards.clear(), db.attempts.clear(), db.sessions.clear(), db.mocks.clear()]);
        await db.cards.bulkAdd(data.cards);
        await db.attempts.bulkAdd(data.attempts);
        await db.sessions.bulkAdd(data.sessions);
        await db.mocks.bulkAdd(data.mocks);
        await db.settings.put({ id: 'settings', ...data.settings });
      });
      fit = null;
    },

    /** Stores a rating: the attempt, the card's new memory and the session move together. */
    async recordRating(attempt: Attempt, session: PracticeSession): Promise<void> {
      await db.transaction('rw', db.cards, db.attempts, db.sessions, async () => {
        await putMemory(attempt.questionId, attempt.after);
        await db.attempts.add(attempt);
        await db.sessions.put({ kind: 'practice', session });
      });
    },

    /** Takes a rating back: the card gets the memory stored before it, the attempt is removed. */
    async undoRating(attemptId: string, session: PracticeSession): Promise<void> {
      await db.transaction('rw', db.cards, db.attempts, db.sessions, async () => {
        const attempt = await db.attempts.get(attemptId);
        if (!attempt) throw new Error(`attempt ${attemptId} not found`);
        await putMemory(attempt.questionId, attempt.before);
        await db.attempts.delete(attemptId);
        await db.sessions.put({ kind: 'practice', session });
      });
    },
  };
}

export type Repo = ReturnType<typeof createRepo>;
export const repo = createRepo(defaultDb, questionIndex);
