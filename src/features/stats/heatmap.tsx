// A year of practice as an inline SVG calendar, with a table for screen readers.
import { calendarKey } from '../../domain/scheduler/day';

const CELL = 11;

export function Heatmap({ days, today }: { days: Map<string, number>; today: Date }) {
  const cells: { key: string; count: number; week: number; weekday: number }[] = [];
  const start = new Date(today);
  start.setDate(start.getDate() - 364 - start.getDay());
  for (let i = 0; ; i++) {
    const date = new Date(start);
    date.setDate(start.getDate() + i);
    if (date > today) break;
    const key = calendarKey(date.getTime());
    cells.push({ key, count: days.get(key) ?? 0, week: Math.floor(i / 7), weekday: date.getDay() });
  }
  const max = Math.max(1, ...cells.map((c) => c.count));
  const weeks = cells.at(-1)!.week + 1;
  const practised = cells.filter((c) => c.count > 0);
  return (
    <figure>
      <svg width={weeks * CELL} height={7 * CELL} role="img" aria-label={`Practice calendar: ${practised.length} days with practice in the last year`}>
        {cells.map((c) => (
          <rect
            key={c.key}
            x={c.week * CELL}
            y={c.weekday * CELL}
            width={CELL - 2}
            height={CELL - 2}
            rx={2}
            fill={c.count === 0 ? 'var(--line)' : 'var(--good)'}
            fillOpacity={c.count === 0 ? 1 : 0.3 + (0.7 * c.count) / max}
          >
            <title>{`${c.key}: ${c.count} answers`}</title>
          </rect>
        ))}
      </svg>
      <details>
        <summary>Days with practice as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Answers</th>
            </tr>
          </thead>
          <tbody>
            {practised.map((c) => (
              <tr key={c.key}>
                <td>{c.key}</td>
                <td>{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
