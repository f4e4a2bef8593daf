import { defineConfig } from '@playwright/test';
import { findChromium } from './tools/browser/chromium.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const executablePath = findChromium() ?? undefined;
// Two engineers can run the browser tests side by side on one machine, each on a build of their own:
// E2E_PORT=4174 E2E_DIST=dist-b npx playwright test (after vite build --outDir dist-b).
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Whole scenarios are played by keyboard; on two busy CI cores one can take close to a minute.
  timeout: 120_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        // Keyboard scrolling then moves at once: an animated scroll could lag for seconds on busy CI cores.
        '--disable-smooth-scrolling',
        ...(isRoot ? ['--no-sandbox'] : []),
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // Serves the built app (npm run build first; npm test does).
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
