import { describe, expect, it } from 'vitest';
import { checkBank, type SourceFile } from '../../../src/domain/bank/check-bank';
import type { Area } from '../../../src/domain/bank/vocabulary';
import { question, type Parts } from './fixtures';

/** A valid file `questions/<area>/<id>.md` with a title of its own; `parts.front` may override. */
function file(area: Area, id: string, parts: Parts = {}, path = `questions/${area}/${id}.md`): SourceFile {
  return { path, text: question(area, { ...parts, front: { id, title: `Question ${id}`, ...parts.front } }) };
}

describe('checkBank', () => {
  it('accepts a consistent bank', () => {
    const { questions, problems } = checkBank([file('data', 'data-a'), file('coding', 'coding-a')]);
    expect(problems).toEqual([]);
    expect(questions.map((q) => q.id).sort()).toEqual(['coding-a', 'data-a']);
  });

  it('reports a duplicate id in the second file by path, naming the first', () => {
    const first = file('data', 'shared-id');
    const second = file('quality', 'shared-id', { front: { title: 'Another title' } });
    const { questions, problems } = checkBank([second, first]);
    expect(problems).toEqual([
      { path: 'questions/quality/shared-id.md', line: 2, reason: 'duplicate id "shared-id" (also in questions/data/shared-id.md)' },
    ]);
    expect(questions.map((q) => q.area)).toEqual(['data']);
  });

  it('reports a duplicate title, ignoring case', () => {
    const { problems } = checkBank([
      file('data', 'data-a', { front: { title: 'Leaks everywhere' } }),
      file('data', 'data-b', { front: { title: 'LEAKS everywhere' } }),
    ]);
    expect(problems).toEqual([
      { path: 'questions/data/data-b.md', line: 4, reason: 'duplicate title "LEAKS everywhere" (also in questions/data/data-a.md)' },
    ]);
  });

  it('reports an id that does not match the file name', () => {
    const { problems } = checkBank([file('data', 'data-a', {}, 'questions/data/data-b.md')]);
    expect(problems).toEqual([{ path: 'questions/data/data-b.md', line: 2, reason: 'id "data-a" must match the file name' }]);
  });

  it('reports an area that does not match the folder', () => {
    const { problems } = checkBank([file('data', 'data-a', {}, 'questions/quality/data-a.md')]);
    expect(problems).toEqual([{ path: 'questions/quality/data-a.md', line: 3, reason: 'area "data" must match the folder "quality"' }]);
  });

  it('collects the problems of every file', () => {
    const { questions, problems } = checkBank([
      file('data', 'data-ok'),
      file('data', 'data-bad-yaml', { front: { topics: '[leakage' } }),
      file('data', 'data-bad-rubric', { sections: { Rubric: '- [serving] x.\n- no tag' } }),
      file('quality', 'quality-moved', {}, 'questions/data/quality-moved.md'),
      file('coding', 'coding-no-hidden', { sections: { Tests: '```python\n# visible\nadd(1, 2) == 3\n```' } }),
    ]);
    expect(problems.map(({ path, line, reason }) => `${path}:${line}: ${reason.split(' (')[0]}`)).toEqual([
      'questions/coding/coding-no-hidden.md:44: Tests need at least one visible and one hidden case',
      'questions/data/data-bad-rubric.md:23: unknown rubric dimension "serving" for area data',
      'questions/data/data-bad-rubric.md:24: a rubric point must start with its dimension, e.g. "- [metrics] ..."',
      'questions/data/data-bad-yaml.md:6: invalid YAML in "topics": list is not closed by ]',
      'questions/data/quality-moved.md:3: area "quality" must match the folder "data"',
    ]);
    expect(questions.map((q) => q.id).sort()).toEqual(['data-ok', 'quality-moved']);
  });
});
