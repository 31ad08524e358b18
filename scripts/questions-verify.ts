// Runs every coding question in Pyodide under Node: the solution must pass every case and the
// starter code must fail at least one hidden case (so that the tests test something).
import { readFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import { installHarness, runCases, type RunOutput } from '../src/runner/run-cases';
import { readBank } from './read-bank';

const harness = readFileSync(new URL('../src/runner/harness.py', import.meta.url), 'utf8');
const runtime = await loadPyodide();
installHarness(runtime, harness);

const coding = readBank().questions.filter((q) => q.coding);
const failures: string[] = [];
const passed = (output: RunOutput) => output.cases.filter((c) => c.passed).length;

for (const question of coding) {
  const { starter, solution, tests } = question.coding!;
  const all = [...tests.visible, ...tests.hidden];
  const started = performance.now();
  const bySolution = runCases(runtime, solution, all);
  const byStarter = runCases(runtime, starter, tests.hidden);
  const ms = performance.now() - started;
  const problems: string[] = [];
  if (bySolution.error) problems.push(`solution fails to run:\n${bySolution.error}`);
  bySolution.cases.forEach((result, i) => {
    if (!result.passed) problems.push(`solution fails case ${i + 1} \`${all[i].expression}\`: got ${result.actual ?? result.error}, expected ${result.expected}`);
  });
  if (!byStarter.error && passed(byStarter) === tests.hidden.length) problems.push('the starter code passes every hidden case');
  const line = `${question.id}: solution ${passed(bySolution)}/${all.length}, starter ${passed(byStarter)}/${tests.hidden.length} hidden (${ms.toFixed(0)} ms)`;
  if (problems.length > 0) {
    console.error(`FAIL ${line}\n  ${problems.join('\n  ')}`);
    failures.push(question.id);
  } else {
    console.log(`ok   ${line}`);
  }
}
console.log(`${coding.length - failures.length} of ${coding.length} coding questions verified`);
if (failures.length > 0) process.exit(1);
