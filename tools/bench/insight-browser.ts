/**
 * The trainer's insight at scale in the real built app, in headless Chromium: a trainer sets the read settings
 * to an LRS on localhost, fetches every statement (the reader keeps them in the browser's IndexedDB), and the
 * views are drawn; then the page is opened afresh, as the next morning, and the views are drawn from what is
 * stored; then a filter is changed. Prints the wall time of each (to the next painted frame), the app's own
 * User Timing measures (kept statements loaded, rebuilt, decision points, views) and the page's long tasks, so
 * "the page never froze" is a figure, not a feeling.
 */
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import { en } from '../../src/presentation/i18n/en.ts';
import { findChromium } from '../browser/chromium.mjs';
import type { Served } from './insight-data.ts';

const root = resolve(import.meta.dirname, '..', '..');
const PORT = 4181;
const PASSPHRASE = 'a bench passphrase';
const ms = (t: number) => `${Math.round(t).toLocaleString('en')} ms`;

/** Long tasks and the app's measures, kept by the page from its first script. */
function observe() {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** Resolves once the page has painted what is on it (a frame after the DOM change). */
const painted = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now())))),
  );

async function pageFigures(page: Page, since: number) {
  return page.evaluate((since) => {
    const w = window as unknown as { longTasks: number[] };
    const measures = Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('insight:') && m.startTime >= since)
        .map((m) => [m.name, m.duration]),
    );
    const tasks = w.longTasks.splice(0);
    return { measures, longest: Math.max(0, ...tasks), tasks: tasks.length };
  }, since);
}

function report(label: string, wall: number, figures: Awaited<ReturnType<typeof pageFigures>>) {
  console.log(`${label.padEnd(52)} ${ms(wall)}`);
  const parts = Object.entries(figures.measures).map(([name, d]) => `${name.slice(8)} ${ms(d)}`);
  if (parts.length > 0) console.log(`  of which: ${parts.join(', ')}`);
  console.log(`  long tasks: ${figures.tasks}, the longest ${ms(figures.longest)}`);
}

async function openInsight(page: Page, first: boolean) {
  await page.goto(`http://localhost:${PORT}/`);
  await page.getByRole('button', { name: en.trainerArea }).click();
  await page.getByLabel(en.trainerPassphrase, { exact: true }).fill(PASSPHRASE);
  if (first) await page.getByLabel(en.trainerPassphraseAgain).fill(PASSPHRASE);
  await page.getByRole('button', { name: first ? en.trainerSetPassphrase : en.trainerEnter }).click();
  const start = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: en.insightOpen }).click();
  return { insight: page.getByRole('region', { name: en.insightHeading }), start };
}

/** Runs the browser part against `served`, which holds `statements` statements of `attempts` attempts. */
export async function browserInsight(served: Served, attempts: number): Promise<void> {
  const server = await preview({
    root,
    preview: { port: PORT, strictPort: true },
    build: { outDir: join(root, 'dist') },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--no-sandbox'],
  });
  const counted = `${en.insightSources.split('{attempts}')[0] ?? ''}${attempts.toLocaleString('en')} `;
  try {
    const context = await browser.newContext();
    await context.addInitScript(observe);
    const page = await context.newPage();
    page.setDefaultTimeout(10 * 60_000);

    let { insight, start } = await openInsight(page, true);
    const panel = insight.getByRole('region', { name: en.insightLrsHeading });
    await panel.getByLabel(en.insightLrsEndpoint).fill(served.endpoint);
    await panel.getByLabel(en.insightLrsKey).fill(served.key);
    await panel.getByLabel(en.insightLrsSecret).fill(served.secret);
    await panel.getByRole('button', { name: en.insightLrsSave }).click();
    await panel.getByRole('button', { name: en.insightFetch }).waitFor();
    await pageFigures(page, 0);
    start = await page.evaluate(() => performance.now());
    await panel.getByRole('button', { name: en.insightFetch }).click();
    await panel.locator('.insight-counts', { hasText: en.insightDone }).waitFor();
    const fetched = await page.evaluate(() => performance.now());
    // Its long tasks so far; the measures of the views drawn after it are reported with them, next.
    report('browser: fetch and keep every statement', fetched - start, await pageFigures(page, Infinity));
    await insight.getByRole('status').filter({ hasText: counted }).waitFor();
    report(
      'browser: views drawn after the fetch',
      (await painted(page)) - fetched,
      await pageFigures(page, start),
    );

    // The next morning: the page opened afresh, the statements already stored.
    ({ insight, start } = await openInsight(page, false));
    await insight.getByRole('status').filter({ hasText: counted }).waitFor();
    report(
      'browser: views drawn from what is stored',
      (await painted(page)) - start,
      await pageFigures(page, start),
    );

    /** Picks a cohort in the filter and reports how long the views take to be redrawn for it. */
    const redraw = async (
      label: string,
      cohort: string,
      shown: { hasText: string } | { hasNotText: string },
    ) => {
      const from = await page.evaluate(() => performance.now());
      await insight.getByLabel(en.trainerCohort).selectOption(cohort);
      await insight.getByRole('status').filter(shown).waitFor();
      report(label, (await painted(page)) - from, await pageFigures(page, from));
    };
    await redraw('browser: views redrawn for one cohort', 'Cohort 3', { hasNotText: counted });
    await redraw('browser: views redrawn for every cohort', '', { hasText: counted });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}
