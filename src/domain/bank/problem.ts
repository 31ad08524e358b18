/** One thing wrong with a question file, reported as `path:line: reason`. */
export interface Problem {
  path: string;
  line: number;
  reason: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}:${problem.line}: ${problem.reason}`;
}
