// Writing a backup: the JSON file of everything, and a CSV of attempts for spreadsheets.
import type { Attempt } from '../practice/attempt';
import { RATING_LABELS } from '../scheduler/memory';
import type { Settings } from '../settings';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupData } from './backup-schema';

/**
 * The backup of the learner's data as of `now`; `JSON.stringify` it to get the file.
 * It never refuses: an export must work even when stored data is odd (the import says what is
 * wrong with it). Only the settings are trimmed to their known fields, so the Dexie row's `id`
 * can be passed in as it is.
 */
export function buildBackup(data: BackupData, { now, appVersion }: { now: number; appVersion: string }): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    appVersion,
    data: {
      cards: [...data.cards],
      attempts: [...data.attempts],
      sessions: [...data.sessions],
      mocks: [...data.mocks],
      settings: pickSettings(data.settings),
    },
  };
}

function pickSettings({ newPerDay, reviewsPerDay, retention, rolloverHour, theme, interviewDate, dailyMinutes, planAreas, planRoles, trackStart }: Settings): Settings {
  return { newPerDay, reviewsPerDay, retention, rolloverHour, theme, interviewDate, dailyMinutes, planAreas: [...planAreas], planRoles: [...planRoles], trackStart };
}

/** A file name for a backup made at `now`: `bridge-backup-2025-06-01.json` (UTC date). */
export function backupFileName(now: number, extension: 'json' | 'csv' = 'json'): string {
  const stem = extension === 'json' ? 'bridge-backup' : 'bridge-attempts';
  return `${stem}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}

export const CSV_HEADER = [
  'Date',
  'Question ID',
  'Question',
  'Mode',
  'Rating',
  'Rating name',
  'Rubric',
  'Duration (s)',
  'Tests',
  'Answer',
  'Attempt ID',
] as const;

/**
 * Every attempt as one CSV row, oldest first, after a header row (RFC 4180: comma-separated,
 * CRLF line ends, fields with a comma, quote or line break in double quotes, quotes doubled).
 * `titles` maps question ids to titles (an unknown id gets an empty title). A cell that starts
 * with = + - @ (or a tab or carriage return) gets a leading ' so a spreadsheet shows it as text
 * instead of running it as a formula.
 */
export function attemptsToCsv(attempts: readonly Attempt[], titles: ReadonlyMap<string, string>): string {
  const rows = [...attempts]
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((attempt) => [
      isoDate(attempt.at),
      attempt.questionId,
      titles.get(attempt.questionId) ?? '',
      attempt.mode,
      String(attempt.rating),
      RATING_LABELS[attempt.rating],
      `${attempt.rubricHit.length}/${attempt.rubricTotal}`,
      String(Math.round(attempt.durationMs / 1000)),
      attempt.tests
        ? `${attempt.tests.status}: ${attempt.tests.visiblePassed}/${attempt.tests.visibleTotal} visible, ${attempt.tests.hiddenPassed}/${attempt.tests.hiddenTotal} hidden`
        : '',
      attempt.answer,
      attempt.id,
    ]);
  return [[...CSV_HEADER], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The time as ISO 8601, or empty when it is not a valid time (an export never throws). */
function isoDate(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** One CSV field: neutralised against formula injection, then quoted when RFC 4180 needs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
