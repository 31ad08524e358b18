import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { 'virtual:bank': new URL('./tests/fixtures/virtual-bank.ts', import.meta.url).pathname },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Day boundaries are local time: pin a zone with daylight saving to exercise it.
    env: { TZ: 'Europe/Berlin' },
  },
});
