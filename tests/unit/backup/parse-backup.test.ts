import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  FUTURE_TOLERANCE_MS,
  MIGRATIONS,
  latestVersion,
  migrateBackup,
  migrateV1ToV2,
  type JsonObject,
  type Migration,
} from '../../../src/domain/backup/backup-schema';
import { exceedsUtf8Bytes, formatPath, parseBackup } from '../../../src/domain/backup/parse-backup';
import { CONTEXT, NOW, readFixture } from './sample';

/** A version 1 file: the bad-input tests below it go through the migration to version 2. */
const valid = readFixture('valid.json');
const validV2 = readFixture('valid-v2.json');
const editText = (text: string) => (change: (backup: any) => void): string => {
  const backup = JSON.parse(text);
  change(backup);
  return JSON.stringify(backup);
};
const edit = editText(valid);
const editV2 = editText(validV2);

/** The `where: ` that starts every message: unquoted path segments, or quoted keys in brackets. */
const WHERE = /^(?:[^\s"[]|\[\d+\]|\["(?:[^"\\]|\\.)*"\])+: /;

describe('parseBackup never throws', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const result = parseBackup(text, CONTEXT);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it.each([
    ['version 1', valid],
    ['version 2', validV2],
  ])('on a valid %s file cut, spliced or with a character changed anywhere', (_, file) => {
    fc.assert(
      fc.property(fc.nat({ max: file.length }), fc.nat({ max: file.length }), fc.string({ maxLength: 3 }), (a, b, insert) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        for (const text of [file.slice(0, from), file.slice(0, from) + insert + file.slice(to), file.slice(0, from) + file.slice(from + 1)]) {
          const result = parseBackup(text, CONTEXT);
          // `where: why`; a where may hold a quoted key with spaces, as in `attempts[0].after[" due"]`.
          if (!result.ok) expect(result.error).toMatch(WHERE);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('on input that is not text at all', () => {
    for (const input of [null, undefined, 42, {}, []]) {
      expect(parseBackup(input as unknown as string, CONTEXT)).toMatchObject({ ok: false, error: 'file: expected text' });
    }
  });

  it('when the question set throws', () => {
    const questionIds = { has: () => { throw new Error('bank not loaded'); } } as unknown as ReadonlySet<string>;
    expect(parseBackup(valid, { now: NOW, questionIds })).toMatchObject({ ok: false, error: 'file: could not be read (bank not loaded)' });
  });
});

describe('versions and migrations', () => {
  it('writes the version its migrations reach', () => {
    expect(BACKUP_VERSION).toBe(MIGRATIONS.length + 1);
    expect(latestVersion()).toBe(BACKUP_VERSION);
  });

  it('is at version 2, with one migration', () => {
    expect(BACKUP_VERSION).toBe(2);
    expect(MIGRATIONS).toEqual([migrateV1ToV2]);
  });

  it.each([3, 4, 99])('refuses version %i as made by a newer Bridge', (version) => {
    const result = parseBackup(editV2((b) => (b.version = version)), CONTEXT);
    expect(result).toMatchObject({ ok: false, error: `version: made by a newer Bridge (backup version ${version}, this app reads up to 2): update the app first` });
    if (!result.ok) expect(result.error).toContain('made by a newer Bridge');
    if (!result.ok) expect(result.error).toMatch(/update the app first$/);
  });

  it.each([
    [0, 'zero', 'version: expected at least 1, got 0'],
    [1.5, 'a fraction', 'version: expected a whole number, got 1.5'],
    [undefined, 'missing', 'version: missing'],
  ])('refuses version %s (%s)', (version, _, message) => {
    expect(parseBackup(edit((b) => (b.version = version)), CONTEXT)).toMatchObject({ ok: false, error: message });
  });

  it('refuses a file without a format tag', () => {
    expect(parseBackup(edit((b) => delete b.format), CONTEXT)).toMatchObject({ ok: false, error: 'format: missing (this is not a Bridge backup)' });
  });

  it('runs a chain of migrations in order, from the file version to the latest', () => {
    const calls: string[] = [];
    const chain: Migration[] = [
      (b) => (calls.push('1->2'), { ...b, version: 2, data: { ...(b.data as JsonObject), mocks: [] } }),
      (b) => (calls.push('2->3'), { ...b, version: 3, data: { ...(b.data as JsonObject), notes: [] } }),
    ];
    expect(latestVersion(chain)).toBe(3);
    const v1: JsonObject = { format: 'bridge-backup', version: 1, data: { cards: [] } };
    expect(migrateBackup(v1, 1, chain)).toEqual({ format: 'bridge-backup', version: 3, data: { cards: [], mocks: [], notes: [] } });
    expect(calls).toEqual(['1->2', '2->3']);
    calls.length = 0;
    expect(migrateBackup({ version: 2, data: {} }, 2, chain)).toEqual({ version: 3, data: { notes: [] } });
    expect(calls).toEqual(['2->3']);
    calls.length = 0;
    expect(migrateBackup({ version: 3 }, 3, chain)).toEqual({ version: 3 });
    expect(calls).toEqual([]);
  });

  it('leaves a current-version file as it is', () => {
    const raw = JSON.parse(validV2);
    expect(migrateBackup(raw, 2)).toBe(raw);
  });

  it('migrates version 1 to 2 by adding an empty mocks table and the new settings at their defaults, changing nothing else', () => {
    const raw = JSON.parse(valid);
    const before = structuredClone(raw);
    const migrated = migrateBackup(raw, 1);
    expect(migrated).toEqual({ ...before, version: 2, data: { ...before.data, mocks: [], settings: { ...before.data.settings, interviewDate: null, dailyMinutes: 60, planAreas: [], planRoles: [], trackStart: null } } });
    expect(raw).toEqual(before);
    expect(migrateV1ToV2({ version: 1, data: { cards: [] } })).toEqual({ version: 2, data: { cards: [], mocks: [] } });
    expect(migrateV1ToV2({ version: 1, data: { settings: 'odd' } })).toEqual({ version: 2, data: { settings: 'odd', mocks: [] } });
  });

  it.each([
    ['an interview date', (b: any) => (b.data.settings.interviewDate = '2025-07-01'), 'settings.interviewDate: unknown key'],
    ['daily minutes', (b: any) => (b.data.settings.dailyMinutes = 30), 'settings.dailyMinutes: unknown key'],
    ['a track start', (b: any) => (b.data.settings.trackStart = '2025-04-01'), 'settings.trackStart: unknown key'],
    ['plan areas', (b: any) => (b.data.settings.planAreas = ['data']), 'settings.planAreas: unknown key'],
    ['plan roles (even none)', (b: any) => (b.data.settings.planRoles = []), 'settings.planRoles: unknown key'],
  ])('refuses a version 1 file with %s, which version 1 did not know', (_, change, message) => {
    expect(parseBackup(edit(change), CONTEXT)).toEqual({ ok: false, error: message, problems: [message] });
  });

  it('imports a version 1 file as version 2 with no mocks and no interview date, and says it was version 1', () => {
    const result = parseBackup(valid, CONTEXT);
    expect(result).toMatchObject({ ok: true, fromVersion: 1, backup: { version: 2, data: { mocks: [], settings: { newPerDay: 8, interviewDate: null, dailyMinutes: 60, planAreas: [], planRoles: [], trackStart: null } } } });
  });

  it('reads a version 2 file as it is', () => {
    const result = parseBackup(validV2, CONTEXT);
    if (!result.ok) throw new Error(result.error);
    expect(result.fromVersion).toBe(2);
    expect(result.backup).toStrictEqual(JSON.parse(validV2));
  });

  it('leaves a version 1 file without a data object for the schema to report', () => {
    expect(parseBackup(edit((b) => (b.data = [])), CONTEXT)).toMatchObject({ ok: false, error: 'data: expected an object, got an array' });
    expect(parseBackup(edit((b) => delete b.data), CONTEXT)).toMatchObject({ ok: false, error: 'data: missing' });
  });

  it.each([
    ['the mocks table', (b: any) => delete b.data.mocks, 'mocks: missing'],
    ['the interview date', (b: any) => delete b.data.settings.interviewDate, 'settings.interviewDate: missing'],
    ['the daily minutes', (b: any) => delete b.data.settings.dailyMinutes, 'settings.dailyMinutes: missing'],
    ['the track start', (b: any) => delete b.data.settings.trackStart, 'settings.trackStart: missing'],
    ['the plan areas', (b: any) => delete b.data.settings.planAreas, 'settings.planAreas: missing'],
    ['the plan roles', (b: any) => delete b.data.settings.planRoles, 'settings.planRoles: missing'],
  ])('refuses a version 2 file without %s', (_, change, message) => {
    expect(parseBackup(editV2(change), CONTEXT)).toEqual({ ok: false, error: message, problems: [message] });
  });

  it('reads a version 2 track start as a YYYY-MM-DD day or null, like the interview date', () => {
    expect(parseBackup(editV2((b) => (b.data.settings.trackStart = null)), CONTEXT)).toMatchObject({ ok: true, backup: { data: { settings: { trackStart: null } } } });
    expect(parseBackup(editV2((b) => (b.data.settings.trackStart = '1 April')), CONTEXT)).toMatchObject({ ok: false, error: expect.stringMatching(/^settings\.trackStart: /) });
  });

  it('reads a version 2 plan scope as lists of known areas and roles, empty meaning all', () => {
    const scoped = parseBackup(editV2((b) => ((b.data.settings.planAreas = ['quality', 'coding']), (b.data.settings.planRoles = ['ranking', 'mlops']))), CONTEXT);
    expect(scoped).toMatchObject({ ok: true, backup: { data: { settings: { planAreas: ['quality', 'coding'], planRoles: ['ranking', 'mlops'] } } } });
    const all = parseBackup(editV2((b) => ((b.data.settings.planAreas = []), (b.data.settings.planRoles = []))), CONTEXT);
    expect(all).toMatchObject({ ok: true, backup: { data: { settings: { planAreas: [], planRoles: [] } } } });
  });

  it.each([
    ['an unknown area', (b: any) => (b.data.settings.planAreas = ['data', 'cooking']), /^settings\.planAreas\[1\]: /],
    ['an unknown role', (b: any) => (b.data.settings.planRoles = ['chef']), /^settings\.planRoles\[0\]: /],
    ['areas that are not a list', (b: any) => (b.data.settings.planAreas = 'data'), /^settings\.planAreas: /],
    ['roles that are not a list', (b: any) => (b.data.settings.planRoles = null), /^settings\.planRoles: /],
  ])('refuses a version 2 plan scope with %s', (_, change, error) => {
    expect(parseBackup(editV2(change), CONTEXT)).toMatchObject({ ok: false, error: expect.stringMatching(error) });
  });

  it.each([
    ['area', (b: any) => (b.data.settings.planAreas = ['data', 'quality', 'data']), 'settings.planAreas[2]: duplicate area "data" (first at settings.planAreas[0])'],
    ['role', (b: any) => (b.data.settings.planRoles = ['mlops', 'mlops']), 'settings.planRoles[1]: duplicate role "mlops" (first at settings.planRoles[0])'],
  ])('refuses a version 2 plan scope that lists an %s twice', (_, change, message) => {
    expect(parseBackup(editV2(change), CONTEXT)).toEqual({ ok: false, error: message, problems: [message] });
  });

  it('reports every repeat in the plan scope, each naming the first', () => {
    const result = parseBackup(editV2((b) => ((b.data.settings.planAreas = ['data', 'data', 'coding', 'data']), (b.data.settings.planRoles = ['fraud', 'ranking', 'fraud']))), CONTEXT);
    expect(result).toMatchObject({
      ok: false,
      problems: [
        'settings.planAreas[1]: duplicate area "data" (first at settings.planAreas[0])',
        'settings.planAreas[3]: duplicate area "data" (first at settings.planAreas[0])',
        'settings.planRoles[2]: duplicate role "fraud" (first at settings.planRoles[0])',
      ],
    });
  });
});

describe('where and why', () => {
  it('starts every message with a where that the never-throws property recognises', () => {
    for (const message of ['file: empty', 'attempts[12].rating: expected 1-4', 'attempts[0].after[" due"]: unknown key', 'settings["a \\"b\\" c"]: unknown key']) {
      expect(message).toMatch(WHERE);
    }
    expect('not valid: at all').not.toMatch(WHERE);
  });

  it('maps Zod paths to attempts[12].rating form', () => {
    expect(formatPath(['data', 'attempts', 12, 'rating'])).toBe('attempts[12].rating');
    expect(formatPath(['data', 'sessions', 0, 'session', 'queue', 2, 'area'])).toBe('sessions[0].session.queue[2].area');
    expect(formatPath(['data'])).toBe('data');
    expect(formatPath(['version'])).toBe('version');
    expect(formatPath([])).toBe('file');
    expect(formatPath(['data', 'settings', 'odd key'])).toBe('settings["odd key"]');
  });

  it('lists every problem and says how many more there are', () => {
    const result = parseBackup(
      edit((b) => {
        b.data.attempts[3].rating = 0;
        b.data.attempts[20].rating = 'Good';
        b.data.cards[4].starred = 'yes';
      }),
      CONTEXT,
    );
    expect(result).toEqual({
      ok: false,
      error: 'cards[4].starred: expected true or false, got string "yes" (and 2 more problems)',
      problems: ['cards[4].starred: expected true or false, got string "yes"', 'attempts[3].rating: expected 1-4', 'attempts[20].rating: expected 1-4'],
    });
  });

  it('stops listing problems at 20', () => {
    const result = parseBackup(edit((b) => b.data.attempts.forEach((a: { rating: number }) => (a.rating = 9))), CONTEXT);
    expect(result).toMatchObject({ ok: false, error: 'attempts[0].rating: expected 1-4 (and 24 more problems)' });
    if (!result.ok) expect(result.problems).toHaveLength(20);
  });

  it.each([
    ['an unknown top-level key', (b: any) => (b.extra = 1), 'extra: unknown key'],
    ['an unknown table', (b: any) => (b.data.mocks = []), 'mocks: unknown key'], // version 1 knew no mocks
    ['a missing table', (b: any) => delete b.data.attempts, 'attempts: missing'],
    ['a Dexie settings id', (b: any) => (b.data.settings.id = 'settings'), 'settings.id: unknown key'],
    ['settings out of range', (b: any) => (b.data.settings.retention = 0.99), 'settings.retention: expected at most 0.97, got 0.99'],
    ['a bad exportedAt', (b: any) => (b.exportedAt = 'yesterday'), 'exportedAt: expected an ISO 8601 date and time, got string "yesterday"'],
    ['an empty app version', (b: any) => (b.appVersion = ''), 'appVersion: must not be empty'],
    ['a difficulty above 10', (b: any) => (b.data.cards[0].memory.difficulty = 11), 'cards[0].memory.difficulty: expected at most 10, got 11'],
    ['a fractional rep count', (b: any) => (b.data.cards[0].memory.reps = 2.5), 'cards[0].memory.reps: expected an integer, got 2.5'],
    ['a state of 4', (b: any) => (b.data.cards[0].memory.state = 4), 'cards[0].memory.state: expected 0-3'],
    ['a rubric point ticked twice', (b: any) => (b.data.attempts[0].rubricHit = [1, 1]), 'attempts[0].rubricHit[1]: index 1 listed twice'],
    ['more tests passed than run', (b: any) => (b.data.attempts[0].tests.hiddenPassed = 8), 'attempts[0].tests.hiddenPassed: expected at most hiddenTotal (7), got 8'],
    ['a duplicate session', (b: any) => b.data.sessions.push(b.data.sessions[0]), 'sessions[1].kind: duplicate session kind "practice" (first at sessions[0])'],
    ['a bad day key', (b: any) => (b.data.sessions[0].session.dayKey = '1 June'), 'sessions[0].session.dayKey: expected a day as YYYY-MM-DD, got string "1 June"'],
    ['an unknown area', (b: any) => (b.data.sessions[0].session.queue[1].area = 'ml'), 'sessions[0].session.queue[1].area: expected one of "coding", "system-design", "data", "quality", "behavioral"'],
    ['a future review time', (b: any) => (b.data.cards[0].memory.lastReview = NOW + 86_400_000), 'cards[0].memory.lastReview: in the future (2025-06-02T12:00:00.000Z)'],
    ['a memory that is a string', (b: any) => (b.data.cards[0].memory = 'new'), 'cards[0].memory: expected an object, got string "new"'],
    ['a long question id', (b: any) => (b.data.cards[0].questionId = 'q'.repeat(201)), 'cards[0].questionId: expected at most 200 characters, got 201'],
  ])('refuses %s', (_, change, message) => {
    expect(parseBackup(edit(change), CONTEXT)).toEqual({ ok: false, error: message, problems: [message] });
  });

  it('accepts a clock a few minutes behind the exporting device, not more', () => {
    const exported = JSON.parse(valid);
    const at = (offset: number) => edit((b) => (b.data.attempts[24].at = NOW + offset));
    expect(parseBackup(at(FUTURE_TOLERANCE_MS), CONTEXT).ok).toBe(true);
    expect(parseBackup(at(FUTURE_TOLERANCE_MS + 1), CONTEXT)).toMatchObject({ ok: false, error: 'attempts[24].at: in the future (2025-06-01T12:10:00.001Z)' });
    expect(exported.data.attempts[24].at).toBeLessThan(NOW);
  });

  it('accepts due dates in the future', () => {
    expect(parseBackup(edit((b) => (b.data.cards[0].memory.due = NOW + 365 * 86_400_000)), CONTEXT).ok).toBe(true);
  });
});

describe('mocks', () => {
  const unchanged = (b: any) => b;
  it('accepts the valid version 2 file', () => {
    expect(parseBackup(editV2(unchanged), CONTEXT).ok).toBe(true);
  });

  it.each([
    ['a level of 5', (b: any) => (b.data.mocks[0].questions[0].scores.serving = 5), 'mocks[0].questions[0].scores.serving: expected 1-4'],
    ['a level of 0', (b: any) => (b.data.mocks[0].questions[0].scores.data = 0), 'mocks[0].questions[0].scores.data: expected 1-4'],
    ['a level as a word', (b: any) => (b.data.mocks[0].questions[0].scores.model = 'Strong'), 'mocks[0].questions[0].scores.model: expected 1-4'],
    ['an unknown dimension', (b: any) => (b.data.mocks[0].questions[0].scores.charisma = 3), 'mocks[0].questions[0].scores.charisma: unknown key'],
    ['a rating of 5', (b: any) => (b.data.mocks[0].questions[0].rating = 5), 'mocks[0].questions[0].rating: expected 1-4'],
    ['an attempt id that is a number', (b: any) => (b.data.mocks[0].questions[0].attemptId = 26), 'mocks[0].questions[0].attemptId: expected a string, got 26'],
    ['an unknown format', (b: any) => (b.data.mocks[0].format = 'ml-system-design-60'), 'mocks[0].format: expected one of "ml-system-design-45", "coding-45", "mini-loop-60", "quick-screen-20"'],
    ['an unknown question', (b: any) => (b.data.mocks[1].questions[2].questionId = 'removed-question'), 'mocks[1].questions[2].questionId: unknown question "removed-question"'],
    ['a duplicate mock id', (b: any) => (b.data.mocks[1].id = b.data.mocks[0].id), 'mocks[1].id: duplicate id "aaaaaaaa-0000-4000-8000-000000000001" (first at mocks[0])'],
    ['an unknown key', (b: any) => (b.data.mocks[0].score = 3), 'mocks[0].score: unknown key'],
    ['a missing phaseStarts', (b: any) => delete b.data.mocks[1].phaseStarts, 'mocks[1].phaseStarts: missing'],
    ['a mock without questions', (b: any) => (b.data.mocks[0].questions = []), 'mocks[0].questions: expected at least 1 items, got 0'],
    ['a mock without phases', (b: any) => (b.data.mocks[1].phases = []), 'mocks[1].phases: expected at least 1 items, got 0'],
    ['no phase start', (b: any) => (b.data.mocks[1].phaseStarts = []), 'mocks[1].phaseStarts: expected at least 1 items, got 0'],
    ['a phase about a question the mock lacks', (b: any) => (b.data.mocks[0].phases[2].question = 1), 'mocks[0].phases[2].question: expected an index below 1, got 1'],
    ['a phase of no minutes', (b: any) => (b.data.mocks[0].phases[0].minutes = 0), 'mocks[0].phases[0].minutes: expected more than 0, got 0'],
    ['more phase starts than phases', (b: any) => b.data.mocks[0].phaseStarts.push(b.data.mocks[0].endedAt), 'mocks[0].phaseStarts: expected at most one start per phase (6), got 7'],
    ['two phase starts swapped', (b: any) => b.data.mocks[0].phaseStarts.splice(1, 2, b.data.mocks[0].phaseStarts[2], b.data.mocks[0].phaseStarts[1]), 'mocks[0].phaseStarts[2]: before phaseStarts[1] (2025-05-28T10:07:00.000Z < 2025-05-28T10:12:00.000Z)'],
    ['a phase start before the start', (b: any) => (b.data.mocks[1].phaseStarts[0] -= 1), 'mocks[1].phaseStarts[0]: before startedAt (2025-05-31T18:59:59.999Z < 2025-05-31T19:00:00.000Z)'],
    ['a phase start after the end', (b: any) => (b.data.mocks[0].phaseStarts[5] = b.data.mocks[0].endedAt + 1), 'mocks[0].phaseStarts[5]: after endedAt (2025-05-28T10:45:10.001Z > 2025-05-28T10:45:10.000Z)'],
    ['an end before the start', (b: any) => (b.data.mocks[0].endedAt = b.data.mocks[0].startedAt - 60_000), 'mocks[0].endedAt: before startedAt (2025-05-28T09:59:00.000Z < 2025-05-28T10:00:00.000Z)'],
    ['a phase start in the future', (b: any) => b.data.mocks[1].phaseStarts.push(NOW + 86_400_000), 'mocks[1].phaseStarts[2]: in the future (2025-06-02T12:00:00.000Z)'],
    ['a start in seconds', (b: any) => (b.data.mocks[1].startedAt = 1748718000), 'mocks[1].startedAt: expected epoch milliseconds from 2000-01-01 on, got 1748718000'],
  ])('refuses %s', (_, change, message) => {
    expect(parseBackup(editV2(change), CONTEXT)).toEqual({ ok: false, error: message, problems: [message] });
  });

  it('lists every phase start out of place, each once', () => {
    const result = parseBackup(editV2((b) => b.data.mocks[0].phaseStarts.reverse()), CONTEXT);
    expect(result).toMatchObject({ ok: false, error: 'mocks[0].phaseStarts[1]: before phaseStarts[0] (2025-05-28T10:31:30.000Z < 2025-05-28T10:41:00.000Z) (and 4 more problems)' });
    if (!result.ok) expect(result.problems.every((p) => p.includes('before phaseStarts[0]'))).toBe(true);
  });

  it('says nothing more about a date its own check refuses', () => {
    const far = 8_700_000_000_000_000; // a whole number past the largest Date
    const message = `mocks[0].startedAt: in the future (${far})`;
    expect(parseBackup(editV2((b) => (b.data.mocks[0].startedAt = far)), CONTEXT)).toEqual({ ok: false, error: message, problems: [message] });
    const ended = `mocks[0].endedAt: in the future (${far})`;
    expect(parseBackup(editV2((b) => (b.data.mocks[0].endedAt = far)), CONTEXT)).toEqual({ ok: false, error: ended, problems: [ended] });
    const start = 'mocks[0].phaseStarts[2]: expected epoch milliseconds from 2000-01-01 on, got 1748427120';
    expect(parseBackup(editV2((b) => (b.data.mocks[0].phaseStarts[2] = 1748427120)), CONTEXT)).toEqual({ ok: false, error: start, problems: [start] });
  });

  it('accepts phases entered at the same moment, a start equal to the end, and an unended mock up to now', () => {
    const at = (b: any) => b.data.mocks[0];
    expect(parseBackup(editV2((b) => (at(b).phaseStarts[2] = at(b).phaseStarts[1])), CONTEXT).ok).toBe(true);
    expect(parseBackup(editV2((b) => (at(b).phaseStarts[5] = at(b).endedAt)), CONTEXT).ok).toBe(true);
    expect(parseBackup(editV2((b) => (at(b).endedAt = at(b).startedAt) && (at(b).phaseStarts = [at(b).startedAt])), CONTEXT).ok).toBe(true);
    expect(parseBackup(editV2((b) => ((at(b).endedAt = null), (at(b).phaseStarts[5] = NOW))), CONTEXT).ok).toBe(true);
  });

  it('accepts a mock whose phases differ from its format today (formats may change; a mock keeps its own)', () => {
    expect(parseBackup(editV2((b) => (b.data.mocks[0].phases[1] = { name: 'Metrics and goals', minutes: 6.5, question: 0 })), CONTEXT).ok).toBe(true);
  });
});

describe('hostile input', () => {
  it('does not touch Object.prototype on __proto__, constructor or prototype keys anywhere', () => {
    for (const [text, where] of [
      ['{"__proto__": {"polluted": true}}', '__proto__'],
      ['{"format": "bridge-backup", "version": 1, "data": {"constructor": {"prototype": {"polluted": true}}}}', 'constructor'],
      ['{"a": [{"b": {"prototype": 1}}]}', 'a[0].b.prototype'],
      ['[{"x": 1}, {"__proto__": null}]', '[1].__proto__'],
    ] as const) {
      expect(parseBackup(text, CONTEXT)).toMatchObject({ ok: false, error: `${where}: forbidden key` });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reports each forbidden key once, outermost first', () => {
    const result = parseBackup('{"b": {"constructor": {"__proto__": 1}}, "__proto__": 2}', CONTEXT);
    expect(result).toEqual({ ok: false, error: '__proto__: forbidden key (and 1 more problem)', problems: ['__proto__: forbidden key', 'b.constructor: forbidden key'] });
  });

  it('accepts those words as values', () => {
    expect(parseBackup(edit((b) => (b.data.attempts[0].answer = '__proto__ constructor prototype')), CONTEXT).ok).toBe(true);
  });

  it('scans nesting without recursion limits: a million brackets are refused quickly', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(parseBackup(deep, CONTEXT)).toMatchObject({ ok: false, error: 'file: nested deeper than 32 levels at line 1, column 33' });
  });

  it('accepts nesting of exactly 32 levels as JSON (the schema then judges it)', () => {
    const text = '['.repeat(32) + ']'.repeat(32);
    expect(parseBackup(text, CONTEXT)).toMatchObject({ ok: false, error: 'file: expected a JSON object, got an array' });
  });

  it.each([
    ['   \n\t ', 'file: empty'],
    ['{"a": 1,}', 'file: not valid JSON at line 1, column 9: expected a property name in double quotes'],
    ['{"a" 1}', "file: not valid JSON at line 1, column 6: expected ':' after a property name"],
    ['{"a": 1\n "b": 2}', "file: not valid JSON at line 2, column 2: expected ',' or '}'"],
    ['[1 2]', "file: not valid JSON at line 1, column 4: expected ',' or ']'"],
    ['{"a": "x\ny"}', 'file: not valid JSON at line 1, column 9: control character inside a string (write it as an escape)'],
    ['{"a": "\\q"}', 'file: not valid JSON at line 1, column 8: invalid escape in a string'],
    ['{"a": NaN}', 'file: not valid JSON at line 1, column 7: unexpected character "N"'],
    ['{"a": 01}', "file: not valid JSON at line 1, column 8: expected ',' or '}'"],
    ['{"a": -}', 'file: not valid JSON at line 1, column 7: invalid number'],
    ["{'a': 1}", 'file: not valid JSON at line 1, column 2: expected a property name in double quotes'],
    ['{"a": tr', 'file: not valid JSON: it ends too early at line 1, column 9 (truncated?)'],
    ['{"a": "abc', 'file: not valid JSON: it ends too early at line 1, column 11 (truncated?)'],
    ['{"a": "\\u00', 'file: not valid JSON: it ends too early at line 1, column 12 (truncated?)'],
    ['{"a": [1, 2', 'file: not valid JSON: it ends too early at line 1, column 12 (truncated?)'],
    ['{"a": 1}}', 'file: not valid JSON at line 1, column 9: unexpected text after the end of the data'],
  ])('says where JSON %j breaks', (text, message) => {
    expect(parseBackup(text, CONTEXT)).toMatchObject({ ok: false, error: message });
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseBackup(`\uFEFF${valid}`, CONTEXT).ok).toBe(true);
  });

  it('takes a smaller size limit', () => {
    expect(parseBackup(valid, { ...CONTEXT, maxBytes: 1000 })).toMatchObject({ ok: false, error: 'file: larger than the 1000-byte limit' });
    expect(parseBackup(valid, { ...CONTEXT, maxBytes: valid.length }).ok).toBe(false); // one non-ASCII character makes it longer in bytes
    expect(parseBackup(valid, { ...CONTEXT, maxBytes: Buffer.byteLength(valid) }).ok).toBe(true);
  });
});

describe('exceedsUtf8Bytes', () => {
  it('agrees with a real UTF-8 encoder', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), fc.nat({ max: 200 }), (text, limit) => {
        expect(exceedsUtf8Bytes(text, limit)).toBe(new TextEncoder().encode(text).length > limit);
      }),
    );
  });

  it('counts 1, 2, 3 and 4 byte characters and lone surrogates', () => {
    expect(exceedsUtf8Bytes('a', 1)).toBe(false);
    expect(exceedsUtf8Bytes('é', 1)).toBe(true);
    expect(exceedsUtf8Bytes('é', 2)).toBe(false);
    expect(exceedsUtf8Bytes('€', 2)).toBe(true);
    expect(exceedsUtf8Bytes('€', 3)).toBe(false);
    expect(exceedsUtf8Bytes('😀', 3)).toBe(true);
    expect(exceedsUtf8Bytes('😀', 4)).toBe(false);
    expect(exceedsUtf8Bytes('\uD800', 2)).toBe(true);
    expect(exceedsUtf8Bytes('\uD800', 3)).toBe(false);
  });
});
