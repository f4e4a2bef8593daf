import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/model/**/*.test.ts',
      'tests/build/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    globalSetup: ['tests/setup/walk-scenarios.ts'],
  },
});
