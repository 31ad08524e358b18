import type { QuestionMeta } from '../../domain/bank/schema';
import { AREA_LABELS, AREAS, TOPICS } from '../../domain/bank/vocabulary';

/** What the bank covers: questions per area and difficulty, and per topic. */
export function Coverage({ questions }: { questions: readonly QuestionMeta[] }) {
  return (
    <details className="panel">
      <summary>Coverage of the bank</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Questions per area and difficulty">
        <table>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Questions</th>
              <th scope="col">Warm-up</th>
              <th scope="col">Typical</th>
              <th scope="col">Senior</th>
            </tr>
          </thead>
          <tbody>
            {AREAS.map((area) => {
              const inArea = questions.filter((q) => q.area === area);
              return (
                <tr key={area}>
                  <th scope="row">{AREA_LABELS[area]}</th>
                  <td>{inArea.length}</td>
                  {([1, 2, 3] as const).map((d) => (
                    <td key={d}>{inArea.filter((q) => q.difficulty === d).length}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {AREAS.map((area) => (
        <p key={area}>
          <strong>{AREA_LABELS[area]}:</strong>{' '}
          {TOPICS[area].map((topic) => `${topic} ${questions.filter((q) => (q.topics as string[]).includes(topic)).length}`).join(' · ')}
        </p>
      ))}
    </details>
  );
}
