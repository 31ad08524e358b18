// Turns questions/*.md into the bundled bank. The build fails on any problem in any file.
// `virtual:bank` holds only what lists and scheduling need; each question's text is a JSON file
// of its own, fetched when the question is shown, so the first page grows only by a question's
// metadata as the bank grows. The files live under a directory named by a hash of the whole
// bank, so a changed bank never meets a stale copy in a cache.
import { createHash } from 'node:crypto';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem } from '../src/domain/bank/problem';
import type { Question, QuestionMeta } from '../src/domain/bank/schema';
import { QUESTIONS_DIR, readBank } from './read-bank';

const INDEX = 'virtual:bank';
const SEARCH = 'virtual:bank-search';

function loadBank(): Question[] {
  const { questions, problems } = readBank();
  if (problems.length > 0) {
    throw new Error(`the question bank has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
  return questions;
}

function meta({ id, area, title, difficulty, topics, minutes, roles, rubric }: Question): QuestionMeta {
  return { id, area, title, difficulty, topics, minutes, roles, dimensions: rubric.map((point) => point.dimension) };
}

function searchText(q: Question): string {
  return [q.title, q.prompt, q.answer, q.topics.join(' '), q.bridge ?? ''].join('\n').toLowerCase();
}

/** Where the question files are served from: `/bank/<hash of the bank>/`. */
function bankPath(questions: readonly Question[]): string {
  return `/bank/${createHash('sha256').update(JSON.stringify(questions)).digest('hex').slice(0, 12)}/`;
}

export function bankPlugin(): Plugin {
  let bank: Question[] | null = null;
  const current = () => (bank ??= loadBank());

  return {
    name: 'bridge-bank',
    buildStart() {
      bank = loadBank();
      this.addWatchFile(QUESTIONS_DIR);
    },
    resolveId(id) {
      if (id === INDEX || id === SEARCH) return `\0${id}`;
    },
    load(id) {
      if (id === `\0${INDEX}`) {
        return [
          `export const questions = ${JSON.stringify(current().map(meta))};`,
          `const known = new Set(questions.map((q) => q.id));`,
          'export async function loadQuestion(id) {',
          '  if (!known.has(id)) throw new Error(`unknown question ${id}`);',
          `  const response = await fetch(${JSON.stringify(bankPath(current()))} + id + '.json');`,
          '  if (!response.ok) throw new Error(`question ${id} could not be loaded (HTTP ${response.status})`);',
          '  return response.json();',
          '}',
        ].join('\n');
      }
      if (id === `\0${SEARCH}`) {
        return `export default ${JSON.stringify(Object.fromEntries(current().map((q) => [q.id, searchText(q)])))};`;
      }
    },
    generateBundle() {
      const path = bankPath(current()).slice(1);
      for (const question of current()) this.emitFile({ type: 'asset', fileName: `${path}${question.id}.json`, source: JSON.stringify(question) });
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(QUESTIONS_DIR);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(QUESTIONS_DIR)) return;
        bank = null;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith('\0virtual:bank')) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
      // The development server answers the question files from memory.
      server.middlewares.use((request, response, next) => {
        const path = bankPath(current());
        if (!request.url?.startsWith(path)) return next();
        const question = current().find((q) => `${path}${q.id}.json` === request.url);
        if (!question) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(question));
      });
    },
  };
}
