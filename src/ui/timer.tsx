import { useNow } from './use-now';

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

/** Time since `since` (epoch ms), refreshed every second. */
export function ElapsedTimer({ since, label }: { since: number; label: string }) {
  const now = useNow(1000);
  return (
    <span className="timer" role="timer" aria-label={label}>
      {formatClock(now - since)}
    </span>
  );
}
