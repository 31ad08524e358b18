import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  FUTURE_TOLERANCE_MS,
  MIGRATIONS,
  latestVersion,
  migrateBackup,
  type JsonObject,
  type Migration,
} from '../../../src/domain/backup/backup-schema';
import { exceedsUtf8Bytes, formatPath, parseBackup } from '../../../src/domain/backup/parse-backup';
import { CONTEXT, NOW, readFixture } from './sample';

const valid = readFixture('valid.json');
const edit = (change: (backup: any) => void): string => {
  const backup = JSON.parse(valid);
  change(backup);
  return JSON.stringify(backup);
};

describe('parseBackup never throws', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const result = parseBackup(text, CONTEXT);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('on a valid file cut, spliced or with a character changed anywhere', () => {
    fc.assert(
      fc.property(fc.nat({ max: valid.length }), fc.nat({ max: valid.length }), fc.string({ maxLength: 3 }), (a, b, insert) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        for (const text of [valid.slice(0, from), valid.slice(0, from) + insert + valid.slice(to), valid.slice(0, from) + valid.slice(from + 1)]) {
          const result = parseBackup(text, CONTEXT);
          if (!result.ok) expect(result.error).toMatch(/^\S+: /);
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

  it.each([2, 3, 99])('refuses version %i as made by a newer Bridge', (version) => {
    const result = parseBackup(edit((b) => (b.version = version)), CONTEXT);
    expect(result).toMatchObject({ ok: false, error: `version: made by a newer Bridge (backup version ${version}, this app reads up to 1): update the app first` });
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
    const raw = JSON.parse(valid);
    expect(migrateBackup(raw, 1)).toBe(raw);
  });
});

describe('where and why', () => {
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
    ['an unknown table', (b: any) => (b.data.mocks = []), 'mocks: unknown key'],
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
