import { describe, expect, it } from 'vitest';
import { shouldRemindExport } from '../../src/domain/backup/export-reminder';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;

describe('shouldRemindExport', () => {
  it.each([
    ['no history', null, null, false],
    ['never exported, practising for 3 days', null, { first: NOW - 3 * DAY, last: NOW }, false],
    ['never exported, practising for 8 days', null, { first: NOW - 8 * DAY, last: NOW }, true],
    ['exported 8 days ago, answered since', NOW - 8 * DAY, { first: NOW - 30 * DAY, last: NOW - DAY }, true],
    ['exported 8 days ago, nothing since', NOW - 8 * DAY, { first: NOW - 30 * DAY, last: NOW - 9 * DAY }, false],
    ['exported 2 days ago', NOW - 2 * DAY, { first: NOW - 30 * DAY, last: NOW }, false],
  ] as const)('%s: %s', (_, lastExport, attempts, expected) => {
    expect(shouldRemindExport(lastExport, attempts, NOW)).toBe(expected);
  });
});
