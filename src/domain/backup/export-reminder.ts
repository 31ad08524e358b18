const WEEK = 7 * 86_400_000;

/**
 * Whether to remind the learner to export: there is history newer than the last export, and
 * that export (or, with none, the oldest answer) is more than a week old.
 */
export function shouldRemindExport(lastExport: number | null, attempts: { first: number; last: number } | null, now: number): boolean {
  if (!attempts) return false;
  if (lastExport === null) return now - attempts.first > WEEK;
  return now - lastExport > WEEK && attempts.last > lastExport;
}
