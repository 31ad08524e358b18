// A small inline SVG bar chart with the same numbers as a table for screen readers.
export function BarChart({ label, bars, unit }: { label: string; bars: { name: string; value: number }[]; unit: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 14;
  return (
    <figure>
      <svg width={bars.length * width} height={100} role="img" aria-label={label}>
        {bars.map((b, i) => {
          const height = (90 * b.value) / max;
          return (
            <rect key={b.name} x={i * width} y={100 - height} width={width - 3} height={height} fill="var(--accent)">
              <title>{`${b.name}: ${b.value} ${unit}`}</title>
            </rect>
          );
        })}
      </svg>
      <details>
        <summary>{label} as a table</summary>
        <table>
          <tbody>
            {bars.map((b) => (
              <tr key={b.name}>
                <th scope="row">{b.name}</th>
                <td>
                  {b.value} {unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
