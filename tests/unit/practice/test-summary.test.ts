import { describe, expect, it } from 'vitest';
import { sessionReducer, startSession } from '../../../src/domain/practice/session';
import { suggestCodingRating, summarizeTests, type TestSummary } from '../../../src/domain/practice/test-summary';

const summary = (passed: number, status: TestSummary['status'] = 'done'): TestSummary => ({
  status,
  visiblePassed: Math.min(3, passed),
  visibleTotal: 3,
  hiddenPassed: Math.max(0, passed - 3),
  hiddenTotal: 7,
});

describe('coding test summaries', () => {
  it('splits pass/fail flags into visible and hidden counts', () => {
    expect(summarizeTests('done', [true, false, true, true, true, false], 3, 3)).toEqual({
      status: 'done',
      visiblePassed: 2,
      visibleTotal: 3,
      hiddenPassed: 2,
      hiddenTotal: 3,
    });
  });

  it.each([
    ['all pass and all rubric points', summary(10), 4, 4, 4],
    ['all pass, most rubric points', summary(10), 3, 4, 3],
    ['all pass, few rubric points', summary(10), 1, 4, 1],
    ['9 of 10 pass', summary(9), 4, 4, 2],
    ['7 of 10 pass', summary(7), 4, 4, 1],
    ['timed out', summary(10, 'timeout'), 4, 4, 1],
  ])('%s suggests %#', (_, tests, ticked, total, rating) => {
    expect(suggestCodingRating(tests, ticked, total)).toBe(rating);
  });

  it('the session keeps the last submission with the rating and restores it on undo', () => {
    let s = startSession('s', 'd', [{ questionId: 'c', area: 'coding', kind: 'new' }], 0);
    s = sessionReducer(s, { type: 'tested', tests: summary(9) });
    s = sessionReducer(s, { type: 'reveal' });
    s = sessionReducer(s, { type: 'rated', rating: 2, attemptId: 'a', nextDue: 1, now: 10 });
    expect(s.results[0].tests).toEqual(summary(9));
    expect(sessionReducer(s, { type: 'undo', now: 20 }).tests).toEqual(summary(9));
  });
});
