import { parseQuestion } from './parse-question';
import type { Problem } from './problem';
import { checkBankContent, checkQuestionContent, type BankRules } from './content-rules';
import type { Question } from './schema';

export interface SourceFile {
  /** Path relative to the project root, e.g. `questions/data/data-leakage.md`. */
  path: string;
  text: string;
}

export interface BankResult {
  questions: Question[];
  problems: Problem[];
  /** The file each question came from, by id. */
  sources: Map<string, SourceFile>;
}

/** Parses every file and checks what only the whole bank can show: ids, titles and places. */
export function checkBank(files: SourceFile[]): BankResult {
  const questions: Question[] = [];
  const problems: Problem[] = [];
  const sources = new Map<string, SourceFile>();
  const firstById = new Map<string, string>();
  const firstByTitle = new Map<string, string>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const result = parseQuestion(file.path, file.text);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { question } = result;
    const lineOf = (key: string) => Math.max(1, file.text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1);
    const [folder, name] = file.path.split(/[\\/]/).slice(-2);
    if (name !== `${question.id}.md`) problems.push({ path: file.path, line: lineOf('id'), reason: `id "${question.id}" must match the file name` });
    if (folder !== question.area) problems.push({ path: file.path, line: lineOf('area'), reason: `area "${question.area}" must match the folder "${folder}"` });
    const sameId = firstById.get(question.id);
    if (sameId) problems.push({ path: file.path, line: lineOf('id'), reason: `duplicate id "${question.id}" (also in ${sameId})` });
    const titleKey = question.title.toLowerCase();
    const sameTitle = firstByTitle.get(titleKey);
    if (sameTitle) problems.push({ path: file.path, line: lineOf('title'), reason: `duplicate title "${question.title}" (also in ${sameTitle})` });
    if (!sameId) firstById.set(question.id, file.path);
    if (!sameTitle) firstByTitle.set(titleKey, file.path);
    if (!sameId) {
      questions.push(question);
      sources.set(question.id, file);
    }
  }
  return { questions, problems, sources };
}

/** checkBank plus the content bar: lengths, rubric shape, coverage, spread, near-duplicates. */
export function auditBank(files: SourceFile[], rules?: BankRules): BankResult {
  const result = checkBank(files);
  const content = result.questions.flatMap((q) => checkQuestionContent(q, result.sources.get(q.id)!));
  return { ...result, problems: [...result.problems, ...content, ...checkBankContent(result.questions, result.sources, rules)] };
}
