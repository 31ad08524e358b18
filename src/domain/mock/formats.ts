// The built-in mock interview formats (shared/CONTENT.md): what each round asks and how its time
// is split into phases.
import type { Area } from '../bank/vocabulary';

export interface Slot {
  area: Area;
  /** Highest difficulty to pick for this slot. */
  maxDifficulty: 1 | 2 | 3;
}

export interface PhaseSpec {
  name: string;
  minutes: number;
  /** Index into the format's slots: the question this phase is about. */
  slot: number;
}

export interface MockFormat {
  id: string;
  name: string;
  description: string;
  slots: Slot[];
  phases: PhaseSpec[];
}

export const MOCK_FORMATS = [
  {
    id: 'ml-system-design-45',
    name: 'ML system design round (45 min)',
    description: 'One design question with phase budgets; the interviewer follows up as phases change.',
    slots: [{ area: 'system-design', maxDifficulty: 3 }],
    phases: [
      { name: 'Clarify requirements', minutes: 7, slot: 0 },
      { name: 'Metrics', minutes: 5, slot: 0 },
      { name: 'Data and features', minutes: 10, slot: 0 },
      { name: 'Model', minutes: 9, slot: 0 },
      { name: 'Serving', minutes: 9, slot: 0 },
      { name: 'Monitoring and wrap-up', minutes: 5, slot: 0 },
    ],
  },
  {
    id: 'coding-45',
    name: 'Coding round (45 min)',
    description: 'One Python problem; the tests run when the round ends.',
    slots: [{ area: 'coding', maxDifficulty: 3 }],
    phases: [
      { name: 'Understand and plan', minutes: 5, slot: 0 },
      { name: 'Code', minutes: 30, slot: 0 },
      { name: 'Test and discuss', minutes: 10, slot: 0 },
    ],
  },
  {
    id: 'mini-loop-60',
    name: 'Mini loop (60 min)',
    description: 'Coding, system design, data, quality and behavioral, one question each.',
    slots: [
      { area: 'coding', maxDifficulty: 2 },
      { area: 'system-design', maxDifficulty: 2 },
      { area: 'data', maxDifficulty: 3 },
      { area: 'quality', maxDifficulty: 3 },
      { area: 'behavioral', maxDifficulty: 3 },
    ],
    phases: [
      { name: 'Coding', minutes: 15, slot: 0 },
      { name: 'System design', minutes: 20, slot: 1 },
      { name: 'Data', minutes: 8, slot: 2 },
      { name: 'Quality', minutes: 8, slot: 3 },
      { name: 'Behavioral', minutes: 9, slot: 4 },
    ],
  },
  {
    id: 'quick-screen-20',
    name: 'Quick screen (20 min)',
    description: 'Four short questions across areas, five minutes each.',
    slots: [
      { area: 'data', maxDifficulty: 2 },
      { area: 'quality', maxDifficulty: 2 },
      { area: 'system-design', maxDifficulty: 1 },
      { area: 'behavioral', maxDifficulty: 2 },
    ],
    phases: [
      { name: 'Data', minutes: 5, slot: 0 },
      { name: 'Quality', minutes: 5, slot: 1 },
      { name: 'System design sketch', minutes: 5, slot: 2 },
      { name: 'Behavioral', minutes: 5, slot: 3 },
    ],
  },
] as const satisfies readonly MockFormat[];

export type FormatId = (typeof MOCK_FORMATS)[number]['id'];

export function formatById(id: string): MockFormat | undefined {
  return MOCK_FORMATS.find((format) => format.id === id);
}

export function totalMinutes(format: MockFormat): number {
  return format.phases.reduce((sum, phase) => sum + phase.minutes, 0);
}
