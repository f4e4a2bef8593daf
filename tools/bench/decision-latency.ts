/**
 * Click → next choices enabled, per decision, in headless Chromium: how long a trainee waits for a decision to be
 * on record before the next one can be taken. The device holds `attemptsOnRecord` other attempts, and each click
 * can start a read of every attempt at the same moment (as the LRS sync does when play starts), the case in which
 * writes used to queue behind a read-write scan. Timed inside the page (a MutationObserver), so no round trip is
 * counted.
 */
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';

export interface LatencyFigures {
  decisions: number;
  median: number;
  p95: number;
  max: number;
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** Fills the app's database with finished attempts of another trainee (valid records, as the app writes them). */
async function seed(page: Page, count: number) {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('waypoint');
        req.onsuccess = () => {
          const tx = req.result.transaction('attempts', 'readwrite');
          const store = tx.objectStore('attempts');
          for (let i = 0; i < count; i++) {
            const startedAt = Date.UTC(2026, 0, 1) + i * 60_000;
            store.put({
              id: crypto.randomUUID(),
              profileId: 'bench-other-trainee',
              scenarioId: 'survivor-contact',
              scenarioVersion: '2.0.0',
              appVersion: '0.1.0',
              stage: 'pre-deployment',
              mode: 'course',
              seed: i,
              startedAt,
              endedAt: startedAt + 900_000,
              status: 'abandoned',
              decisions: Array.from({ length: 15 }, (_, d) => ({
                seq: d + 1,
                where: `knot.0.c-${d % 3}`,
                choiceIndex: d % 3,
                choiceText: `A choice of some length, as the stories have them, number ${d + 1}`,
                at: startedAt + (d + 1) * 30_000,
                evidence: [{ criterion: 'crsv.listening', level: d % 4 }],
                critical: [],
              })),
              inkState: null,
              ending: null,
              result: null,
            });
          }
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        req.onerror = () => reject(new Error(String(req.error)));
      }),
    count,
  );
}

/** One decision, timed in the page: click the first choice, wait until new choices have focus (or the debrief). */
const decide = (page: Page, concurrentRead: boolean) =>
  page.evaluate(
    (concurrentRead) =>
      new Promise<number>((resolve) => {
        const old = document.querySelector<HTMLButtonElement>('.choices button');
        if (!old) return resolve(-1);
        // A concurrent read of every attempt, started with the click.
        if (concurrentRead) {
          const read = indexedDB.open('waypoint');
          read.onsuccess = () => {
            const all = read.result.transaction('attempts', 'readonly').objectStore('attempts').getAll();
            all.onsuccess = () => read.result.close();
          };
        }
        const t0 = performance.now();
        const done = () => {
          const next = document.querySelector<HTMLButtonElement>('.choices button');
          const ready = next && next !== old && document.activeElement === next && !next.closest('[hidden]');
          const debrief = document.querySelector('h1')?.textContent?.startsWith('Debrief');
          if (!ready && !debrief) return false;
          observer.disconnect();
          resolve(debrief ? -1 : performance.now() - t0);
          return true;
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        old.click();
      }),
    concurrentRead,
  );

export async function decisionLatency(
  baseUrl: string,
  executablePath: string | undefined,
  options: { attemptsOnRecord: number; concurrentRead: boolean; withScene: boolean },
): Promise<LatencyFigures> {
  const { attemptsOnRecord, concurrentRead, withScene } = options;
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    // tsx keeps function names with a helper the page does not have; give it a stand-in.
    await page.addInitScript('globalThis.__name = (f) => f;');
    // Without the drawn scene: what the records cost, apart from the software WebGL of a headless machine.
    if (!withScene) await page.route(/phaser/, (r) => r.abort());
    await page.goto(baseUrl);
    // Set up for one person ("Only me" is chosen unless changed), as a trainee's own device.
    await page.getByRole('button', { name: 'Set up this device' }).click();
    await page.getByRole('button', { name: 'Start training' }).waitFor();
    await seed(page, attemptsOnRecord);
    await page.reload();
    await page.getByRole('button', { name: 'Start training' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Bench');
    await page.getByLabel('Contributing country').fill('Nowhere');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('button', { name: 'Open: First contact with a survivor' }).click();
    await page.getByRole('button', { name: 'Begin scenario' }).click();
    await page.locator('.choices button').first().waitFor();
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const ms = await decide(page, concurrentRead);
      if (ms < 0) break;
      times.push(ms);
    }
    if (process.env.WAYPOINT_BENCH_VERBOSE) console.log(times.map((t) => t.toFixed(0)).join(' '));
    return {
      decisions: times.length,
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      max: Math.max(...times),
    };
  } finally {
    await browser.close();
  }
}
