import type { Rating } from '../scheduler/memory';

/**
 * The rating suggested by the share of rubric points covered: under 40% is a miss (Again),
 * under 70% a struggle (Hard), anything short of every point Good, all of them Easy.
 */
export function suggestRating(ticked: number, total: number): Rating {
  if (total === 0) return 3;
  const share = ticked / total;
  if (share < 0.4) return 1;
  if (share < 0.7) return 2;
  return share < 1 ? 3 : 4;
}
