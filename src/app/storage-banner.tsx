// Storage problems in one place: a newer version in another tab, a database that will not open,
// a write that failed (quota, lost connection). Nothing is deleted to recover; the learner can
// retry, and export while the data is readable.
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { db, onNewerVersion } from '../data/db';
import { describeError, isStorageError } from '../data/describe-error';

export function StorageBanner() {
  const [newer, setNewer] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => onNewerVersion(() => setNewer(true)), []);
  useEffect(() => {
    db.open().catch((e: unknown) => setError(`Bridge could not open its storage: ${describeError(e)}.`));
    const onRejection = (event: PromiseRejectionEvent) => {
      if (isStorageError(event.reason)) setError(`Saving failed: ${describeError(event.reason)}. What you typed is still on screen.`);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);

  if (newer) {
    return (
      <div className="banner" role="alert">
        <span>Bridge was updated in another tab. Reload this tab to keep working; nothing you saved is lost.</span>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  if (!error) return null;
  return (
    <div className="banner error" role="alert">
      <span>{error}</span>
      <button
        type="button"
        className="primary"
        onClick={() => {
          setError(null);
          db.open().catch((e: unknown) => setError(`Still failing: ${describeError(e)}.`));
        }}
      >
        Retry
      </button>
      <Link href="/settings" className="button">
        Export backup
      </Link>
    </div>
  );
}
