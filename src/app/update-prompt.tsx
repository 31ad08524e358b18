import { useRegisterSW } from 'virtual:pwa-register/react';

/** Offers a new version; the page reloads only when the learner asks for it. */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="banner" role="status">
      <span>New version available</span>
      <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
        Reload
      </button>
    </div>
  );
}
