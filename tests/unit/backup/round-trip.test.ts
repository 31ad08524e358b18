// Export then import gives back identical data, for any valid learner data, mocks included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../src/domain/backup/build-backup';
import { planImport } from '../../../src/domain/backup/merge-backup';
import { parseBackup } from '../../../src/domain/backup/parse-backup';
import { CONTEXT, EMPTY_DATA, NOW, backupDataArb, mockArb } from './sample';

describe('backup round trip', () => {
  it('parseBackup(JSON.stringify(buildBackup(data))) gives back identical data', () => {
    fc.assert(
      fc.property(backupDataArb, fc.integer({ min: NOW, max: NOW + 60_000 }), (data, now) => {
        const result = parseBackup(JSON.stringify(buildBackup(data, { now, appVersion: '0.1.0' })), { ...CONTEXT, now });
        if (!result.ok) throw new Error(result.error);
        expect(result.backup.data).toStrictEqual(data);
        expect(result.backup.data.mocks).toStrictEqual(data.mocks);
        expect(result.fromVersion).toBe(2);
        expect(result.backup.exportedAt).toBe(new Date(now).toISOString());
        expect(result.backup.appVersion).toBe('0.1.0');
      }),
      { numRuns: 300 },
    );
  });

  it('importing into an empty database gives back identical data, whether replacing or merging', () => {
    fc.assert(
      fc.property(backupDataArb, fc.constantFrom('replace' as const, 'merge' as const), (data, mode) => {
        const result = parseBackup(JSON.stringify(buildBackup(data, { now: NOW, appVersion: '0.1.0' })), CONTEXT);
        if (!result.ok) throw new Error(result.error);
        const plan = planImport({ ...EMPTY_DATA, settings: data.settings }, result.backup.data, mode);
        expect(plan.data).toStrictEqual(data);
        expect(plan.preview.newAttempts).toBe(data.attempts.length);
        expect(plan.preview.presentAttempts).toBe(0);
        expect(plan.preview.newMocks).toBe(data.mocks.length);
        expect(plan.preview.result.mocks).toBe(data.mocks.length);
      }),
      { numRuns: 100 },
    );
  });

  it('gives back any single valid mock, ended or in progress', () => {
    fc.assert(
      fc.property(fc.uuid().chain(mockArb), (mock) => {
        const data = { ...EMPTY_DATA, mocks: [mock] };
        const result = parseBackup(JSON.stringify(buildBackup(data, { now: NOW, appVersion: '0.1.0' })), CONTEXT);
        if (!result.ok) throw new Error(result.error);
        expect(result.backup.data.mocks).toStrictEqual([mock]);
      }),
      { numRuns: 300 },
    );
  });

  it('generates data with mocks often enough to matter', () => {
    const samples = fc.sample(backupDataArb, { numRuns: 200, seed: 1 });
    expect(samples.filter((d) => d.mocks.length > 0).length).toBeGreaterThan(100);
    const mocks = samples.flatMap((d) => d.mocks);
    expect(mocks.some((m) => m.endedAt === null)).toBe(true);
    expect(mocks.some((m) => m.endedAt !== null)).toBe(true);
    expect(mocks.some((m) => m.questions.some((q) => Object.keys(q.scores).length > 0))).toBe(true);
  });

  it('is also identical when pretty-printed (as a person might re-save the file)', () => {
    fc.assert(
      fc.property(backupDataArb, (data) => {
        const result = parseBackup(JSON.stringify(buildBackup(data, { now: NOW, appVersion: '0.1.0' }), null, 2), CONTEXT);
        if (!result.ok) throw new Error(result.error);
        expect(result.backup.data).toStrictEqual(data);
      }),
      { numRuns: 50 },
    );
  });
});
