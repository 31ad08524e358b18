import { useEffect, useState } from 'react';

/** The current time, refreshed every `ms`: for clocks on screen, never as a source of truth. */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(id);
  }, [ms]);
  return now;
}
