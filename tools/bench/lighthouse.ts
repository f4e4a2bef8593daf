/**
 * Lighthouse (navigation mode, desktop preset, simulated throttling) against the served production build, in the
 * same Chromium as the rest of the bench. Only the performance and accessibility categories. Nothing here needs
 * the network beyond localhost: Lighthouse carries its own data (third-party-web, locales), and Chromium is started
 * with its background networking and component updates off.
 */
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import type { Result } from 'lighthouse';

export interface LighthouseFigures {
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  /** Key performance metrics (simulated): ms, and CLS unitless. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Accessibility audits that failed, each with the selectors of the elements it names. */
  failures: { id: string; title: string; selectors: string[] }[];
  /** Audits Lighthouse could not run (error or not applicable is fine; an error is reported). */
  errors: { id: string; message: string }[];
  /** Requests to anything but localhost: there should be none. */
  outside: string[];
  lighthouseVersion: string;
  ms: number;
}

/** A free TCP port on the loopback interface, for Chromium's remote debugging. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const score = (category: Result['categories'][string] | undefined) =>
  Math.round((category?.score ?? NaN) * 100);
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? NaN;

/** Selectors of the elements an audit's details name (accessibility audits list nodes in a table). */
function selectorsOf(audit: Result['audits'][string]): string[] {
  const details = audit.details;
  if (!details || details.type !== 'table') return [];
  const selectors: string[] = [];
  for (const item of details.items) {
    const node = item['node'];
    if (node && typeof node === 'object' && 'type' in node && node.type === 'node') {
      selectors.push(node.selector ?? node.snippet ?? '(unnamed node)');
    }
  }
  return selectors;
}

export async function lighthouseFigures(
  url: string,
  executablePath: string | undefined,
): Promise<LighthouseFigures> {
  const started = performance.now();
  const port = await freePort();
  // Playwright starts Chromium (headless, from the same executable as the timings) and Lighthouse drives it
  // through the DevTools port in a new tab of its own.
  const browser = await chromium.launch({
    executablePath,
    args: [
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-sandbox',
    ],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port,
        hostname: '127.0.0.1',
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);

    const accessibility = lhr.categories['accessibility'];
    const failures = (accessibility?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined)
      .filter((audit) => audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => ({ id: audit.id, title: audit.title, selectors: selectorsOf(audit) }));
    const errors = Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => ({ id: audit.id, message: audit.errorMessage ?? '' }));

    const requests = lhr.audits['network-requests']?.details;
    const outside =
      requests?.type === 'table'
        ? requests.items
            .map((item) => String(item['url'] ?? ''))
            .filter((u) => !/^(?:https?|wss?):\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?\//.test(u))
            .filter((u) => !/^(?:data|blob|chrome|chrome-extension|about):/.test(u))
        : [];

    return {
      performance: score(lhr.categories['performance']),
      accessibility: score(accessibility),
      fcp: numeric(lhr, 'first-contentful-paint'),
      lcp: numeric(lhr, 'largest-contentful-paint'),
      tbt: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      failures,
      errors,
      outside,
      lighthouseVersion: lhr.lighthouseVersion,
      ms: performance.now() - started,
    };
  } finally {
    await browser.close();
  }
}
