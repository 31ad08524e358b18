import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from '../../../src/domain/backup/backup-schema';
import { CSV_HEADER, attemptsToCsv, backupFileName, buildBackup, csvCell } from '../../../src/domain/backup/build-backup';
import { MOCK_FORMATS } from '../../../src/domain/mock/formats';
import { advancePhase, endMock, startMock } from '../../../src/domain/mock/mock-session';
import type { Attempt } from '../../../src/domain/practice/attempt';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { NOW, attemptArb } from './sample';

const memory = { due: NOW, stability: 3, difficulty: 5, elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: 2 as const, lastReview: NOW - 1000 };

function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 'a1',
    questionId: 'q1',
    at: Date.UTC(2025, 4, 20, 8, 30),
    mode: 'practice',
    rating: 3,
    rubricHit: [0, 2, 3],
    rubricTotal: 5,
    answer: 'plain answer',
    durationMs: 95_400,
    before: null,
    after: memory,
    ...overrides,
  };
}

/** A small RFC 4180 reader, to check that the CSV reads back as the cells written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"') (quoted = true), i++;
    else if (c === ',') row.push(cell), (cell = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else (cell += c), i++;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('buildBackup', () => {
  it('wraps the data with format, version, time and app version', () => {
    const data: BackupData = { cards: [], attempts: [attempt()], sessions: [], mocks: [], settings: DEFAULT_SETTINGS };
    expect(buildBackup(data, { now: NOW, appVersion: '0.1.0' })).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2025-06-01T12:00:00.000Z',
      appVersion: '0.1.0',
      data,
    });
  });

  it('drops the Dexie settings row id and copies the tables', () => {
    const settingsRow = { id: 'settings' as const, ...DEFAULT_SETTINGS };
    const data: BackupData = { cards: [], attempts: [], sessions: [], mocks: [], settings: settingsRow };
    const backup = buildBackup(data, { now: NOW, appVersion: '0.1.0' });
    expect(backup.data.settings).toStrictEqual(DEFAULT_SETTINGS);
    expect(backup.data.attempts).not.toBe(data.attempts);
    expect(backup.data.mocks).not.toBe(data.mocks);
  });

  it('carries the plan scope, as copies of the lists', () => {
    const settings = { ...DEFAULT_SETTINGS, planAreas: ['data' as const, 'coding' as const], planRoles: ['ranking' as const] };
    const backup = buildBackup({ cards: [], attempts: [], sessions: [], mocks: [], settings }, { now: NOW, appVersion: '0.1.0' });
    expect(backup.data.settings).toStrictEqual(settings);
    expect(backup.data.settings.planAreas).not.toBe(settings.planAreas);
    expect(backup.data.settings.planRoles).not.toBe(settings.planRoles);
  });

  it('writes version 2 and carries the mocks as they are, ended or in progress', () => {
    const started = startMock('m1', MOCK_FORMATS[0], ['sd-ads-ctr-exchange-bidder'], NOW - 3_600_000, false);
    const ended = endMock(advancePhase(started, NOW - 3_000_000), NOW - 1_000_000);
    const running = startMock('m2', MOCK_FORMATS[3], ['data-ad-conversion-label-checks', 'quality-ab-guardrails-push-notifications', 'sd-ads-ctr-exchange-bidder', 'beh-data-incident'], NOW - 60_000, true);
    const data: BackupData = { cards: [], attempts: [], sessions: [], mocks: [ended, running], settings: DEFAULT_SETTINGS };
    const backup = buildBackup(data, { now: NOW, appVersion: '0.1.0' });
    expect(backup.version).toBe(2);
    expect(backup.data.mocks).toStrictEqual([ended, running]);
  });

  it('names files by date', () => {
    expect(backupFileName(NOW)).toBe('bridge-backup-2025-06-01.json');
    expect(backupFileName(NOW, 'csv')).toBe('bridge-attempts-2025-06-01.csv');
  });
});

describe('attemptsToCsv', () => {
  it('writes a header and one row per attempt, with ISO dates and rubric hits as 3/5', () => {
    const csv = attemptsToCsv([attempt()], new Map([['q1', 'Average precision']]));
    expect(csv).toBe(
      'Date,Question ID,Question,Mode,Rating,Rating name,Rubric,Duration (s),Tests,Answer,Attempt ID\r\n' +
        '2025-05-20T08:30:00.000Z,q1,Average precision,practice,3,Good,3/5,95,,plain answer,a1\r\n',
    );
    expect(readCsv(csv)[0]).toEqual([...CSV_HEADER]);
  });

  it('sorts by time, describes coding tests and leaves unknown titles empty', () => {
    const csv = attemptsToCsv(
      [
        attempt({ id: 'late', at: Date.UTC(2025, 4, 21), rating: 1, rubricHit: [], rubricTotal: 4 }),
        attempt({ id: 'early', questionId: 'gone', at: Date.UTC(2025, 4, 19), tests: { status: 'done', visiblePassed: 3, visibleTotal: 3, hiddenPassed: 5, hiddenTotal: 7 } }),
      ],
      new Map([['q1', 'Average precision']]),
    );
    const rows = readCsv(csv);
    expect(rows.map((r) => r[10])).toEqual(['Attempt ID', 'early', 'late']);
    expect(rows[1]).toEqual(['2025-05-19T00:00:00.000Z', 'gone', '', 'practice', '3', 'Good', '3/5', '95', 'done: 3/3 visible, 5/7 hidden', 'plain answer', 'early']);
    expect(rows[2].slice(4, 7)).toEqual(['1', 'Again', '0/4']);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const answer = 'He said "use a heap", then:\nfor x in xs:\r\n    push(x)';
    const csv = attemptsToCsv([attempt({ answer })], new Map([['q1', 'Top-k, streaming']]));
    expect(csv).toContain('"Top-k, streaming"');
    expect(csv).toContain('"He said ""use a heap"", then:\nfor x in xs:\r\n    push(x)"');
    const rows = readCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[1][2]).toBe('Top-k, streaming');
    expect(rows[1][9]).toBe(answer);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['a=1', 'a=1'],
    ['', ''],
  ])('neutralises formula injection in %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('neutralises formulas in titles and answers too', () => {
    const rows = readCsv(attemptsToCsv([attempt({ answer: '=cmd|"/c calc"!A1' })], new Map([['q1', '@title']])));
    expect(rows[1][2]).toBe("'@title");
    expect(rows[1][9]).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('reads back as the cells written, for any attempts', () => {
    fc.assert(
      fc.property(fc.array(fc.uuid().chain(attemptArb), { maxLength: 5 }), fc.string(), (attempts, title) => {
        const rows = readCsv(attemptsToCsv(attempts, new Map([['beh-data-incident', title]])));
        expect(rows).toHaveLength(attempts.length + 1);
        for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
        const written = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
        const byId = new Map(attempts.map((a) => [a.id, a]));
        for (const row of rows.slice(1)) {
          const a = byId.get(row[10])!;
          expect(row[9]).toBe(written(a.answer));
          expect(row[6]).toBe(`${a.rubricHit.length}/${a.rubricTotal}`);
          expect(row[0]).toBe(new Date(a.at).toISOString());
        }
      }),
    );
  });

  it('writes just the header when there are no attempts', () => {
    expect(attemptsToCsv([], new Map())).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });
});
