// Every file in tests/fixtures/backups: the bad ones are refused with exactly this message,
// the valid ones are read whole. valid.json is a frozen version 1 file (never rewrite it: it
// proves old backups still import); valid-v2.json is version 2, with mocks. The bad files are
// version 1 except newer-version.json (3) and the three mock ones (2).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../src/domain/backup/backup-schema';
import { parseBackup } from '../../../src/domain/backup/parse-backup';
import { CONTEXT, FIXTURES, NOW, readFixture } from './sample';

const BAD: Record<string, string> = {
  'not-json.json': 'file: not valid JSON at line 1, column 1: unexpected character "B"',
  'truncated.json': 'file: not valid JSON: it ends too early at line 114, column 18 (truncated?)',
  'trailing-text.json': 'file: not valid JSON at line 1118, column 1: unexpected text after the end of the data',
  'empty.json': 'file: empty',
  'not-an-object.json': 'file: expected a JSON object, got an array',
  'wrong-format.json': 'format: expected "bridge-backup", got string "anki-deck"',
  'newer-version.json': 'version: made by a newer Bridge (backup version 3, this app reads up to 2): update the app first',
  'version-as-string.json': 'version: expected a whole number, got string "1"',
  'wrong-type.json': 'attempts[3].durationMs: expected a number, got string "95s"',
  'missing-field.json': 'cards[0].note: missing',
  'nan-interval.json': 'cards[1].memory.scheduledDays: expected a number, got string "NaN"',
  'null-stability.json': 'attempts[5].after.stability: expected a number, got null',
  'negative-stability.json': 'cards[2].memory.stability: expected at least 0, got -2.5',
  'infinite-interval.json': 'cards[0].memory.scheduledDays: expected a number, got Infinity',
  'future-date.json': 'attempts[7].at: in the future (2031-01-01T00:00:00.000Z)',
  'seconds-not-milliseconds.json': 'attempts[0].at: expected epoch milliseconds from 2000-01-01 on, got 1746187200',
  'duplicate-attempt-ids.json': 'attempts[9].id: duplicate id "00000000-0000-4000-8000-000000000005" (first at attempts[4])',
  'duplicate-cards.json': 'cards[3].questionId: duplicate card for question "coding-average-precision-pr-curve" (first at cards[0])',
  'unknown-question.json': 'attempts[6].questionId: unknown question "not-in-the-bank"',
  'unknown-key.json': 'attempts[1].score: unknown key',
  'bad-enum.json': 'attempts[8].mode: expected one of "practice", "mock", "drill"',
  'rubric-index-out-of-range.json': 'attempts[4].rubricHit[1]: expected an index below 5, got 9',
  'proto-key.json': 'attempts[2].__proto__: forbidden key',
  'constructor-key.json': 'settings.constructor: forbidden key',
  'huge-string.json': 'attempts[10].answer: expected at most 100000 characters, got 200000',
  'deep-nesting.json': 'file: nested deeper than 32 levels at line 111, column 47',
  'bad-row-in-the-middle.json': 'attempts[12].rating: expected 1-4',
  'bad-mock-level.json': 'mocks[0].questions[0].scores.metrics: expected 1-4',
  'mock-phase-starts-out-of-order.json': 'mocks[0].phaseStarts[3]: before phaseStarts[2] (2025-05-28T10:11:00.000Z < 2025-05-28T10:12:00.000Z)',
  'unknown-mock-format.json': 'mocks[1].format: expected one of "ml-system-design-45", "coding-45", "mini-loop-60", "quick-screen-20"',
};

const VALID = ['valid.json', 'valid-v2.json'];

describe('bad backup fixtures', () => {
  it('covers every fixture file (a new fixture needs its expected message here)', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual([...Object.keys(BAD), ...VALID].sort());
    expect(Object.keys(BAD).length).toBeGreaterThanOrEqual(15);
  });

  it.each(Object.entries(BAD))('%s is refused: %s', (file, message) => {
    const result = parseBackup(readFixture(file), CONTEXT);
    expect(result).toEqual({ ok: false, error: message, problems: [message] });
  });

  it('refuses a generated 60 MB file before parsing it', () => {
    const valid = readFixture('valid.json');
    const padding = 'x'.repeat(60 * 1024 * 1024);
    const huge = valid.replace('"appVersion": "0.1.0"', `"appVersion": "${padding}"`);
    expect(huge.length).toBeGreaterThan(MAX_BACKUP_BYTES);
    const started = performance.now();
    expect(parseBackup(huge, CONTEXT)).toEqual({ ok: false, error: 'file: larger than the 50 MB limit', problems: ['file: larger than the 50 MB limit'] });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('counts UTF-8 bytes, not characters: 26 M two-byte characters are over 50 MB', () => {
    const text = `"${'é'.repeat(26 * 1024 * 1024)}"`;
    expect(text.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(parseBackup(text, CONTEXT)).toMatchObject({ ok: false, error: 'file: larger than the 50 MB limit' });
  });
});

describe('the valid version 1 fixture', () => {
  it('is still a version 1 file, without mocks', () => {
    const raw = JSON.parse(readFixture('valid.json'));
    expect(raw.version).toBe(1);
    expect(Object.keys(raw.data)).toEqual(['cards', 'attempts', 'sessions', 'settings']);
  });

  it('is read whole and brought to version 2 with no mocks', () => {
    const result = parseBackup(readFixture('valid.json'), CONTEXT);
    if (!result.ok) throw new Error(result.error);
    const { backup } = result;
    expect(result.fromVersion).toBe(1);
    expect(backup.format).toBe('bridge-backup');
    expect(backup.version).toBe(2);
    expect(backup.exportedAt).toBe(new Date(NOW).toISOString());
    expect(backup.data.cards).toHaveLength(5);
    expect(backup.data.attempts).toHaveLength(25);
    expect(backup.data.sessions).toHaveLength(1);
    expect(backup.data.mocks).toEqual([]);
    expect(backup.data.settings.newPerDay).toBe(8);
    const v1 = JSON.parse(readFixture('valid.json')).data;
    expect(backup.data).toEqual({ ...v1, mocks: [], settings: { ...v1.settings, interviewDate: null, dailyMinutes: 60, planAreas: [], planRoles: [], trackStart: null } });
  });

  it('is refused when the clock says its dates are in the future', () => {
    const result = parseBackup(readFixture('valid.json'), { ...CONTEXT, now: Date.UTC(2025, 4, 1) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^exportedAt: in the future \(2025-06-01T12:00:00.000Z\) \(and \d+ more problems\)$/);
  });
});

describe('the valid version 2 fixture', () => {
  it('is read whole: an ended and scored mock, one in progress, an interview date and a plan scope', () => {
    const result = parseBackup(readFixture('valid-v2.json'), CONTEXT);
    if (!result.ok) throw new Error(result.error);
    const { backup } = result;
    expect(result.fromVersion).toBe(2);
    expect(backup.version).toBe(2);
    expect(backup.data.cards).toHaveLength(5);
    expect(backup.data.attempts).toHaveLength(26);
    expect(backup.data.sessions).toHaveLength(1);
    expect(backup.data.mocks.map((m) => [m.format, m.endedAt === null, m.questions.length, m.phaseStarts.length])).toEqual([
      ['ml-system-design-45', false, 1, 6],
      ['quick-screen-20', true, 4, 2],
    ]);
    const [scored] = backup.data.mocks;
    expect(scored.questions[0]).toMatchObject({ rating: 3, attemptId: '00000000-0000-4000-8000-000000000026', scores: { serving: 4, monitoring: 2 } });
    expect(backup.data.attempts.find((a) => a.id === scored.questions[0].attemptId)?.mode).toBe('mock');
    expect(backup.data.settings).toMatchObject({ interviewDate: '2025-06-20', dailyMinutes: 45, planAreas: ['data', 'quality'], planRoles: ['applied-ml'], trackStart: '2025-04-01' });
    expect(backup.data).toStrictEqual(JSON.parse(readFixture('valid-v2.json')).data);
  });

  it('holds the version 1 data plus the mocks and their attempt', () => {
    const v1 = JSON.parse(readFixture('valid.json')).data;
    const v2 = JSON.parse(readFixture('valid-v2.json')).data;
    expect(v2.attempts.slice(0, 25)).toEqual(v1.attempts);
    expect(v2.sessions).toEqual(v1.sessions);
    expect(v2.settings).toEqual({ ...v1.settings, interviewDate: '2025-06-20', dailyMinutes: 45, planAreas: ['data', 'quality'], planRoles: ['applied-ml'], trackStart: '2025-04-01' });
  });
});
