import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditBank, type BankResult } from '../src/domain/bank/check-bank';

export const QUESTIONS_DIR = fileURLToPath(new URL('../questions', import.meta.url));

/** Reads every `questions/<area>/<id>.md` file and checks it against the format and the content bar. */
export function readBank(dir = QUESTIONS_DIR): BankResult {
  const root = join(dir, '..');
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(dir, folder.name))
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(dir, folder.name, name)),
    )
    .map((file) => ({ path: relative(root, file), text: readFileSync(file, 'utf8') }));
  return auditBank(files);
}
