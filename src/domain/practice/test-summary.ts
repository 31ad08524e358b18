import type { Rating } from '../scheduler/memory';
import { suggestRating } from './suggest-rating';

/** How a submitted piece of code did against a coding question's tests. */
export interface TestSummary {
  status: 'done' | 'timeout' | 'failed';
  visiblePassed: number;
  visibleTotal: number;
  hiddenPassed: number;
  hiddenTotal: number;
}

export function summarizeTests(
  status: TestSummary['status'],
  passed: readonly boolean[],
  visibleTotal: number,
  hiddenTotal: number,
): TestSummary {
  const count = (from: number, to: number) => passed.slice(from, to).filter(Boolean).length;
  return {
    status,
    visiblePassed: count(0, visibleTotal),
    visibleTotal,
    hiddenPassed: count(visibleTotal, visibleTotal + hiddenTotal),
    hiddenTotal,
  };
}

/**
 * The rating suggested for a coding answer: code that fails tests is at best Hard (Again when
 * it fails a fifth or more); code that passes everything is judged by the rubric.
 */
export function suggestCodingRating(tests: TestSummary, ticked: number, rubricTotal: number): Rating {
  const total = tests.visibleTotal + tests.hiddenTotal;
  const share = total === 0 ? 0 : (tests.visiblePassed + tests.hiddenPassed) / total;
  if (tests.status !== 'done' || share < 0.8) return 1;
  if (share < 1) return 2;
  return suggestRating(ticked, rubricTotal);
}
