import { useEffect, useMemo } from 'react';
import { questionById } from '../../data/bank';
import { useLearnerData } from '../../data/live';
import { AREA_LABELS, AREAS } from '../../domain/bank/vocabulary';
import { formatById } from '../../domain/mock/formats';
import { isReviewed, overallScore } from '../../domain/mock/mock-session';
import { dayStart } from '../../domain/scheduler/day';
import { attemptsPerDay, reviewForecast, timePerArea, trueRetention } from '../../domain/stats/statistics';
import { BarChart } from './bar-chart';
import { Heatmap } from './heatmap';

const hours = (ms: number) => `${(ms / 3_600_000).toFixed(1)} h`;

export function StatsPage() {
  const data = useLearnerData();
  useEffect(() => {
    document.title = 'Statistics — Bridge';
  }, []);

  const stats = useMemo(() => {
    if (!data) return null;
    const now = Date.now();
    const { rolloverHour, retention } = data.settings;
    return {
      days: attemptsPerDay(data.attempts, rolloverHour),
      today: new Date(dayStart(now, rolloverHour)),
      retention: trueRetention(data.attempts, now, rolloverHour),
      desired: retention,
      forecast: reviewForecast(data.cards.values(), now, rolloverHour),
      time: timePerArea(data.attempts, questionById),
      mocks: data.mocks.filter(isReviewed),
    };
  }, [data]);

  if (!stats) return <p className="muted">Loading…</p>;
  return (
    <>
      <h1>Statistics</h1>
      <h2>Practice calendar</h2>
      <Heatmap days={stats.days} today={stats.today} />
      <h2>True retention (last 30 days)</h2>
      <p>
        {stats.retention.rate === null
          ? 'No reviews yet: retention counts the first review of a question on a day, Again as a fail.'
          : `${Math.round(stats.retention.rate * 100)}% of ${stats.retention.total} first reviews of the day passed; your target is ${Math.round(stats.desired * 100)}%.`}
      </p>
      <h2>Reviews due in the next 30 days</h2>
      <BarChart
        label="Reviews due per day, next 30 days"
        unit="reviews"
        bars={stats.forecast.map((value, day) => ({ name: day === 0 ? 'today' : `in ${day} d`, value }))}
      />
      <h2>Time spent per area</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {AREAS.map((area) => (
            <tr key={area}>
              <th scope="row">{AREA_LABELS[area]}</th>
              <td>{hours(stats.time.get(area) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Mock scores over time</h2>
      {stats.mocks.length === 0 ? (
        <p className="muted">No finished mocks yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Format</th>
              <th scope="col">Score (of 4)</th>
            </tr>
          </thead>
          <tbody>
            {stats.mocks.map((m) => (
              <tr key={m.id}>
                <td>{new Date(m.startedAt).toLocaleDateString()}</td>
                <td>{formatById(m.format)?.name ?? m.format}</td>
                <td>{overallScore(m)?.toFixed(1) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
