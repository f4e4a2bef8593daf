/**
 * LRS sync in the built app against a small LRS started by the test (another origin, so with CORS, as a real
 * one): the trainer sets the endpoint, the LRS is down while a trainee plays the survivor-contact scenario, the
 * statements wait in the outbox across a reload, then the LRS comes back failing every other request, and it
 * receives every statement once.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createProfileByKeyboard, playUntilDebrief } from './helpers.ts';
import { recordsOf } from './records.ts';

interface Statement {
  id: string;
  verb: { id: string };
  context: { registration: string };
}

type Mode = 'down' | 'flaky';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'X-Experience-API-Version': '1.0.3',
};

/**
 * An LRS that stores statements by id and counts how often each was stored. Like a strict LRS, a POST holding
 * an id it has is refused whole with 409, as is a PUT of one. `down`: every statements request gets 503;
 * `flaky`: every other one does, starting with the first.
 */
async function startLrs() {
  const stored = new Map<string, { statement: Statement; times: number }>();
  const requests: { method: string; status: number; authorization: string; version: string }[] = [];
  let mode: Mode = 'down';
  let turn = 0;

  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  const send = (res: ServerResponse, status: number, data?: unknown) => {
    res.writeHead(status, { ...CORS, ...(data === undefined ? {} : { 'Content-Type': 'application/json' }) });
    res.end(data === undefined ? undefined : JSON.stringify(data));
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'OPTIONS') return send(res, 204);
      if (url.pathname === '/xapi/about' && req.method === 'GET')
        return send(res, 200, { version: ['1.0.3'] });
      if (url.pathname !== '/xapi/statements') return send(res, 404, { error: 'not found' });
      const text = await read(req);
      const answer = (status: number, data?: unknown) => {
        requests.push({
          method: req.method ?? '',
          status,
          authorization: req.headers.authorization ?? '',
          version: String(req.headers['x-experience-api-version'] ?? ''),
        });
        send(res, status, data);
      };
      if (mode === 'down' || (mode === 'flaky' && turn++ % 2 === 0))
        return answer(503, { error: 'unavailable' });
      const body = JSON.parse(text) as Statement | Statement[];
      const batch = Array.isArray(body) ? body : [body];
      if (
        req.method === 'PUT' &&
        (batch.length !== 1 || url.searchParams.get('statementId') !== batch[0]?.id)
      ) {
        return answer(400, { error: 'statementId' });
      }
      if (req.method !== 'POST' && req.method !== 'PUT') return answer(405);
      if (batch.some((s) => stored.has(s.id))) return answer(409, { error: 'already stored' });
      for (const s of batch) stored.set(s.id, { statement: s, times: (stored.get(s.id)?.times ?? 0) + 1 });
      return req.method === 'POST'
        ? answer(
            200,
            batch.map((s) => s.id),
          )
        : answer(204);
    })().catch(() => send(res, 500));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/xapi`,
    stored,
    requests,
    setMode(next: Mode) {
      mode = next;
      turn = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function openTrainer(page: Page, passphrase: string, first: boolean) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Trainer area' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  if (first) await page.getByLabel('Passphrase again').fill(passphrase);
  await page.getByRole('button', { name: first ? 'Set passphrase' : 'Open trainer area' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Learning record store (LRS)' })).toBeVisible();
}

/** The verbs of the statements waiting in the app's outbox, read straight from IndexedDB. */
async function outboxVerbs(page: Page): Promise<string[]> {
  return (await recordsOf(page)).outbox.map((e) => e.statement.verb.id.split('/').at(-1) ?? '');
}

async function playToDebrief(page: Page) {
  await page.getByRole('button', { name: /Open: First contact/ }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await playUntilDebrief(page, () => page.locator('.choices button').first().click());
}

test('statements wait in the outbox while the LRS is down, survive a reload, and arrive once each', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const lrs = await startLrs();
  try {
    const passphrase = 'a trainer passphrase';
    await openTrainer(page, passphrase, true);
    const section = page.getByRole('region', { name: 'Learning record store (LRS)' });
    await expect(section).toContainText('stored on this device');
    await expect(section).toContainText('No LRS is set: nothing is sent.');
    await section.getByLabel('Endpoint').fill(`${lrs.endpoint}/`);
    await section.getByLabel('Key').fill('waypoint');
    await section.getByLabel('Secret').fill('s3cret');
    await section.getByRole('button', { name: 'Test connection' }).click();
    await expect(section.getByText('The LRS answered (xAPI 1.0.3).')).toBeVisible();
    await section.getByRole('button', { name: 'Save LRS settings' }).click();
    await expect(section.getByText(/^Saved\./)).toBeVisible();
    await expect(section.getByLabel('Endpoint')).toHaveValue(lrs.endpoint);

    // The LRS is down (503) the whole time the trainee plays.
    await createProfileByKeyboard(page, 'Mariam Koné');
    await playToDebrief(page);
    // The whole chain is in the outbox in IndexedDB (the LRS has refused every request so far).
    await expect.poll(() => outboxVerbs(page)).toContain('completed');
    expect(lrs.requests.length).toBeGreaterThanOrEqual(1);
    expect(lrs.stored.size).toBe(0);

    // A reload: the statements are still waiting, and the trainer sees why.
    await openTrainer(page, passphrase, false);
    const waiting = section.locator('.lrs-waiting');
    await expect(waiting).not.toHaveText('Statements waiting: 0');
    const queued = Number((await waiting.textContent())?.replace(/\D+/g, ''));
    expect(queued).toBeGreaterThanOrEqual(4);
    await expect(section).toContainText('The LRS answered 503');

    // The LRS comes back failing every other request; "Send now" and the retries deliver everything.
    lrs.setMode('flaky');
    const down = lrs.requests.length;
    await section.getByRole('button', { name: 'Send now' }).click();
    await expect(waiting).toHaveText('Statements waiting: 0', { timeout: 60_000 });
    await expect(section).toContainText('Everything has been sent.');

    const statements = [...lrs.stored.values()];
    expect(statements).toHaveLength(queued);
    for (const { statement, times } of statements) expect(times, statement.id).toBe(1);
    const verbs = statements.map((s) => s.statement.verb.id.split('/').at(-1));
    expect(verbs.filter((v) => v === 'attempted')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'passed' || v === 'failed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'answered').length).toBe(queued - 3);
    expect(new Set(statements.map((s) => s.statement.context.registration)).size).toBe(1);
    const back = lrs.requests.slice(down).map((r) => r.status);
    expect(back).toContain(503);
    expect(back.filter((status) => status === 503).length).toBeLessThanOrEqual(back.length / 2);
    for (const r of lrs.requests) {
      expect(r.authorization).toBe(`Basic ${Buffer.from('waypoint:s3cret').toString('base64')}`);
      expect(r.version).toBe('1.0.3');
    }

    // Nothing more is sent: a later visit finds nothing to queue, and nothing is tried again later. The page's
    // clock is run past the longest back-off (a retry comes 1–2 s after a first failure and at most 5 min after
    // any, docs/lrs.md) and the 30 s request time-out, so any timer that would send has fired; a request it
    // started would be seen within the real seconds given after that.
    const before = lrs.requests.length;
    await page.clock.install();
    await openTrainer(page, passphrase, false);
    await expect(waiting).toHaveText('Statements waiting: 0');
    await expect(section).toContainText('Everything has been sent.');
    const resent = page
      .waitForRequest((r) => r.url().startsWith(`${lrs.endpoint}/statements`), { timeout: 3_000 })
      .then(
        (r) => `${r.method()} ${r.url()}`,
        () => null,
      );
    await page.clock.runFor(10 * 60_000);
    expect(await resent).toBeNull();
    await expect(section).toContainText('Everything has been sent.');
    expect(lrs.requests).toHaveLength(before);
  } finally {
    await lrs.close();
  }
});
