import { useEffect, useState } from 'react';
import { repo } from '../../data/repo';
import { useSettings } from '../../data/live';
import { AREA_LABELS, AREAS, ROLES } from '../../domain/bank/vocabulary';
import { dayKey } from '../../domain/scheduler/day';
import { settingsSchema, THEMES, type Settings } from '../../domain/settings';
import { BackupSection } from './backup-section';
import { StorageSection } from './storage-section';
import { describeError } from '../../data/describe-error';

/** What the form holds: text as typed (an empty date means no interview planned). */
type Draft = Record<Exclude<keyof Settings, 'theme' | 'planAreas' | 'planRoles'>, string> & Pick<Settings, 'theme' | 'planAreas' | 'planRoles'>;

function toDraft(settings: Settings): Draft {
  return {
    newPerDay: String(settings.newPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    retention: String(settings.retention),
    rolloverHour: String(settings.rolloverHour),
    theme: settings.theme,
    interviewDate: settings.interviewDate ?? '',
    dailyMinutes: String(settings.dailyMinutes),
    trackStart: settings.trackStart ?? '',
    planAreas: settings.planAreas,
    planRoles: settings.planRoles,
  };
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function SettingsPage() {
  const settings = useSettings();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.title = 'Settings — Bridge';
  }, []);
  useEffect(() => {
    if (settings && !draft) setDraft(toDraft(settings));
  }, [settings, draft]);

  if (!draft) return <p className="muted">Loading…</p>;

  async function save(next: Draft) {
    setDraft(next);
    const parsed = settingsSchema.safeParse({
      newPerDay: Number(next.newPerDay),
      reviewsPerDay: Number(next.reviewsPerDay),
      retention: Number(next.retention),
      rolloverHour: Number(next.rolloverHour),
      theme: next.theme,
      interviewDate: next.interviewDate || null,
      dailyMinutes: Number(next.dailyMinutes),
      trackStart: next.trackStart || null,
      planAreas: next.planAreas,
      planRoles: next.planRoles,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStatus(`Not saved: ${String(issue.path[0])} ${issue.message.toLowerCase()}`);
      return;
    }
    try {
      await repo.saveSettings(parsed.data);
      setStatus('Saved.');
    } catch (e) {
      setStatus(`Not saved: ${describeError(e)}.`);
    }
  }

  const field = (key: Exclude<keyof Draft, 'theme' | 'interviewDate' | 'trackStart' | 'planAreas' | 'planRoles'>, label: string, attrs: { min: number; max: number; step: number }, help: string) => (
    <p>
      <label>
        {label}
        <input
          type="number"
          inputMode="decimal"
          {...attrs}
          value={draft[key]}
          aria-describedby={`${key}-help`}
          onChange={(e) => void save({ ...draft, [key]: e.target.value })}
        />
      </label>{' '}
      <span id={`${key}-help`} className="muted">
        {help}
      </span>
    </p>
  );

  return (
    <>
      <h1>Settings</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Daily limits</legend>
          {field('newPerDay', 'New questions per day', { min: 0, max: 200, step: 1 }, 'Default 10.')}
          {field('reviewsPerDay', 'Reviews per day', { min: 0, max: 1000, step: 1 }, 'Default 100.')}
        </fieldset>
        <fieldset>
          <legend>Scheduling</legend>
          {field('retention', 'Desired retention', { min: 0.7, max: 0.97, step: 0.01 }, 'From 0.70 to 0.97. Higher means more reviews.')}
          {field('rolloverHour', 'New day starts at hour', { min: 0, max: 23, step: 1 }, 'Local time, 0–23. Default 4 (4 am).')}
        </fieldset>
        <fieldset>
          <legend>Interview plan</legend>
          <p>
            <label>
              Interview date
              <input
                type="date"
                value={draft.interviewDate}
                aria-describedby="interviewDate-help"
                onChange={(e) => void save({ ...draft, interviewDate: e.target.value })}
              />
            </label>{' '}
            <span id="interviewDate-help" className="muted">
              Optional. With a date, Bridge plans for recall on that day; clear it for plain spaced repetition.
            </span>
          </p>
          {field('dailyMinutes', 'Minutes a day', { min: 5, max: 600, step: 5 }, 'The time you can give each day; the plan stays within it.')}
          <fieldset className="levels">
            <legend>Plan covers the areas</legend>
            {AREAS.map((area) => (
              <label key={area}>
                <input type="checkbox" checked={draft.planAreas.includes(area)} onChange={() => void save({ ...draft, planAreas: toggle(draft.planAreas, area) })} />
                {AREA_LABELS[area]}
              </label>
            ))}
          </fieldset>
          <fieldset className="levels">
            <legend>and the role tracks</legend>
            {ROLES.map((role) => (
              <label key={role}>
                <input type="checkbox" checked={draft.planRoles.includes(role)} onChange={() => void save({ ...draft, planRoles: toggle(draft.planRoles, role) })} />
                {role}
              </label>
            ))}
          </fieldset>
          <p className="muted">None ticked means all. With an interview date, the plan and its queue cover only these questions.</p>
          <p>
            <label>
              <input
                type="checkbox"
                checked={draft.trackStart !== ''}
                onChange={(e) => void save({ ...draft, trackStart: e.target.checked ? dayKey(Date.now(), Number(draft.rolloverHour)) : '' })}
              />
              Follow the 90-day backend-to-ML track
            </label>{' '}
            <span className="muted">
              {draft.trackStart
                ? `Started ${draft.trackStart}.`
                : 'Days 1-30 weight data and quality, 31-60 system design and coding, 61-90 add a mock every few days.'}
            </span>
          </p>
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          {THEMES.map((theme) => (
            <label key={theme} style={{ marginRight: '1rem' }}>
              <input type="radio" name="theme" value={theme} checked={draft.theme === theme} onChange={() => void save({ ...draft, theme })} />
              {theme === 'system' ? 'System' : theme === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
      </form>
      <p role="status">{status}</p>
      <BackupSection />
      <StorageSection />
    </>
  );
}
