/**
 * What the LRS sync shows and takes: the trainer's settings, the sync's status, the problems it reports, and the
 * controls the trainer area uses. Plain data and interfaces; the sync itself is in src/lrs.
 */
import type { SkippedAttempt } from '../records/export/xapi.ts';

/** Where statements go and how to sign in (HTTP basic authentication with an LRS key and secret). */
export interface LrsSettings {
  /** The xAPI endpoint, e.g. `https://lrs.example.org/xapi`; statements go to `<endpoint>/statements`. */
  endpoint: string;
  key: string;
  secret: string;
}

export type LrsProblemKind =
  /** The request did not get an answer: offline, wrong address, the LRS is down, or CORS forbids this site. */
  | 'unreachable'
  /** The LRS answered with a temporary failure (5xx, 408, 429). Retried. */
  | 'server'
  /** 401 or 403: the key and secret were refused. Not retried until the trainer acts. */
  | 'unauthorized'
  /** Another 4xx: the LRS will not take these statements as they are. Not retried until the trainer acts. */
  | 'rejected'
  /** A 2xx that is not an LRS's answer (a redirect, or a page instead of statement ids): a captive portal? */
  | 'unexpected'
  /** The outbox could not be read or written. */
  | 'storage';

export interface LrsProblem {
  kind: LrsProblemKind;
  /** HTTP status, when there was an answer. */
  status?: number;
  /** A short technical detail (an error message, the start of the LRS's answer). */
  detail?: string;
  at: number;
}

export type LrsPhase =
  /** No LRS set: nothing is queued or sent. */
  | 'off'
  /** Nothing waiting, or about to look. */
  | 'idle'
  | 'sending'
  /** A send failed; the next try is at `retryAt`. */
  | 'waiting'
  /** The browser says it is offline; sending resumes when it is back online. */
  | 'offline'
  /** Stopped on a problem the trainer must fix (`problem`); "Send now" or saving settings tries again. */
  | 'stopped';

export interface LrsStatus {
  phase: LrsPhase;
  /** Statements waiting in the outbox. */
  waiting: number;
  /** The last problem, kept after later successes so a trainer can see what happened and when. */
  problem: LrsProblem | null;
  /** When the next try is due (phase 'waiting'). */
  retryAt: number | null;
  /** When the LRS last acknowledged statements, and how many it has acknowledged since the page opened. */
  lastDeliveredAt: number | null;
  delivered: number;
  /** Whether waiting statements survive a reload. */
  durable: boolean;
  /** Attempts that could not be turned into statements, by id and why; the others are sent all the same. */
  skipped: SkippedAttempt[];
}

export type LrsConnectionTest = { ok: true; versions: string[] } | { ok: false; problem: LrsProblem };

/** What the trainer area uses. */
export interface LrsControl {
  settings(): Promise<LrsSettings | null>;
  /** Saves settings (null removes them), queues what is not yet queued for that endpoint, and sends. */
  configure(settings: LrsSettings | null): Promise<void>;
  /** GET `<endpoint>/about`. */
  testConnection(settings: LrsSettings): Promise<LrsConnectionTest>;
  /** Queues what is not yet queued, then sends at once, whatever the back-off or a stop. */
  sendNow(): Promise<void>;
  status(): LrsStatus;
  /** Calls back on every change of status; returns the unsubscribe. */
  subscribe(listener: (status: LrsStatus) => void): () => void;
}
