import { useEffect, useState } from 'react';

interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** Whether the browser may evict Bridge's data, and how much room it uses. */
export function StorageSection() {
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    const storage = navigator.storage;
    void Promise.all([storage?.persisted?.() ?? null, storage?.estimate?.() ?? null]).then(([persisted, estimate]) =>
      setState({ persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null }),
    );
  }, []);
  if (!state) return null;
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <dl className="stats">
        <dt>Persistent</dt>
        <dd>
          {state.persisted === null
            ? 'unknown in this browser'
            : state.persisted
              ? 'yes: the browser will not evict your data to free space'
              : 'not yet: Bridge asks after your first completed session'}
        </dd>
        <dt>Used</dt>
        <dd>{state.usage === null ? 'unknown' : `${mb(state.usage)}${state.quota ? ` of ${mb(state.quota)} available` : ''}`}</dd>
      </dl>
    </section>
  );
}
