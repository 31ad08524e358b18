import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { fetchSearchText, questionIndex } from '../../data/bank';
import { AREA_LABELS, AREAS, ROLES, TOPICS, type Area } from '../../domain/bank/vocabulary';
import { useLibraryFilters } from '../../state/library-filters';
import { Coverage } from './coverage';

export function LibraryPage() {
  const filters = useLibraryFilters();
  const [searchText, setSearchText] = useState<Record<string, string> | null>(null);

  const topics = filters.area ? TOPICS[filters.area] : AREAS.flatMap((area) => TOPICS[area]);
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  const searching = words.length > 0;

  useEffect(() => {
    document.title = 'Library — Bridge';
  }, []);

  // The full text of every question is large: it loads when the learner focuses or uses the
  // search box, and until then the search looks at titles.
  const [wantSearch, setWantSearch] = useState(false);
  useEffect(() => {
    if (searching || wantSearch) fetchSearchText().then(setSearchText, () => setSearchText({}));
  }, [searching, wantSearch]);
  const shown = useMemo(
    () =>
      questionIndex.filter((q) => {
        if (filters.area && q.area !== filters.area) return false;
        if (filters.topic && !(q.topics as string[]).includes(filters.topic)) return false;
        if (filters.difficulty && String(q.difficulty) !== filters.difficulty) return false;
        if (filters.role && !(q.roles as string[]).includes(filters.role)) return false;
        const text = searchText?.[q.id] ?? q.title.toLowerCase();
        return words.every((word) => text.includes(word));
      }),
    [filters.area, filters.topic, filters.difficulty, filters.role, words.join(' '), searchText],
  );

  return (
    <>
      <h1>Library</h1>
      <p className="muted">
        {questionIndex.length} questions:{' '}
        {AREAS.map((area) => `${AREA_LABELS[area]} ${questionIndex.filter((q) => q.area === area).length}`).join(' · ')}
      </p>
      <Coverage questions={questionIndex} />
      <form className="row panel" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          Search
          <input type="search" value={filters.text} onFocus={() => setWantSearch(true)} onChange={(e) => filters.set({ text: e.target.value })} />
        </label>
        <label>
          Area
          <select value={filters.area} onChange={(e) => filters.set({ area: e.target.value as Area | '', topic: '' })}>
            <option value="">All</option>
            {AREAS.map((area) => (
              <option key={area} value={area}>
                {AREA_LABELS[area]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Topic
          <select value={filters.topic} onChange={(e) => filters.set({ topic: e.target.value })}>
            <option value="">All</option>
            {topics.map((topic) => (
              <option key={topic} value={topic}>
                {topic} ({questionIndex.filter((q) => (q.topics as string[]).includes(topic)).length})
              </option>
            ))}
          </select>
        </label>
        <label>
          Difficulty
          <select
            value={filters.difficulty}
            onChange={(e) => filters.set({ difficulty: e.target.value as '' | '1' | '2' | '3' })}
          >
            <option value="">All</option>
            <option value="1">1 warm-up</option>
            <option value="2">2 typical</option>
            <option value="3">3 senior</option>
          </select>
        </label>
        <label>
          Role
          <select value={filters.role} onChange={(e) => filters.set({ role: e.target.value })}>
            <option value="">All</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p aria-live="polite">
        {shown.length} question{shown.length === 1 ? '' : 's'} shown
      </p>
      <ul className="question-list">
        {shown.map((q) => (
          <li key={q.id}>
            <Link href={`/library/${q.id}`}>{q.title}</Link>{' '}
            <span className="muted">
              — {AREA_LABELS[q.area]}, difficulty {q.difficulty}, {q.topics.join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
