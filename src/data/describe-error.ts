// Learner-facing reasons for failures. Dexie reports IndexedDB failures by name, sometimes with
// the browser's error wrapped as `inner`, and often with an empty message.
const STORAGE_REASONS: Record<string, string> = {
  QuotaExceededError:
    'the browser’s storage for Bridge is full. Free some disk space or clear other sites’ data (and export a backup from Settings)',
  DatabaseClosedError: 'the database was closed, perhaps by a newer Bridge in another tab. Reload the page',
  OpenFailedError: 'the browser would not open Bridge’s storage (a private window may not allow it)',
  AbortError: 'the browser stopped the write before it finished',
  UnknownError: 'the browser’s storage failed',
  InvalidStateError: 'the browser’s storage is not available right now',
};

function storageErrorName(error: unknown): string | null {
  const e = error as { name?: unknown; inner?: { name?: unknown } } | null;
  for (const name of [e?.inner?.name, e?.name]) if (typeof name === 'string' && name in STORAGE_REASONS) return name;
  return null;
}

/** Whether `error` is a failure of the browser's storage. */
export function isStorageError(error: unknown): boolean {
  return storageErrorName(error) !== null;
}

/** Why something failed, in words for the learner. */
export function describeError(error: unknown): string {
  const name = storageErrorName(error);
  if (name) return STORAGE_REASONS[name];
  const message = error instanceof Error ? error.message.trim().replace(/\.$/, '') : '';
  return message || String(error);
}
