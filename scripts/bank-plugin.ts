// Turns questions/*.md into the bundled bank. The build fails on any problem in any file.
// `virtual:bank` holds only what lists and scheduling need; each question's text is its own
// chunk, loaded when the question is shown, so the first page stays small as the bank grows.
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem } from '../src/domain/bank/problem';
import type { Question, QuestionMeta } from '../src/domain/bank/schema';
import { QUESTIONS_DIR, readBank } from './read-bank';

const INDEX = 'virtual:bank';
const SEARCH = 'virtual:bank-search';
const QUESTION = 'virtual:bank-question/';

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
      if (id === INDEX || id === SEARCH || id.startsWith(QUESTION)) return `\0${id}`;
    },
    load(id) {
      if (id === `\0${INDEX}`) {
        const loaders = current()
          .map((q) => `${JSON.stringify(q.id)}: () => import(${JSON.stringify(QUESTION + q.id)})`)
          .join(',\n');
        return [
          `export const questions = ${JSON.stringify(current().map(meta))};`,
          `const loaders = {${loaders}};`,
          'export function loadQuestion(id) {',
          '  const load = loaders[id];',
          '  return load ? load().then((m) => m.default) : Promise.reject(new Error(`unknown question ${id}`));',
          '}',
        ].join('\n');
      }
      if (id === `\0${SEARCH}`) {
        return `export default ${JSON.stringify(Object.fromEntries(current().map((q) => [q.id, searchText(q)])))};`;
      }
      if (id.startsWith(`\0${QUESTION}`)) {
        const wanted = id.slice(QUESTION.length + 1);
        const question = current().find((q) => q.id === wanted);
        if (!question) throw new Error(`unknown question ${wanted}`);
        return `export default ${JSON.stringify(question)};`;
      }
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
    },
  };
}
