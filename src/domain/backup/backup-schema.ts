// The versioned backup file: what "Export backup" writes and "Import backup" accepts.
//
// zod/mini, like settings.ts: the schema is only needed on the Settings page, but mini keeps
// that page light too. Every record is a strict object (an unknown key is an error), every
// number is finite (Zod refuses NaN and Infinity), text is bounded, and dates are epoch
// milliseconds that may not lie in the future (except due dates, which are meant to).
//
// Versions: 1 had cards, attempts, sessions and settings; 2 adds `mocks` (mock interviews) and
// the settings `interviewDate` and `dailyMinutes` (deadline mode), `trackStart` (the 90-day
// track) and `planAreas` and `planRoles` (the plan's scope).
import * as z from 'zod/mini';
import { AREAS, DIMENSIONS, ROLES, type Dimension } from '../bank/vocabulary';
import { MOCK_FORMATS, type FormatId } from '../mock/formats';
import type { Mock, MockPhase, MockQuestion } from '../mock/mock-session';
import type { Attempt } from '../practice/attempt';
import type { PracticeSession, SessionResult } from '../practice/session';
import type { TestSummary } from '../practice/test-summary';
import type { QueueItem } from '../scheduler/queue';
import type { Card, Memory } from '../scheduler/memory';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../settings';

export const BACKUP_FORMAT = 'bridge-backup';

/** The version this app writes. Always `MIGRATIONS.length + 1` (a test checks it). */
export const BACKUP_VERSION = 2;

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
  /** Since version 2. */
  mocks: Mock[];
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
 * A problem a migration finds in the file it migrates, which the schema of the latest version
 * could no longer see (a key that is unknown in the file's version but known in a later one).
 * parseBackup reports it as `where: why`, like a schema problem.
 */
export class MigrationProblem extends Error {
  constructor(
    /** Where, as a Zod path from the file's root: ['data', 'mocks']. */
    readonly path: readonly PropertyKey[],
    /** Why, as the part of the message after `where: `. */
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'MigrationProblem';
  }
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 1 -> 2: mock interviews arrive, and a version 1 backup had none, so `data.mocks` is an
 * empty table; deadline mode adds two settings, the 90-day track one and the plan's scope two,
 * which take their defaults (as a settings row stored before them does when the app reads it): no
 * interview date, the default minutes a day, no track start, and every area and role (empty
 * lists).
 *
 * A version 1 file that already has one of these keys is refused (`mocks: unknown key`, as
 * version 1 itself would say) rather than having it silently dropped or accepted under a version
 * that did not know it. A `data` or `settings` that is not an object is left for the schema to
 * report.
 */
export function migrateV1ToV2(backup: JsonObject): JsonObject {
  const data = backup.data;
  if (!isJsonObject(data)) return { ...backup, version: 2 };
  if (Object.hasOwn(data, 'mocks')) throw new MigrationProblem(['data', 'mocks'], 'unknown key');
  let settings = data.settings;
  if (isJsonObject(settings)) {
    for (const key of ['interviewDate', 'dailyMinutes', 'planAreas', 'planRoles', 'trackStart']) {
      if (Object.hasOwn(settings, key)) throw new MigrationProblem(['data', 'settings', key], 'unknown key');
    }
    settings = {
      ...settings,
      interviewDate: DEFAULT_SETTINGS.interviewDate,
      dailyMinutes: DEFAULT_SETTINGS.dailyMinutes,
      planAreas: [...DEFAULT_SETTINGS.planAreas],
      planRoles: [...DEFAULT_SETTINGS.planRoles],
      trackStart: DEFAULT_SETTINGS.trackStart,
    };
  }
  return { ...backup, version: 2, data: { ...data, mocks: [], ...(settings === undefined ? {} : { settings }) } };
}

/** MIGRATIONS[i] migrates version i+1 to version i+2. */
export const MIGRATIONS: readonly Migration[] = [migrateV1ToV2];

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
    questionId: knownQuestionId(context),
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

/** The ids of the built-in mock formats: a mock of any other format is refused. */
const FORMAT_IDS: FormatId[] = MOCK_FORMATS.map((format) => format.id);

/** Every rubric dimension of every area, once. */
const ALL_DIMENSIONS: Dimension[] = [...new Set<Dimension>(Object.values(DIMENSIONS).flat())];

/** Most questions and phases a mock may have (the built-in formats have up to 5 and 6). */
export const MAX_MOCK_ITEMS = 100;

/** Most minutes a mock phase may be budgeted: a whole day. */
export const MAX_PHASE_MINUTES = 24 * 60;

/** A question id of the bank (attempts and mock questions must name one). */
function knownQuestionId(context: BackupContext) {
  return id().check(
    z.superRefine((questionId, ctx) => {
      if (!context.questionIds.has(questionId)) ctx.addIssue({ code: 'custom', input: questionId, message: `unknown question ${JSON.stringify(questionId)}` });
    }),
  );
}

/**
 * A mock question must be in the bank, like an attempt's: question ids are stable forever
 * (DESIGN.md), and a mock's rated questions have mock attempts for the same ids, which are
 * refused for an unknown question anyway, so accepting the mock alone would not make such a
 * backup importable.
 */
export function mockQuestionSchema(context: BackupContext) {
  return z.strictObject({
    questionId: knownQuestionId(context),
    notes: text(MAX_TEXT),
    scores: z.partialRecord(z.enum(ALL_DIMENSIONS), z.literal([1, 2, 3, 4])),
    rating: z.nullable(z.literal([1, 2, 3, 4])),
    attemptId: z.nullable(id()),
  });
}

export function mockPhaseSchema() {
  return z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    minutes: z.number().check(z.gt(0), z.lte(MAX_PHASE_MINUTES)),
    question: count(),
  });
}

/**
 * A mock interview. Beyond each field's own checks: every phase is about one of the mock's
 * questions; one phase start per phase entered so far (at least the first, at most one per
 * phase), in order, none before the start and none after the end; and the end, if any, not
 * before the start. (A start after `now` is refused as in the future, like every past date.)
 *
 * Zod runs these checks even when a field is already out of range (only a wrong type stops
 * them), so each comparison is skipped where the field's own check has spoken: no second
 * message for the same problem, and no date formatting of a value that is no date.
 */
export function mockSchema(context: BackupContext) {
  const isPast = (ms: number) => ms >= MIN_DATE && ms <= context.now + FUTURE_TOLERANCE_MS;
  return z.strictObject({
    id: id(),
    format: z.enum(FORMAT_IDS),
    hideDifficulty: z.boolean(),
    startedAt: pastDate(context.now),
    questions: z.array(mockQuestionSchema(context)).check(z.minLength(1), z.maxLength(MAX_MOCK_ITEMS)),
    phases: z.array(mockPhaseSchema()).check(z.minLength(1), z.maxLength(MAX_MOCK_ITEMS)),
    phaseStarts: z.array(pastDate(context.now)).check(z.minLength(1), z.maxLength(MAX_MOCK_ITEMS)),
    endedAt: z.nullable(pastDate(context.now)),
  }).check(
    z.superRefine((mock, ctx) => {
      mock.phases.forEach((phase, i) => {
        if (mock.questions.length > 0 && phase.question >= mock.questions.length) {
          ctx.addIssue({ code: 'custom', path: ['phases', i, 'question'], input: phase.question, message: `expected an index below ${mock.questions.length}, got ${phase.question}` });
        }
      });
      if (mock.phases.length > 0 && mock.phaseStarts.length > mock.phases.length) {
        ctx.addIssue({ code: 'custom', path: ['phaseStarts'], input: mock.phaseStarts, message: `expected at most one start per phase (${mock.phases.length}), got ${mock.phaseStarts.length}` });
      }
      const { startedAt, endedAt, phaseStarts } = mock;
      if (!isPast(startedAt) || (endedAt !== null && !isPast(endedAt))) return;
      if (endedAt !== null && endedAt < startedAt) {
        ctx.addIssue({ code: 'custom', path: ['endedAt'], input: endedAt, message: `before startedAt (${iso(endedAt)} < ${iso(startedAt)})` });
        return; // no phase start could fit between the two
      }
      let previous: number | null = null; // the latest phase start in its place so far
      phaseStarts.forEach((start, i) => {
        if (!isPast(start)) return;
        const where = ['phaseStarts', i];
        if (start < startedAt) {
          ctx.addIssue({ code: 'custom', path: where, input: start, message: `before startedAt (${iso(start)} < ${iso(startedAt)})` });
        } else if (previous !== null && start < phaseStarts[previous]) {
          ctx.addIssue({ code: 'custom', path: where, input: start, message: `before phaseStarts[${previous}] (${iso(start)} < ${iso(phaseStarts[previous])})` });
        } else if (endedAt !== null && start > endedAt) {
          ctx.addIssue({ code: 'custom', path: where, input: start, message: `after endedAt (${iso(start)} > ${iso(endedAt)})` });
        } else {
          previous = i; // a misplaced start is reported once, not again by the starts after it
        }
      });
    }),
  );
}

/**
 * A list of vocabulary values in which each value appears at most once: the second and later
 * copies are reported at their index, naming the first (`where` is the list's path as
 * parseBackup prints it, such as `settings.planAreas`).
 */
function distinctValues<T extends string>(list: z.ZodMiniArray<z.ZodMiniType<T>>, what: string, where: string) {
  return list.check(
    z.superRefine((values, ctx) => {
      const first = new Map<T, number>();
      values.forEach((value, i) => {
        const earlier = first.get(value);
        if (earlier === undefined) first.set(value, i);
        else ctx.addIssue({ code: 'custom', path: [i], input: value, message: `duplicate ${what} ${JSON.stringify(value)} (first at ${where}[${earlier}])` });
      });
    }),
  );
}

/**
 * Settings as stored, without unknown keys (the Dexie row's `id` is not part of a backup), and
 * with no area or role listed twice in the plan's scope.
 */
export function backupSettingsSchema() {
  return z.strictObject({
    ...settingsSchema.shape,
    planAreas: distinctValues(z.array(z.enum(AREAS)), 'area', 'settings.planAreas'),
    planRoles: distinctValues(z.array(z.enum(ROLES)), 'role', 'settings.planRoles'),
  });
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
    mocks: z.array(mockSchema(context)),
    settings: backupSettingsSchema(),
  }).check(
    z.superRefine((data, ctx) => {
      checkUnique(data.cards, 'cards', 'questionId', 'card for question', ctx);
      checkUnique(data.attempts, 'attempts', 'id', 'id', ctx);
      checkUnique(data.sessions, 'sessions', 'kind', 'session kind', ctx);
      checkUnique(data.mocks, 'mocks', 'id', 'id', ctx);
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
// PracticeSession, Mock, Settings or anything inside them without the matching schema change fails to
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
true satisfies Exact<Out<typeof mockQuestionSchema>, MockQuestion>;
true satisfies Exact<Out<typeof mockPhaseSchema>, MockPhase>;
true satisfies Exact<Out<typeof mockSchema>, Mock>;
true satisfies Exact<Out<typeof backupSettingsSchema>, Settings>;
true satisfies Exact<Out<typeof backupDataSchema>, BackupData>;
true satisfies Exact<Out<typeof backupSchema>, Backup>;
