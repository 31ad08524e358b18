import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/domain/bank/parse-question';
import { parseTestCases } from '../../../src/domain/bank/test-cases';
import { fence, problem, problemsOf, question } from './fixtures';

// In question('coding') `## Tests` is line 44, its fence line 45 and the first case line 46.
const withTests = (lines: string[]) => question('coding', { sections: { Tests: fence(lines.join('\n')) } });

describe('coding Tests', () => {
  it.each([
    ['no hidden group', ['# visible', 'add(1, 2) == 3'], 44, 'Tests need at least one visible and one hidden case'],
    ['no visible group', ['# hidden', 'add(1, 2) == 3'], 44, 'Tests need at least one visible and one hidden case'],
    ['a case without " == "', ['# visible', 'add(1, 2) == 3', '# hidden', 'add(1, 2)'], 49, 'a test case must read "expression == expected"'],
    ['"==" without spaces', ['# visible', 'add(1,2)==3', '# hidden', 'add(1, 2) == 3'], 47, 'a test case must read "expression == expected"'],
    ['an empty expected side', ['# visible', 'add(1, 2) == ', '# hidden', 'add(1, 2) == 3'], 47, 'must read "expression == expected"'],
    ['a case before any group header', ['add(1, 2) == 3', '# visible', 'add(1, 2) == 3'], 46, 'a test case comes before any "# visible" or "# hidden" line'],
  ])('with %s is reported', (_, lines, line, reason) => {
    expect(problemsOf(withTests(lines))).toEqual([problem(line, reason)]);
  });

  it.each([
    ['f("a == b") == 1', 'f("a == b")', '1'],
    ["f('x == y', 2) == 'x == y'", "f('x == y', 2)", "'x == y'"],
    ['g([1 == 1]) == True', 'g([1 == 1])', 'True'],
    ['h({"k": 1 == 1}) == {"k": True}', 'h({"k": 1 == 1})', '{"k": True}'],
    ['f(1) == (2 == 2)', 'f(1)', '(2 == 2)'],
    ['f("say \\" == ") == 0', 'f("say \\" == ")', '0'],
  ])('splits %s only at the top-level " == "', (line, expression, expected) => {
    const result = parseQuestion('q.md', withTests(['# visible', line, '# hidden', 'add(1, 2) == 3']));
    expect(result.ok && result.question.coding?.tests.visible).toEqual([{ expression, expected }]);
  });

  it('keeps a ``` line and a ## line inside a ~~~ block as code', () => {
    const result = parseQuestion('q.md', question('coding', { sections: { Solution: '~~~python\n```\n## not a heading\n~~~' } }));
    expect(result.ok && result.question.coding?.solution).toBe('```\n## not a heading');
  });

  it('reads group headers in any case', () => {
    expect(parseTestCases('# Visible\nf(1) == 1\n# HIDDEN\nf(2) == 2', 1)).toEqual({
      visible: [{ expression: 'f(1)', expected: '1' }],
      hidden: [{ expression: 'f(2)', expected: '2' }],
    });
  });

  it('skips blank lines and other comments and accepts "#hidden" without a space', () => {
    expect(parseTestCases('# visible\n\n# a note\nf(1) == 1\n#hidden\n  f(2) == 2  ', 10)).toEqual({
      visible: [{ expression: 'f(1)', expected: '1' }],
      hidden: [{ expression: 'f(2)', expected: '2' }],
    });
  });

  it.each([
    ['Starter without a code block', { Starter: 'def add(a, b): ...' }, 32, 'Starter needs a fenced python code block'],
    ['Solution with text outside its block', { Solution: `Use +.\n${fence('def add(a, b):\n    return a + b')}` }, 38, 'Solution must hold only one code block'],
    ['an unclosed Tests block', { Tests: '```python\n# visible\nadd(1, 2) == 3' }, 45, 'code block in Tests is not closed'],
    ['a block not marked python', { Solution: '```js\nconst add = (a, b) => a + b;\n```' }, 39, 'the code block in Solution must be marked python'],
    ['an empty Solution block', { Solution: '```python\n\n```' }, 39, 'the code block in Solution is empty'],
  ])('%s is reported', (_, sections, line, reason) => {
    expect(problemsOf(question('coding', { sections }))).toEqual([problem(line, reason)]);
  });
});
