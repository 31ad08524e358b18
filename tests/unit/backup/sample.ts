// Shared by the backup tests: the clock and bank the fixtures were made for, and generators of
// valid learner data for property tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { MIN_DATE, type BackupData, type BackupSessionRecord } from '../../../src/domain/backup/backup-schema';
import { AREAS, DIMENSIONS, ROLES, type Dimension } from '../../../src/domain/bank/vocabulary';
import { MOCK_FORMATS } from '../../../src/domain/mock/formats';
import type { Level, Mock, MockPhase, MockQuestion } from '../../../src/domain/mock/mock-session';
import type { Attempt } from '../../../src/domain/practice/attempt';
import type { SessionResult } from '../../../src/domain/practice/session';
import type { TestSummary } from '../../../src/domain/practice/test-summary';
import type { Card, Memory, Rating } from '../../../src/domain/scheduler/memory';
import { DEFAULT_SETTINGS, THEMES, type Settings } from '../../../src/domain/settings';

/** The time tests/fixtures/backups/valid.json (version 1) and valid-v2.json were made at: 2025-06-01T12:00:00Z. */
export const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

/** The questions of the fixtures' bank. */
export const QUESTION_IDS: ReadonlySet<string> = new Set([
  'coding-average-precision-pr-curve',
  'data-ad-conversion-label-checks',
  'quality-ab-guardrails-push-notifications',
  'sd-ads-ctr-exchange-bidder',
  'beh-data-incident',
]);

export const CONTEXT = { now: NOW, questionIds: QUESTION_IDS };

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'backups');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export const EMPTY_DATA: BackupData = { cards: [], attempts: [], sessions: [], mocks: [], settings: DEFAULT_SETTINGS };

// ---------------------------------------------------------------------------------------------
// Arbitraries of valid data (every value inside what the backup schema accepts).

const DAY = 86_400_000;
/** Plain objects, like JSON.parse and Zod make (fast-check also makes null-prototype ones). */
const PLAIN = { noNullPrototype: true } as const;
const questionId = fc.constantFrom(...QUESTION_IDS);
const pastDate = fc.integer({ min: MIN_DATE, max: NOW });
const dueDate = fc.integer({ min: MIN_DATE, max: NOW + 36_500 * DAY });
const noNegativeZero = (x: number) => (x === 0 ? 0 : x);
const nonNegative = (max: number) => fc.double({ min: 0, max, noNaN: true }).map(noNegativeZero);
const text = (maxLength: number) =>
  fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'binary', maxLength }), fc.constantFrom('', '=1+1', '"quoted", comma\r\nline', '__proto__', '\u2028\u{1F600}'));
const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
const count = fc.nat({ max: 10_000 });

export const memoryArb: fc.Arbitrary<Memory> = fc.record({
  due: dueDate,
  stability: nonNegative(1e6),
  difficulty: nonNegative(10),
  elapsedDays: nonNegative(40_000),
  scheduledDays: nonNegative(40_000),
  learningSteps: fc.nat({ max: 10 }),
  reps: count,
  lapses: count,
  state: fc.constantFrom(0, 1, 2, 3),
  lastReview: fc.option(pastDate, { nil: null }),
}, PLAIN);

export const testSummaryArb: fc.Arbitrary<TestSummary> = fc
  .record({ status: fc.constantFrom('done', 'timeout', 'failed'), visibleTotal: fc.nat({ max: 50 }), hiddenTotal: fc.nat({ max: 50 }) }, PLAIN)
  .chain(({ status, visibleTotal, hiddenTotal }) =>
    fc.record({
      status: fc.constant(status),
      visiblePassed: fc.nat({ max: visibleTotal }),
      visibleTotal: fc.constant(visibleTotal),
      hiddenPassed: fc.nat({ max: hiddenTotal }),
      hiddenTotal: fc.constant(hiddenTotal),
    }, PLAIN),
  );

const rubric = fc.nat({ max: 12 }).chain((total) =>
  fc.record({ rubricTotal: fc.constant(total), rubricHit: total === 0 ? fc.constant<number[]>([]) : fc.uniqueArray(fc.nat({ max: total - 1 }), { maxLength: total }) }, PLAIN),
);

export function attemptArb(id: string): fc.Arbitrary<Attempt> {
  return fc
    .tuple(
      fc.record(
        {
          questionId,
          at: pastDate,
          mode: fc.constantFrom('practice', 'mock', 'drill'),
          rating,
          answer: text(300),
          tests: testSummaryArb,
          durationMs: fc.nat({ max: 10 * DAY }),
          before: fc.option(memoryArb, { nil: null }),
          after: memoryArb,
        },
        { noNullPrototype: true, requiredKeys: ['questionId', 'at', 'mode', 'rating', 'answer', 'durationMs', 'before', 'after'] },
      ),
      rubric,
    )
    .map(([fields, { rubricTotal, rubricHit }]) => ({ id, ...fields, rubricHit, rubricTotal }));
}

export function cardArb(id: string): fc.Arbitrary<Card> {
  return fc.record({ questionId: fc.constant(id), memory: fc.option(memoryArb, { nil: null }), suspended: fc.boolean(), starred: fc.boolean(), note: text(200) }, PLAIN);
}

const resultArb: fc.Arbitrary<SessionResult> = fc.record(
  {
    questionId,
    attemptId: fc.uuid(),
    rating,
    ticked: fc.uniqueArray(fc.nat({ max: 11 }), { maxLength: 6 }),
    answer: text(100),
    durationMs: fc.nat({ max: DAY }),
    nextDue: dueDate,
    tests: testSummaryArb,
  },
  { noNullPrototype: true, requiredKeys: ['questionId', 'attemptId', 'rating', 'ticked', 'answer', 'durationMs', 'nextDue'] },
);

const dayKeyArb = pastDate.map((t) => new Date(t).toISOString().slice(0, 10));

export const sessionRecordArb: fc.Arbitrary<BackupSessionRecord> = fc
  .record(
    {
      id: fc.uuid(),
      mode: fc.constantFrom('practice', 'drill'),
      dayKey: dayKeyArb,
      startedAt: pastDate,
      queue: fc.array(fc.record({ questionId, area: fc.constantFrom(...AREAS), kind: fc.constantFrom('review', 'new') }, PLAIN), { maxLength: 8 }),
      results: fc.array(resultArb, { maxLength: 4 }),
      phase: fc.constantFrom('answering', 'revealed', 'done'),
      hintsShown: fc.nat({ max: 5 }),
      ticked: fc.uniqueArray(fc.nat({ max: 11 }), { maxLength: 6 }),
      answer: text(100),
      questionStartedAt: pastDate,
      tests: testSummaryArb,
    },
    { noNullPrototype: true, requiredKeys: ['id', 'dayKey', 'startedAt', 'queue', 'results', 'phase', 'hintsShown', 'ticked', 'answer', 'questionStartedAt'] },
  )
  .map((session) => ({ kind: 'practice' as const, session }));

const level = fc.constantFrom<Level>(1, 2, 3, 4);
const allDimensions: Dimension[] = [...new Set<Dimension>(Object.values(DIMENSIONS).flat())];

const scoresArb: fc.Arbitrary<MockQuestion['scores']> = fc
  .subarray(allDimensions)
  .chain((dimensions) => fc.tuple(...dimensions.map(() => level)).map((levels) => Object.fromEntries(dimensions.map((d, i) => [d, levels[i]]))));

const mockQuestionArb: fc.Arbitrary<MockQuestion> = fc.record({
  questionId,
  notes: text(200),
  scores: scoresArb,
  rating: fc.option(rating, { nil: null }),
  attemptId: fc.option(fc.uuid(), { nil: null }),
}, PLAIN);

const phaseArb = (questions: number): fc.Arbitrary<MockPhase> =>
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 40 }),
    minutes: fc.oneof(fc.integer({ min: 1, max: 90 }), fc.double({ min: 0.25, max: 1440, noNaN: true })),
    question: fc.nat({ max: questions - 1 }),
  }, PLAIN);

/**
 * A valid mock, ended or in progress: every phase about one of its questions, one start per
 * phase entered (the first at the start, as startMock makes them; equal times happen), the end
 * at or after the last phase start.
 */
export function mockArb(id: string): fc.Arbitrary<Mock> {
  return fc
    .record({
      format: fc.constantFrom(...MOCK_FORMATS.map((format) => format.id)),
      hideDifficulty: fc.boolean(),
      questions: fc.array(mockQuestionArb, { minLength: 1, maxLength: 5 }),
      phaseCount: fc.integer({ min: 1, max: 7 }),
      // Started at least a day ago, so up to 8 steps of at most 2 hours stay in the past.
      startedAt: fc.integer({ min: MIN_DATE, max: NOW - DAY }),
      ended: fc.boolean(),
    }, PLAIN)
    .chain(({ questions, phaseCount, startedAt, ended, ...rest }) =>
      fc.record({
        phases: fc.array(phaseArb(questions.length), { minLength: phaseCount, maxLength: phaseCount }),
        // Gaps between phase starts, then to the end (a gap of 0 is an instant skip).
        gaps: fc.array(fc.nat({ max: 2 * 3_600_000 }), { minLength: phaseCount, maxLength: phaseCount }),
        entered: fc.integer({ min: 1, max: phaseCount }),
      }, PLAIN).map(({ phases, gaps, entered }) => {
        const times = gaps.reduce<number[]>((acc, gap) => [...acc, acc[acc.length - 1] + gap], [startedAt]);
        return {
          id,
          ...rest,
          startedAt,
          questions,
          phases,
          phaseStarts: times.slice(0, entered),
          endedAt: ended ? times[entered] : null,
        };
      }),
    );
}

export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  newPerDay: fc.integer({ min: 0, max: 200 }),
  reviewsPerDay: fc.integer({ min: 0, max: 1000 }),
  retention: fc.double({ min: 0.7, max: 0.97, noNaN: true }),
  rolloverHour: fc.integer({ min: 0, max: 23 }),
  theme: fc.constantFrom(...THEMES),
  interviewDate: fc.option(dayKeyArb, { nil: null }),
  dailyMinutes: fc.integer({ min: 5, max: 600 }),
  // Each area and role at most once (the schema refuses a repeat), in any order.
  planAreas: fc.shuffledSubarray([...AREAS]),
  planRoles: fc.shuffledSubarray([...ROLES]),
  trackStart: fc.option(dayKeyArb, { nil: null }),
}, PLAIN);

/**
 * Valid learner data: unique attempt ids, one card per question at most, one practice session at
 * most, unique mock ids.
 */
export const backupDataArb: fc.Arbitrary<BackupData> = fc
  .record({
    attemptIds: fc.uniqueArray(fc.uuid(), { maxLength: 12 }),
    cardIds: fc.subarray([...QUESTION_IDS]),
    sessions: fc.option(sessionRecordArb, { nil: null }),
    mockIds: fc.uniqueArray(fc.uuid(), { maxLength: 3 }),
    settings: settingsArb,
  }, PLAIN)
  .chain(({ attemptIds, cardIds, sessions, mockIds, settings }) =>
    fc.record({
      cards: fc.tuple(...cardIds.map(cardArb)),
      attempts: fc.tuple(...attemptIds.map(attemptArb)),
      sessions: fc.constant(sessions ? [sessions] : []),
      mocks: fc.tuple(...mockIds.map(mockArb)),
      settings: fc.constant(settings),
    }, PLAIN),
  );
