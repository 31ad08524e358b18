import { z } from 'zod';
import { AREAS, DIMENSIONS, ROLES, TOPICS, type Area, type Dimension, type Role, type Topic } from './vocabulary';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const frontMatterSchema = z
  .object({
    id: z.string().regex(ID, 'must be kebab-case (a-z, 0-9, -)'),
    area: z.enum(AREAS),
    title: z.string().min(3).max(100),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1, 2 or 3' }),
    topics: z.array(z.string()).min(1, 'needs at least one topic'),
    minutes: z.number().int().min(1).max(60),
    roles: z.array(z.enum(ROLES)).optional(),
    bridge: z.string().min(10).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const allowed: readonly string[] = TOPICS[value.area];
    for (const topic of value.topics) {
      if (!allowed.includes(topic)) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics'],
          message: `unknown topic "${topic}" for area ${value.area} (allowed: ${allowed.join(', ')})`,
        });
      }
    }
  });

export interface RubricPoint {
  dimension: Dimension;
  text: string;
}

export interface TestCase {
  expression: string;
  expected: string;
}

export interface CodingParts {
  starter: string;
  solution: string;
  tests: { visible: TestCase[]; hidden: TestCase[] };
}

/** What the app needs to list, filter and schedule a question without loading its text. */
export interface QuestionMeta {
  id: string;
  area: Area;
  title: string;
  difficulty: 1 | 2 | 3;
  topics: Topic[];
  minutes: number;
  roles: Role[];
  /** The dimension of each rubric point, in order: enough to score attempts without the text. */
  dimensions: Dimension[];
}

export interface Question extends QuestionMeta {
  /** The backend idea the learner already owns; only shown with the question. */
  bridge?: string;
  prompt: string;
  signal?: string;
  hints: string[];
  answer: string;
  rubric: RubricPoint[];
  followUps: string[];
  pitfalls: string[];
  coding?: CodingParts;
}

export function isDimensionOf(area: Area, dimension: string): dimension is Dimension {
  const allowed: readonly string[] = DIMENSIONS[area];
  return allowed.includes(dimension);
}
