// zod/mini: the settings are read on the first page, where full Zod would cost ~40 KB gzipped.
import * as z from 'zod/mini';

export const THEMES = ['system', 'light', 'dark'] as const;

const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

export const settingsSchema = z.object({
  newPerDay: intIn(0, 200),
  reviewsPerDay: intIn(0, 1000),
  retention: z.number().check(z.gte(0.7), z.lte(0.97)),
  rolloverHour: intIn(0, 23),
  theme: z.enum(THEMES),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  newPerDay: 10,
  reviewsPerDay: 100,
  retention: 0.9,
  rolloverHour: 4,
  theme: 'system',
};
