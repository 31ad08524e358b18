// Validates the question bank: prints the coverage (area x difficulty, questions per topic),
// then every problem as `path:line: reason`, and exits non-zero on any problem.
import { formatProblem } from '../src/domain/bank/problem';
import { AREAS, TOPICS } from '../src/domain/bank/vocabulary';
import { readBank } from './read-bank';

const { questions, problems } = readBank();
const pad = (value: string | number, width: number) => String(value).padStart(width);

console.log(`${'area'.padEnd(15)} total    d1    d2    d3  bridge`);
for (const area of AREAS) {
  const inArea = questions.filter((q) => q.area === area);
  const byLevel = [1, 2, 3].map((d) => pad(inArea.filter((q) => q.difficulty === d).length, 6));
  console.log(`${area.padEnd(15)}${pad(inArea.length, 6)}${byLevel.join('')}${pad(inArea.filter((q) => q.bridge).length, 8)}`);
}
console.log(`${'all'.padEnd(15)}${pad(questions.length, 6)}\n`);

for (const area of AREAS) {
  const counts = TOPICS[area].map((topic) => `${topic} ${questions.filter((q) => q.area === area && (q.topics as string[]).includes(topic)).length}`);
  console.log(`${area}: ${counts.join(', ')}`);
}

for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in the question bank`);
  process.exit(1);
}
console.log('\nno problems');
