// The versioned backup file: what "Export backup" writes and "Import backup" accepts.
//
// zod/mini, like settings.ts: the schema is only needed on the Settings page, but mini keeps
// that page light too. Every record is a strict object (an unknown key is an error), every
// number is finite (Zod refuses NaN and Infinity), text is bounded, and dates are epoch
// milliseconds that may not lie in the future (except due dates, which are meant to).
import * as z from 'zod/mini';
import { AREAS } from '../bank/vocabulary';
import type { Attempt } from '../practice/attempt';
import type { PracticeSession, SessionResult } from '../practice/session';
import type { TestSummary } from '../practice/test-summary';
import type { QueueItem } from '../scheduler/queue';
import type { Card, Memory } from '../scheduler/memory';
import { settingsSchema, type Settings } from '../settings';

export const BACKUP_FORMAT = 'bridge-backup';

/** The version this app writes. Always `MIGRATIONS.length + 1` (a test checks it). */
export const BACKUP_VERSION = 1;

/** Files above this are refused before they are parsed (the UI checks `File.size` first). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Deepest nesting of arrays and objects accepted; a real backup needs 8. */
export const MAX_DEPTH = 32;

/** Longest answer, code or note, in UTF-16 characters. */
export const MAX_TEXT = 100_000;

/** Longest id (attempt and session ids are UUIDs, question ids kebab-case). */
export const MAX_ID = 200;

/**
 * Earliest accepted time: 2000-01-01. Bridge did not exist before, and it catches a time in
 * seconds where milliseconds are expected (1.7e9 seconds would read as January 1970).
 */
export const MIN_DATE = Date.UTC(2000, 0, 1);

/** The largest time a JavaScript Date can hold. */
export const MAX_DATE = 8.64e15;

/**
 * How far past `now` a date may be and still count as "not in the future": a backup made on
 * a device whose clock runs a few minutes ahead still imports.
 */
export const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;

/** The session records of the `sessions` table (the same shape as data/db.ts's SessionRecord). */
export interface BackupSessionRecord {
  kind: 'practice';
  session: PracticeSession;
}

/** Everything a backup carries: the learner's tables. */
export interface BackupData {
  cards: Card[];
  attempts: Attempt[];
  sessions: BackupSessionRecord[];
  settings: Settings;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the file was made, as an ISO 8601 string. */
  exportedAt: string;
  /** The app version that made it (package.json `version`). */
  appVersion: string;
  data: BackupData;
}

/** What validation compares against: the current time and the question bank. */
export interface BackupContext {
  now: number;
  /** Attempts must be for one of these questions. */
  questionIds: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------
// Migrations

export type JsonObject = { [key: string]: unknown };

/**
 * Turns a backup of version N into version N+1 (and sets `version` to N+1). It runs on the raw
 * parsed JSON before validation; the strict schema of the current version checks the result.
 */
export type Migration = (backup: JsonObject) => JsonObject;

/**
 * MIGRATIONS[i] migrates version i+1 to version i+2. Version 1 is the only version so far.
 * When mocks arrive, version 2 adds `data.mocks`; its migration will be
 * `(backup) => ({ ...backup, version: 2, data: { ...(backup.data as JsonObject), mocks: [] } })`,
 * BACKUP_VERSION becomes 2 and the schema below gains the mocks table.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** The newest version a chain of migrations reaches. */
export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length + 1;
}

/**
 * Brings a backup of version `from` up to the latest version by running each migration in turn.
 * The caller has checked that 1 <= from <= latestVersion(migrations).
 */
export function migrateBackup(backup: JsonObject, from: number, migrations: readonly Migration[] = MIGRATIONS): JsonObject {
  let current = backup;
  for (let version = from; version < latestVersion(migrations); version++) {
    current = migrations[version - 1](current);
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// Schemas

const text = (max: number) => z.string().check(z.maxLength(max));
const id = () => z.string().check(z.minLength(1), z.maxLength(MAX_ID));
const count = () => z.int().check(z.gte(0));
const nonNegative = () => z.number().check(z.gte(0));
const iso = (ms: number) => new Date(ms).toISOString();

/** A time in epoch ms that has already happened (a review, an answer, a session start). */
function pastDate(now: number) {
  return z.int().check(
    z.superRefine((value, ctx) => {
      if (value < MIN_DATE) {
        ctx.addIssue({ code: 'custom', input: value, message: `expected epoch milliseconds from 2000-01-01 on, got ${value}` });
      } else if (value > now + FUTURE_TOLERANCE_MS) {
        ctx.addIssue({ code: 'custom', input: value, message: `in the future (${value > MAX_DATE ? value : iso(value)})` });
      }
    }),
  );
}

/** A time in epoch ms that may lie ahead (a due date). */
function anyDate() {
  return z.int().check(
    z.superRefine((value, ctx) => {
      if (value < MIN_DATE || value > MAX_DATE) {
        ctx.addIssue({ code: 'custom', input: value, message: `expected epoch milliseconds from 2000-01-01 on, got ${value}` });
      }
    }),
  );
}

/** Indices into a list of `total` items: whole numbers below it, each at most once. */
function checkIndices(indices: readonly number[], total: number, key: string, ctx: z.core.$RefinementCtx<unknown>) {
  const seen = new Set<number>();
  indices.forEach((index, i) => {
    if (index >= total) ctx.addIssue({ code: 'custom', path: [key, i], input: index, message: `expected an index below ${total}, got ${index}` });
    else if (seen.has(index)) ctx.addIssue({ code: 'custom', path: [key, i], input: index, message: `index ${index} listed twice` });
    seen.add(index);
  });
}

export function memorySchema(context: BackupContext) {
  return z.strictObject({
    due: anyDate(),
    stability: nonNegative(),
    // FSRS keeps difficulty in [1, 10]; an empty card has 0.
    difficulty: z.number().check(z.gte(0), z.lte(10)),
    elapsedDays: nonNegative(),
    scheduledDays: nonNegative(),
    learningSteps: count(),
    reps: count(),
    lapses: count(),
    state: z.literal([0, 1, 2, 3]),
    lastReview: z.nullable(pastDate(context.now)),
  });
}

export function cardSchema(context: BackupContext) {
  return z.strictObject({
    questionId: id(),
    memory: z.nullable(memorySchema(context)),
    suspended: z.boolean(),
    starred: z.boolean(),
    note: text(MAX_TEXT),
  });
}

export function testSummarySchema() {
  return z.strictObject({
    status: z.enum(['done', 'timeout', 'failed']),
    visiblePassed: count(),
    visibleTotal: count(),
    hiddenPassed: count(),
    hiddenTotal: count(),
  }).check(
    z.superRefine((tests, ctx) => {
      if (tests.visiblePassed > tests.visibleTotal) {
        ctx.addIssue({ code: 'custom', path: ['visiblePassed'], input: tests.visiblePassed, message: `expected at most visibleTotal (${tests.visibleTotal}), got ${tests.visiblePassed}` });
      }
      if (tests.hiddenPassed > tests.hiddenTotal) {
        ctx.addIssue({ code: 'custom', path: ['hiddenPassed'], input: tests.hiddenPassed, message: `expected at most hiddenTotal (${tests.hiddenTotal}), got ${tests.hiddenPassed}` });
      }
    }),
  );
}

export function attemptSchema(context: BackupContext) {
  return z.strictObject({
    id: id(),
    questionId: id().check(
      z.superRefine((questionId, ctx) => {
        if (!context.questionIds.has(questionId)) ctx.addIssue({ code: 'custom', input: questionId, message: `unknown question ${JSON.stringify(questionId)}` });
      }),
    ),
    at: pastDate(context.now),
    mode: z.enum(['practice', 'mock', 'drill']),
    rating: z.literal([1, 2, 3, 4]),
    rubricHit: z.array(count()).check(z.maxLength(1000)),
    rubricTotal: z.int().check(z.gte(0), z.lte(1000)),
    answer: text(MAX_TEXT),
    tests: z.optional(testSummarySchema()),
    durationMs: count(),
    before: z.nullable(memorySchema(context)),
    after: memorySchema(context),
  }).check(z.superRefine((attempt, ctx) => checkIndices(attempt.rubricHit, attempt.rubricTotal, 'rubricHit', ctx)));
}

export function queueItemSchema() {
  return z.strictObject({ questionId: id(), area: z.enum(AREAS), kind: z.enum(['review', 'new']) });
}

export function sessionResultSchema() {
  return z.strictObject({
    questionId: id(),
    attemptId: id(),
    rating: z.literal([1, 2, 3, 4]),
    ticked: z.array(count()).check(z.maxLength(1000)),
    answer: text(MAX_TEXT),
    durationMs: count(),
    nextDue: anyDate(),
    tests: z.optional(testSummarySchema()),
  });
}

export function sessionSchema(context: BackupContext) {
  return z.strictObject({
    id: id(),
    mode: z.optional(z.enum(['practice', 'drill'])),
    dayKey: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD')),
    startedAt: pastDate(context.now),
    queue: z.array(queueItemSchema()).check(z.maxLength(10_000)),
    results: z.array(sessionResultSchema()).check(z.maxLength(10_000)),
    phase: z.enum(['answering', 'revealed', 'done']),
    hintsShown: z.int().check(z.gte(0), z.lte(1000)),
    ticked: z.array(count()).check(z.maxLength(1000)),
    answer: text(MAX_TEXT),
    questionStartedAt: pastDate(context.now),
    tests: z.optional(testSummarySchema()),
  });
}

export function sessionRecordSchema(context: BackupContext) {
  return z.strictObject({ kind: z.literal('practice'), session: sessionSchema(context) });
}

/** Settings as stored, without unknown keys (the Dexie row's `id` is not part of a backup). */
export function backupSettingsSchema() {
  return z.strictObject(settingsSchema.shape);
}

type Keyed = { [key: string]: unknown };

/** Reports the second and later records that share a key, at the key's field. */
function checkUnique(rows: readonly Keyed[], table: string, key: string, what: string, ctx: z.core.$RefinementCtx<unknown>) {
  const first = new Map<unknown, number>();
  rows.forEach((row, i) => {
    const value = row[key];
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, i);
    else ctx.addIssue({ code: 'custom', path: [table, i, key], input: value, message: `duplicate ${what} ${JSON.stringify(value)} (first at ${table}[${earlier}])` });
  });
}

export function backupDataSchema(context: BackupContext) {
  return z.strictObject({
    cards: z.array(cardSchema(context)),
    attempts: z.array(attemptSchema(context)),
    sessions: z.array(sessionRecordSchema(context)),
    settings: backupSettingsSchema(),
  }).check(
    z.superRefine((data, ctx) => {
      checkUnique(data.cards, 'cards', 'questionId', 'card for question', ctx);
      checkUnique(data.attempts, 'attempts', 'id', 'id', ctx);
      checkUnique(data.sessions, 'sessions', 'kind', 'session kind', ctx);
    }),
  );
}

export function backupSchema(context: BackupContext) {
  return z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime().check(
      z.superRefine((value, ctx) => {
        if (Date.parse(value) > context.now + FUTURE_TOLERANCE_MS) ctx.addIssue({ code: 'custom', input: value, message: `in the future (${value})` });
      }),
    ),
    appVersion: z.string().check(z.minLength(1), z.maxLength(100)),
    data: backupDataSchema(context),
  });
}

// The schemas describe exactly the app's types: a field added to (or removed from) Card, Attempt,
// PracticeSession, Settings or anything inside them without the matching schema change fails to
// compile here, rather than making every new backup unreadable. Keys are compared as well,
// because a new optional field alone would still leave the two types assignable both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Exact<A, B> = Same<A, B> extends true ? Same<keyof A, keyof B> : false;
type Out<F extends (...args: never[]) => z.ZodMiniType> = z.infer<ReturnType<F>>;
true satisfies Exact<Out<typeof memorySchema>, Memory>;
true satisfies Exact<Out<typeof cardSchema>, Card>;
true satisfies Exact<Out<typeof testSummarySchema>, TestSummary>;
true satisfies Exact<Out<typeof attemptSchema>, Attempt>;
true satisfies Exact<Out<typeof queueItemSchema>, QueueItem>;
true satisfies Exact<Out<typeof sessionResultSchema>, SessionResult>;
true satisfies Exact<Out<typeof sessionSchema>, PracticeSession>;
true satisfies Exact<Out<typeof sessionRecordSchema>, BackupSessionRecord>;
true satisfies Exact<Out<typeof backupSettingsSchema>, Settings>;
true satisfies Exact<Out<typeof backupDataSchema>, BackupData>;
true satisfies Exact<Out<typeof backupSchema>, Backup>;
