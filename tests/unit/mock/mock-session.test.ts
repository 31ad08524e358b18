import { describe, expect, it } from 'vitest';
import { formatById, MOCK_FORMATS, totalMinutes } from '../../../src/domain/mock/formats';
import {
  advancePhase,
  dimensionScores,
  endMock,
  followUpsAsked,
  isReviewed,
  overallScore,
  recordRating,
  scoreDimension,
  setNotes,
  startMock,
  timeline,
} from '../../../src/domain/mock/mock-session';

const MIN = 60_000;
const T0 = 1_800_000_000_000;
const design = MOCK_FORMATS.find((f) => f.id === 'ml-system-design-45')!;
const screen = MOCK_FORMATS.find((f) => f.id === 'quick-screen-20')!;

describe('mock formats', () => {
  it('have the budgets of the content brief', () => {
    expect(totalMinutes(design)).toBe(45);
    expect(totalMinutes(formatById('mini-loop-60')!)).toBe(60);
    expect(totalMinutes(screen)).toBe(20);
    expect(formatById('mini-loop-60')!.slots.map((s) => s.area)).toEqual(['coding', 'system-design', 'data', 'quality', 'behavioral']);
    for (const format of MOCK_FORMATS) for (const phase of format.phases) expect(phase.slot).toBeLessThan(format.slots.length);
  });
});

describe('mock timeline', () => {
  it('computes time left from stored timestamps only, so a resumed mock shows the same', () => {
    let mock = startMock('m', screen, ['a', 'b', 'c', 'd'], T0, true);
    mock = advancePhase(mock, T0 + 2 * MIN);
    const resumed = JSON.parse(JSON.stringify(mock));
    const at = T0 + 3.5 * MIN;
    expect(timeline(resumed, at)).toEqual(timeline(mock, at));
    expect(timeline(mock, at)).toMatchObject({ current: 1, phaseLeftMs: 3.5 * MIN, roundLeftMs: 16.5 * MIN, ended: false });
  });

  it('marks an overrun phase and a round past its end', () => {
    const mock = startMock('m', screen, ['a', 'b', 'c', 'd'], T0, false);
    const t = timeline(mock, T0 + 21 * MIN);
    expect(t.phases[0]).toMatchObject({ usedMs: 21 * MIN, budgetMs: 5 * MIN, overrun: true });
    expect(t.phaseLeftMs).toBe(-16 * MIN);
    expect(t.roundLeftMs).toBe(-MIN);
  });

  it('the last advance ends the round; time stops at the end', () => {
    let mock = startMock('m', screen, ['a', 'b', 'c', 'd'], T0, false);
    for (let i = 1; i <= 4; i++) mock = advancePhase(mock, T0 + i * 4 * MIN);
    expect(mock.endedAt).toBe(T0 + 16 * MIN);
    const t = timeline(mock, T0 + 99 * MIN);
    expect(t.ended).toBe(true);
    expect(t.phases.map((p) => p.usedMs)).toEqual([4, 4, 4, 4].map((m) => m * MIN));
    expect(advancePhase(mock, T0 + 100 * MIN)).toBe(mock);
    expect(setNotes(mock, 0, 'late')).toBe(mock);
  });

  it('ending early leaves later phases unused', () => {
    const mock = endMock(startMock('m', design, ['q'], T0, false), T0 + 10 * MIN);
    expect(timeline(mock, T0 + 20 * MIN).phases.map((p) => p.usedMs)).toEqual([10 * MIN, 0, 0, 0, 0, 0]);
  });
});

describe('follow-ups', () => {
  it('come one per phase change when a question spans phases', () => {
    let mock = startMock('m', design, ['q'], T0, false);
    expect(followUpsAsked(mock, T0 + 6 * MIN, 3)).toBe(0);
    mock = advancePhase(mock, T0 + 7 * MIN);
    expect(followUpsAsked(mock, T0 + 8 * MIN, 3)).toBe(1);
    for (let i = 2; i <= 5; i++) mock = advancePhase(mock, T0 + i * 8 * MIN);
    expect(followUpsAsked(mock, T0 + 41 * MIN, 3)).toBe(3);
  });

  it('come on a timer when a question has one phase', () => {
    const mock = startMock('m', screen, ['a', 'b', 'c', 'd'], T0, false);
    // 5 minutes and 3 follow-ups: one every 75 s.
    expect(followUpsAsked(mock, T0 + 74_000, 3)).toBe(0);
    expect(followUpsAsked(mock, T0 + 76_000, 3)).toBe(1);
    expect(followUpsAsked(mock, T0 + 20 * MIN, 3)).toBe(3);
  });
});

describe('postmortem scoring', () => {
  it('averages levels per dimension and overall; reviewed once every question is rated', () => {
    let mock = endMock(startMock('m', screen, ['a', 'b', 'c', 'd'], T0, false), T0 + MIN);
    mock = scoreDimension(mock, 0, 'concept', 4);
    mock = scoreDimension(mock, 1, 'concept', 2);
    mock = scoreDimension(mock, 1, 'detection', 3);
    expect(dimensionScores(mock)).toEqual({ concept: 3, detection: 3 });
    expect(overallScore(mock)).toBe(3);
    expect(isReviewed(mock)).toBe(false);
    for (let i = 0; i < 4; i++) mock = recordRating(mock, i, 3, `a${i}`);
    expect(isReviewed(mock)).toBe(true);
  });
});
