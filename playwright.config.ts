import { defineConfig } from '@playwright/test';
import { findChromium } from './tools/browser/chromium.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Whole scenarios are played by keyboard; on two busy CI cores one can take close to a minute.
  timeout: 120_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: 'http://localhost:4173',
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        ...(isRoot ? ['--no-sandbox'] : []),
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // Serves the built app (npm run build first; npm test does).
    command: 'npx vite preview --port 4173 --strictPort',
    url: 'http://localhost:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
