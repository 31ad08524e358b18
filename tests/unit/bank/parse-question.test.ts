import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/domain/bank/parse-question';
import { AREAS, DIMENSIONS, TOPICS } from '../../../src/domain/bank/vocabulary';
import { editLine, problem, problemsOf, question, type Parts } from './fixtures';

describe('a valid question', () => {
  it.each(AREAS)('of area %s parses with its fields', (area) => {
    const result = parseQuestion(`questions/${area}/${area}-sample.md`, question(area));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [first, second] = DIMENSIONS[area];
    expect(result.question).toMatchObject({
      id: `${area}-sample`,
      area,
      title: `Sample ${area} question`,
      difficulty: 2,
      topics: [TOPICS[area][0]],
      minutes: 10,
      roles: ['applied-ml'],
      bridge: 'Like a cache that is warmed with the load test it is measured by.',
      prompt: `What is the prompt for ${area}?`,
      hints: ['First hint.', 'Second hint.'],
      answer: 'A model answer.',
      rubric: [
        { dimension: first, text: `Covers ${first}.` },
        { dimension: second, text: `Covers ${second}.` },
      ],
      followUps: ['What would you do next?'],
      pitfalls: ['Skipping the baseline.'],
    });
    expect(result.question.signal).toBe(area === 'behavioral' ? 'Owns the outcome.' : undefined);
    expect(result.question.coding === undefined).toBe(area !== 'coding');
  });

  it('of area coding has starter, solution and tests split into visible and hidden cases', () => {
    const result = parseQuestion('questions/coding/coding-sample.md', question('coding'));
    expect(result.ok && result.question.coding).toEqual({
      starter: 'def add(a, b):\n    pass',
      solution: 'def add(a, b):\n    return a + b',
      tests: {
        visible: [{ expression: 'add(1, 2)', expected: '3' }],
        hidden: [
          { expression: 'add(-1, 1)', expected: '0' },
          { expression: 'add("a", "b")', expected: '"ab"' },
        ],
      },
    });
  });

  it('without the optional roles and bridge gets no roles and no bridge', () => {
    const result = parseQuestion('q.md', question('data', { front: { roles: null, bridge: null } }));
    expect(result.ok && result.question).toMatchObject({ roles: [] });
    expect(result.ok && 'bridge' in result.question).toBe(false);
  });
});

describe('front matter YAML', () => {
  const text = question('data');
  it.each([
    ['missing opening ---', editLine(text, 1, null), 1, 'front matter must start with --- on the first line'],
    ['unclosed front matter', editLine(text, 10, null), 1, 'front matter is not closed by a --- line'],
    ['a line without "key: value"', question('data', { frontLines: ['just some words'] }), 10, 'expected "key: value", got "just some words"'],
    ['a key without a space after the colon', editLine(text, 7, 'minutes:10'), 7, 'expected "key: value", got "minutes:10"'],
    ['a duplicate key', question('data', { frontLines: ['minutes: 12'] }), 10, 'invalid YAML: duplicate key "minutes"'],
    ['an unterminated quoted string', question('data', { front: { bridge: '"Like a cache' } }), 9, 'invalid YAML in "bridge": unterminated quoted string'],
    ['an unclosed list', question('data', { front: { topics: '[leakage, labels' } }), 6, 'invalid YAML in "topics": list is not closed by ]'],
    ['a missing value', question('data', { front: { title: '' } }), 4, 'invalid YAML in "title": missing value'],
    ['an unquoted ": "', question('data', { front: { title: 'Leaks: a primer' } }), 4, 'quote values that contain ": "'],
    ['a key named like an Object property', question('data', { frontLines: ['constructor: x'] }), 10, 'unknown key "constructor"'],
  ])('%s is reported', (_, input, line, reason) => {
    expect(problemsOf(input)).toEqual([problem(line, reason)]);
  });

  it('reports every bad line, not only the first', () => {
    const input = question('data', { front: { topics: '[leakage', bridge: '"open' }, frontLines: ['oops'] });
    expect(problemsOf(input)).toEqual([
      problem(6, 'list is not closed by ]'),
      problem(9, 'unterminated quoted string'),
      problem(10, 'got "oops"'),
    ]);
  });

  it('ignores comment lines and reads quoted values with escaped quotes', () => {
    const input = question('data', { front: { title: '"Say \\"when\\": now"' }, frontLines: ['# a comment'] });
    const result = parseQuestion('q.md', input);
    expect(result.ok && result.question.title).toBe('Say "when": now');
  });
});

describe('front matter values', () => {
  it.each([
    ['an unknown area', { area: 'ml-ops' }, 3, 'area: Invalid option: expected one of "coding"|"system-design"'],
    ['a topic of another area', { topics: '[leakage, feed-ranking]' }, 6, 'topics: unknown topic "feed-ranking" for area data (allowed: leakage,'],
    ['difficulty 4', { difficulty: '4' }, 5, 'difficulty: must be 1, 2 or 3'],
    ['a non-kebab id', { id: 'Data_Sample' }, 2, 'id: must be kebab-case'],
    ['an unknown key', { owner: 'me' }, 10, 'unknown key "owner"'],
    ['an unknown role', { roles: '[applied-ml, chef]' }, 8, 'roles: Invalid option: expected one of "ml-platform"'],
    ['no topics', { topics: '[]' }, 6, 'topics: needs at least one topic'],
    ['minutes over 60', { minutes: '90' }, 7, 'minutes:'],
    ['a missing required key (reported on line 1)', { title: null }, 1, 'title: Invalid input'],
  ])('%s is reported', (_, front, line, reason) => {
    expect(problemsOf(question('data', { front }))).toEqual([problem(line, reason)]);
  });
});

describe('sections', () => {
  it.each<[string, Parts, number, string]>([
    // Reported at the last non-empty line of the file (the follow-up item on line 27).
    ['a missing section, at the last line', { sections: { Pitfalls: null } }, 27, 'missing section "## Pitfalls"'],
    ['a duplicate section, at its second heading', { extraSections: [['Hints', '- Again.']] }, 32, 'duplicate section "## Hints"'],
    ['an unknown section', { extraSections: [['Notes', 'Some notes.']] }, 32, 'unknown section "## Notes" for area data'],
    ['a section of another area', { extraSections: [['Signal', 'Owns it.']] }, 32, 'unknown section "## Signal" for area data'],
    ['an empty section (and not as missing)', { sections: { Answer: '' } }, 19, 'section "## Answer" is empty'],
    ['a list section that is not a list', { sections: { Hints: '- First hint.\nThink about time.' } }, 17, 'expected a "- " list item in Hints'],
  ])('%s is reported', (_, parts, line, reason) => {
    expect(problemsOf(question('data', parts))).toEqual([problem(line, reason)]);
  });

  it('reports text before the first section', () => {
    expect(problemsOf(editLine(question('data'), 11, 'Stray text.'))).toEqual([problem(11, 'text before the first ## section')]);
  });

  it.each([
    ['behavioral', 'Signal', 30],
    ['coding', 'Tests', 42],
  ] as const)('requires the %s-only section %s', (area, name, line) => {
    expect(problemsOf(question(area, { sections: { [name]: null } }))).toEqual([problem(line, `missing section "## ${name}"`)]);
  });

  it('reports a duplicate even when the first copy is empty', () => {
    expect(problemsOf(question('data', { sections: { Hints: '' }, extraSections: [['Hints', '- Again.']] }))).toEqual([
      problem(15, 'section "## Hints" is empty'),
      problem(31, 'duplicate section "## Hints"'),
    ]);
  });

  it('collects all section problems of a file', () => {
    const input = editLine(
      question('data', { sections: { Pitfalls: null, Answer: '' }, extraSections: [['Prompt', 'Again?'], ['Notes', 'x']] }),
      11,
      'Stray.',
    );
    expect(problemsOf(input)).toEqual([
      problem(11, 'text before the first ## section'),
      problem(19, 'section "## Answer" is empty'),
      problem(29, 'duplicate section "## Prompt"'),
      problem(32, 'unknown section "## Notes"'),
      problem(33, 'missing section "## Pitfalls"'),
    ]);
  });

  it('does not take a ## line inside a code block for a heading', () => {
    const result = parseQuestion('q.md', question('data', { sections: { Answer: '```\n## not a heading\n```' } }));
    expect(result.ok && result.question.answer).toBe('```\n## not a heading\n```');
  });
});

describe('rubric', () => {
  it.each([
    ['an empty rubric', '', 22, 'section "## Rubric" is empty'],
    ['a point without [dimension]', '- [concept] Fine.\n- Names the leak.', 24, 'a rubric point must start with its dimension'],
    ['a dimension from another area', '- [serving] Serves it.', 23, 'unknown rubric dimension "serving" for area data'],
    ['a dimension without text', '- [concept]', 23, 'a rubric point must start with its dimension'],
  ])('%s is reported', (_, rubric, line, reason) => {
    expect(problemsOf(question('data', { sections: { Rubric: rubric } }))).toEqual([problem(line, reason)]);
  });

  it('reports every bad point', () => {
    const rubric = '- [serving] One.\n- [concept] Two.\n- Three.';
    expect(problemsOf(question('data', { sections: { Rubric: rubric } }))).toEqual([
      problem(23, 'unknown rubric dimension "serving"'),
      problem(25, 'must start with its dimension'),
    ]);
  });

  it('joins indented continuation lines into the point above', () => {
    const result = parseQuestion('q.md', question('data', { sections: { Rubric: '- [concept] Splits first,\n  then scales.' } }));
    expect(result.ok && result.question.rubric).toEqual([{ dimension: 'concept', text: 'Splits first, then scales.' }]);
  });
});
