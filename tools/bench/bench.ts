/**
 * Benchmarks (not tests): prints figures to record in notes.
 *  - gzip bytes of the JavaScript loaded before the first screen is interactive (entry + its static imports)
 *  - ms from navigation to the first interactive control, and to the first story choice, in headless Chromium
 *  - click → next choices enabled (median, p95) with 3,000 attempts on record (see decision-latency.ts)
 *  - paths per second of the content checker's walk
 *  - Lighthouse performance and accessibility scores of the first screen, with FCP, LCP, TBT and CLS
 *    (navigation mode, desktop preset, simulated throttling; see lighthouse.ts)
 * `npm run bench` builds first, so the figures are always of the current code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { buildContent } from '../content/build-content.ts';
import { findChromium } from '../browser/chromium.mjs';
import { lighthouseFigures } from './lighthouse.ts';
import { decisionLatency } from './decision-latency.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function firstScreenBytes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const sizes = files.map((f) => {
    const buf = readFileSync(join(dist, f));
    return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return {
    files: sizes,
    gzip: sizes.reduce((s, x) => s + x.gzip, 0),
    raw: sizes.reduce((s, x) => s + x.raw, 0),
  };
}

async function browserTimings(runs: number, cpuSlowdown: number) {
  const server = await preview({ root, preview: { port: 4180, strictPort: true }, logLevel: 'silent' });
  const executablePath = findChromium() ?? undefined;
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-sandbox'],
  });
  const interactive: number[] = [];
  const firstChoice: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      // Chromium's own CPU throttling stands in for an old laptop or a phone.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.goto('http://localhost:4180/');
      // A new device's first screen asks how it will be used ("Only me" is chosen unless changed).
      await page.getByRole('button', { name: 'Set up this device' }).waitFor();
      interactive.push(await page.evaluate(() => performance.now()));
      await page.getByRole('button', { name: 'Set up this device' }).click();
      await page.getByRole('button', { name: 'Start training' }).click();
      await page.getByLabel('Name', { exact: true }).fill('Bench');
      await page.getByLabel('Contributing country').fill('Nowhere');
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page
        .getByRole('button', { name: /^Open: / })
        .first()
        .click();
      const begin = page.getByRole('button', { name: 'Begin scenario' });
      await begin.waitFor();
      const t0 = await page.evaluate(() => performance.now());
      await begin.click();
      await page.locator('.choices button').first().waitFor();
      firstChoice.push((await page.evaluate(() => performance.now())) - t0);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { interactive: median(interactive), firstChoice: median(firstChoice) };
}

function checkerSpeed() {
  const content = buildContent({ scenariosDir: join(root, 'scenarios'), root, checkCitations: false });
  return content.reports.map((r) => ({
    id: r.id,
    paths: r.exploration.paths,
    states: r.exploration.states,
    ms: r.millis,
    pathsPerSecond: Number(r.exploration.paths) / (r.millis / 1000),
  }));
}

async function lighthouseStep() {
  const server = await preview({ root, preview: { port: 4180, strictPort: true }, logLevel: 'silent' });
  try {
    return await lighthouseFigures('http://localhost:4180/', findChromium() ?? undefined);
  } finally {
    await server.close();
  }
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
const bytes = firstScreenBytes();
console.log('JavaScript before the first screen is interactive:');
for (const f of bytes.files) console.log(`  ${f.file}  ${f.raw} B raw, ${f.gzip} B gzip`);
console.log(`  total ${bytes.raw} B raw, ${bytes.gzip} B gzip (${(bytes.gzip / 1024).toFixed(1)} KiB)`);
for (const slowdown of [1, 4]) {
  const timings = await browserTimings(5, slowdown);
  const label = slowdown === 1 ? 'no CPU slowdown' : `${slowdown}× CPU slowdown`;
  console.log(
    `Navigation → first interactive control (median of 5, ${label}): ${timings.interactive.toFixed(0)} ms`,
  );
  console.log(
    `"Begin scenario" → first story choice (median of 5, ${label}): ${timings.firstChoice.toFixed(0)} ms`,
  );
}
{
  const server = await preview({ root, preview: { port: 4180, strictPort: true }, logLevel: 'silent' });
  try {
    for (const [label, options] of [
      ['with the scene drawn', { withScene: true, concurrentRead: false }],
      ['without the scene', { withScene: false, concurrentRead: false }],
      [
        'without the scene, a full read of every attempt started with each click',
        { withScene: false, concurrentRead: true },
      ],
    ] as const) {
      const l = await decisionLatency('http://localhost:4180/', findChromium() ?? undefined, {
        attemptsOnRecord: 3000,
        ...options,
      });
      console.log(
        `Click → next choices enabled, the decision on disk (3,000 attempts on record, ${label}; ${l.decisions} decisions): median ${l.median.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, max ${l.max.toFixed(1)} ms`,
      );
    }
  } finally {
    await server.close();
  }
}
try {
  const lh = await lighthouseStep();
  const label = `Lighthouse ${lh.lighthouseVersion}, desktop, simulated throttling`;
  console.log(`Lighthouse performance score (${label}): ${lh.performance}/100`);
  console.log(`Lighthouse accessibility score (${label}): ${lh.accessibility}/100`);
  console.log(
    `Lighthouse metrics: FCP ${lh.fcp.toFixed(0)} ms, LCP ${lh.lcp.toFixed(0)} ms, TBT ${lh.tbt.toFixed(0)} ms, CLS ${lh.cls.toFixed(3)} (run took ${(lh.ms / 1000).toFixed(1)} s)`,
  );
  for (const f of lh.failures) {
    console.log(`  accessibility audit failed: ${f.id} (${f.title})`);
    for (const selector of f.selectors) console.log(`    ${selector}`);
  }
  for (const e of lh.errors) console.log(`  Lighthouse audit could not run: ${e.id}: ${e.message}`);
  for (const u of lh.outside) console.log(`  request outside localhost: ${u}`);
} catch (error) {
  console.error(`Lighthouse step failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
for (const s of checkerSpeed()) {
  console.log(
    `Checker walk of ${s.id}: ${s.paths} paths, ${s.states} states in ${s.ms.toFixed(0)} ms = ${Math.round(s.pathsPerSecond).toLocaleString('en')} paths/s`,
  );
}
