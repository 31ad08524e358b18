import { defineConfig } from 'vitest/config';
import { bankPlugin } from './scripts/bank-plugin';

export default defineConfig({
  plugins: [bankPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Day boundaries are local time: pin a zone with daylight saving to exercise it.
    env: { TZ: 'Europe/Berlin' },
  },
});
