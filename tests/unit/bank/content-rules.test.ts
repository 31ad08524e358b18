import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../src/domain/bank/check-bank';
import { BANK_RULES, checkBankContent, checkQuestionContent, wordCount } from '../../../src/domain/bank/content-rules';
import { parseQuestion } from '../../../src/domain/bank/parse-question';
import type { Question } from '../../../src/domain/bank/schema';
import { DIMENSIONS, TOPICS, type Area } from '../../../src/domain/bank/vocabulary';
import { problem, question, type Parts } from './fixtures';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const rubric = (area: Area, n: number) =>
  Array.from({ length: n }, (_, i) => `- [${DIMENSIONS[area][i % DIMENSIONS[area].length]}] Point ${i}.`).join('\n');

/** A question that clears the content bar, with `parts` changed. */
function good(area: Area, parts: Parts = {}): { question: Question; source: SourceFile } {
  const sections = {
    Answer: words(area === 'system-design' ? 360 : 160),
    Rubric: rubric(area, DIMENSIONS[area].length),
    'Follow-ups': '- One?\n- Two?',
    ...(area === 'coding'
      ? { Tests: '```python\n# visible\nf(1) == 1\nf(2) == 2\nf(3) == 3\n# hidden\nf(4) == 4\nf(5) == 5\nf(6) == 6\nf(7) == 7\nf(8) == 8\n```' }
      : {}),
    ...parts.sections,
  };
  const text = question(area, { ...parts, sections });
  const source = { path: `questions/${area}/${area}-sample.md`, text };
  const result = parseQuestion(source.path, text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { question: result.question, source };
}

const issues = (area: Area, parts: Parts = {}) => {
  const { question: q, source } = good(area, parts);
  return checkQuestionContent(q, source).map(({ line, reason }) => ({ line, reason }));
};

describe('checkQuestionContent', () => {
  it.each<Area>(['coding', 'system-design', 'data', 'quality', 'behavioral'])('passes a question of %s that clears the bar', (area) => {
    expect(issues(area)).toEqual([]);
  });

  it('counts words with letters or digits only', () => {
    expect(wordCount('A **bold** claim — with 3 numbers: 1, 2 and 3. *')).toBe(10);
  });

  it.each<[string, Area, Parts, number, string]>([
    ['a short answer', 'data', { sections: { Answer: words(149) } }, 19, 'answer has 149 words, at least 150 needed'],
    ['a short system design answer', 'system-design', { sections: { Answer: words(349) } }, 19, 'at least 350 needed'],
    ['a thin rubric', 'quality', { sections: { Rubric: rubric('quality', 3) } }, 22, 'rubric has 3 points, at least 4 needed'],
    ['a design rubric missing dimensions', 'system-design', { sections: { Rubric: rubric('system-design', 7) + '\n- [requirements] Again.' } }, 22, 'misses the dimension(s) monitoring'],
    ['a behavioral rubric missing reflection', 'behavioral', { sections: { Rubric: rubric('behavioral', 3) + '\n- [structure] Again.' } }, 25, 'misses the dimension(s) reflection'],
    ['one follow-up', 'data', { sections: { 'Follow-ups': '- Only one?' } }, 28, '1 follow-up(s), at least 2 needed'],
  ])('reports %s at its section', (_, area, parts, line, reason) => {
    expect(issues(area, parts)).toEqual([problem(line, reason)]);
  });

  it('reports coding tests with too few visible or hidden cases', () => {
    const thin = issues('coding', { sections: { Tests: '```python\n# visible\nf(1) == 1\n# hidden\nf(2) == 2\n```' } });
    expect(thin.map((p) => p.reason)).toEqual(['1 visible case(s), at least 3 needed', '1 hidden case(s), at least 5 needed']);
  });
});

describe('checkBankContent', () => {
  /** A synthetic bank: `n` questions of `area`, topics and difficulties assigned round-robin. */
  function bank(area: Area, n: number, change: (q: Question, i: number) => Partial<Question> = () => ({})): Question[] {
    const base = good(area).question;
    return Array.from({ length: n }, (_, i) => {
      const q: Question = {
        ...base,
        id: `${area}-${i}`,
        title: `Q ${i}`,
        difficulty: ((i % 3) + 1) as 1 | 2 | 3,
        topics: [TOPICS[area][i % TOPICS[area].length]] as Question['topics'],
        prompt: `Prompt${i} alpha${i} beta${i} gamma${i} delta${i}`,
      };
      return { ...q, ...change(q, i) };
    });
  }
  const rules = { ...BANK_RULES, minPerArea: { coding: 0, 'system-design': 0, data: 40, quality: 0, behavioral: 0 }, minPerTopic: { ...BANK_RULES.minPerTopic, data: 2 } };
  const reasons = (questions: Question[]) => checkBankContent(questions, new Map(), rules).map((p) => `${p.path}: ${p.reason}`);

  it('passes a bank that meets every rule', () => {
    expect(reasons(bank('data', 40))).toEqual([]);
  });

  it('reports an area with too few questions', () => {
    expect(reasons(bank('data', 39))).toContain('questions/data: 39 questions, at least 40 needed');
  });

  it('reports a topic with fewer than two questions', () => {
    const questions = bank('data', 40, (q) => (q.topics[0] === 'labels' ? { topics: ['leakage'] } : {}));
    expect(reasons(questions)).toContain('questions/data: topic labels has 0 question(s), at least 2 needed');
  });

  it('reports a difficulty under 20% of its area', () => {
    const questions = bank('data', 40, (q, i) => (q.difficulty === 1 && i > 12 ? { difficulty: 2 } : {}));
    expect(reasons(questions)).toContain('questions/data: difficulty 1 is 13% of the area, at least 20% needed');
  });

  it('reports an area where fewer than half carry a bridge', () => {
    const questions = bank('data', 40, (_, i) => (i < 21 ? { bridge: undefined } : {}));
    expect(reasons(questions)).toContain('questions/data: 19 of 40 questions carry a bridge note, at least half needed');
  });

  it('flags two prompts that share most of their words, and not two that share a few', () => {
    const questions = bank('data', 40, (_, i) =>
      i === 7 ? { prompt: 'Your churn model was trained on customers who renewed; how would you detect the bias?' } : i === 8 ? { prompt: 'Your churn model was trained only on customers who renewed: how do you detect this bias?' } : {},
    );
    const found = reasons(questions).filter((r) => r.includes('near-duplicate'));
    expect(found).toEqual([expect.stringMatching(/^data-8: prompt is a near-duplicate of data-7 \(\d+% shared words\)$/)]);
  });
});
