// Validates the question bank: prints counts per area and difficulty, then every problem as
// `path:line: reason`, and exits non-zero on any problem.
import { formatProblem } from '../src/domain/bank/problem';
import { AREAS } from '../src/domain/bank/vocabulary';
import { readBank } from './read-bank';

const { questions, problems } = readBank();

console.log('area            total  d1  d2  d3');
for (const area of AREAS) {
  const inArea = questions.filter((q) => q.area === area);
  const byLevel = [1, 2, 3].map((d) => String(inArea.filter((q) => q.difficulty === d).length).padStart(4));
  console.log(`${area.padEnd(15)} ${String(inArea.length).padStart(5)}${byLevel.join('')}`);
}
console.log(`${'all'.padEnd(15)} ${String(questions.length).padStart(5)}`);

for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in the question bank`);
  process.exit(1);
}
