import { lazy, Suspense, useEffect } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { useSettings } from '../data/live';
import { TodayPage } from '../features/today/today-page';
import { ErrorBoundary } from './error-boundary';
import { StorageBanner } from './storage-banner';
import { UpdatePrompt } from './update-prompt';

// Today is the first page and ships in the entry chunk; every other page loads on demand.
const PracticePage = lazy(() => import('../features/practice/practice-page').then((m) => ({ default: m.PracticePage })));
const LibraryPage = lazy(() => import('../features/library/library-page').then((m) => ({ default: m.LibraryPage })));
const QuestionPage = lazy(() => import('../features/library/question-page').then((m) => ({ default: m.QuestionPage })));
const SettingsPage = lazy(() => import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));
const MockPage = lazy(() => import('../features/mock/mock-page').then((m) => ({ default: m.MockPage })));
const MockHistoryPage = lazy(() => import('../features/mock/mock-history-page').then((m) => ({ default: m.MockHistoryPage })));
const MockDetailPage = lazy(() => import('../features/mock/mock-history-page').then((m) => ({ default: m.MockDetailPage })));
const WeakAreasPage = lazy(() => import('../features/weak-areas/weak-areas-page').then((m) => ({ default: m.WeakAreasPage })));
const StatsPage = lazy(() => import('../features/stats/stats-page').then((m) => ({ default: m.StatsPage })));

const NAV = [
  { href: '/', label: 'Today' },
  { href: '/mock', label: 'Mock' },
  { href: '/weak', label: 'Weak areas' },
  { href: '/stats', label: 'Statistics' },
  { href: '/library', label: 'Library' },
  { href: '/settings', label: 'Settings' },
];

function NavLink({ href, label }: { href: string; label: string }) {
  const [location] = useLocation();
  const active = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link href={href} aria-current={active ? 'page' : undefined}>
      {label}
    </Link>
  );
}

function useTheme() {
  const theme = useSettings()?.theme;
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
}

export function App() {
  useTheme();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Bridge
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <NavLink {...item} />
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <UpdatePrompt />
      <StorageBanner />
      <main id="main">
        <ErrorBoundary>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Switch>
              <Route path="/" component={TodayPage} />
              <Route path="/practice" component={PracticePage} />
              <Route path="/library" component={LibraryPage} />
              <Route path="/library/:id">{(params) => <QuestionPage key={params.id} id={params.id} />}</Route>
              <Route path="/settings" component={SettingsPage} />
              <Route path="/mock" component={MockPage} />
              <Route path="/mocks" component={MockHistoryPage} />
              <Route path="/mocks/:id">{(params) => <MockDetailPage id={params.id} />}</Route>
              <Route path="/weak" component={WeakAreasPage} />
              <Route path="/stats" component={StatsPage} />
              <Route>
                <h1>Page not found</h1>
                <p>
                  <Link href="/">Back to Today</Link>
                </p>
              </Route>
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
