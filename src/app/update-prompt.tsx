import { useRegisterSW } from 'virtual:pwa-register/react';

const HOUR = 3_600_000;

/** Offers a new version; the page reloads only when the learner asks for it. */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // A tab left open for days still hears about new versions.
    onRegisteredSW(_url, registration) {
      if (registration) window.setInterval(() => void registration.update(), HOUR);
    },
    // The plugin reloads only for updates it started itself; `reload` below covers every case.
    onNeedReload() {},
  });

  function reload() {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker(true);
  }

  if (!needRefresh) return null;
  return (
    <div className="banner" role="status">
      <span>New version available</span>
      <button type="button" className="primary" onClick={reload}>
        Reload
      </button>
    </div>
  );
}
