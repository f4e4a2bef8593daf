/**
 * A real learning record store for tests and benchmarks: Learning Locker's xAPI statement service
 * (xapi-statements, installed apart in tools/real-lrs/ by `npm run real-lrs:install`, which the test and bench
 * scripts run first), in a child process on 127.0.0.1, in memory, with its files in a fresh temporary folder. It is
 * started on port 0 and the preload beside this file tells us the port it got, so two runs never collide.
 * `startRealLrs` fails with what the LRS printed when it does not come up: a test that needs it is never skipped for
 * want of it.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'tools', 'real-lrs', 'node_modules', 'xapi-statements', 'dist', 'index.js');
const PRELOAD = join(import.meta.dirname, 'real-lrs-preload.cjs');

export interface RealLrs {
  /** The xAPI endpoint, e.g. `http://127.0.0.1:40123/xAPI` (statements at `<endpoint>/statements`). */
  endpoint: string;
  /** Any key and secret: the service's test authentication accepts every client as one with all scopes. */
  key: string;
  secret: string;
  /** Stops the process and removes its temporary folder. */
  stop(): Promise<void>;
}

/** Messages the preload sends once the server listens. */
interface Listening {
  waypointLrsListening: { address: string; port: number };
}

const isListening = (m: unknown): m is Listening =>
  typeof m === 'object' && m !== null && 'waypointLrsListening' in m;

export async function startRealLrs(options: { timeoutMs?: number } = {}): Promise<RealLrs> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  if (!existsSync(SERVER)) {
    throw new Error(`the real LRS is not installed (${SERVER} is missing): run npm run real-lrs:install`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-lrs-'));
  const child = fork(SERVER, [], {
    // Its own folder as working directory: the service reads a .env from there (none), and nothing of ours.
    cwd: dir,
    execArgv: ['--require', PRELOAD],
    env: {
      PATH: process.env.PATH ?? '',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: join(dir, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: join(dir, 'access-logs'),
      EXPRESS_PORT: '0',
      // Voids and references are applied before the answer, so what a test posts is there when it reads.
      SERVICE_AWAIT_UPDATES: 'true',
      WINSTON_CONSOLE_LEVEL: 'warn',
      NEW_RELIC_ENABLED: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });

  try {
    const port = await listeningPort(child, timeoutMs, () => output);
    const endpoint = `http://127.0.0.1:${port}/xAPI`;
    await waitForAbout(endpoint, timeoutMs, () => output);
    return {
      endpoint,
      key: 'waypoint-test',
      secret: 'waypoint-test',
      stop: async () => {
        await stopProcess(child);
        cleanUp();
      },
    };
  } catch (e) {
    await stopProcess(child);
    cleanUp();
    throw e;
  }
}

function listeningPort(child: ChildProcess, timeoutMs: number, output: () => string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(
      () => fail(`the real LRS did not start listening within ${timeoutMs} ms`),
      timeoutMs,
    );
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    const fail = (why: string) => {
      done();
      reject(new Error(`${why}. Its output:\n${output() || '(none)'}`));
    };
    const onMessage = (m: unknown) => {
      if (!isListening(m)) return;
      done();
      if (m.waypointLrsListening.address !== '127.0.0.1') {
        reject(new Error(`the real LRS listens on ${m.waypointLrsListening.address}, not on 127.0.0.1`));
      } else resolvePort(m.waypointLrsListening.port);
    };
    const onExit = (code: number | null, signal: string | null) =>
      fail(`the real LRS exited before listening (code ${code}, signal ${signal})`);
    const onError = (e: Error) => fail(`the real LRS could not be started: ${e.message}`);
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/** Listening is not serving: asks `/about` until the LRS answers with its versions. */
async function waitForAbout(endpoint: string, timeoutMs: number, output: () => string): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    try {
      const response = await fetch(`${endpoint}/about`, {
        headers: { 'X-Experience-API-Version': '1.0.3' },
      });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the real LRS did not answer ${endpoint}/about (${last}). Its output:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
