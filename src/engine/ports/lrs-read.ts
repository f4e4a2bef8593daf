/**
 * Reading the cohort back from an LRS, as the trainer area sees it: the read settings (kept on this device like
 * the sending ones), what is kept, fetching what is new (stoppable, resumable, with progress), and the attempts
 * rebuilt from what is kept. The adapter is src/app/lrs-read.ts over src/lrs/read.
 */
import type { InsightAttempt } from '../insight/insight-attempt.ts';
import type { RebuildReport } from '../insight/rebuild.ts';
import type { LrsProblem, LrsSettings } from './lrs-sync.ts';

export interface LrsReadProgress {
  pages: number;
  /** Statements fetched by this run, and kept in all. */
  fetched: number;
  kept: number;
}

export type LrsReadOutcome =
  | { kind: 'done'; progress: LrsReadProgress; fetchedAt: number }
  | { kind: 'stopped'; progress: LrsReadProgress }
  | { kind: 'failed'; progress: LrsReadProgress; problem: LrsProblem };

export interface LrsReadStatus {
  /** Statements kept on this device. */
  kept: number;
  /** When a fetch last reached the end of what the LRS had; null: never. */
  fetchedAt: number | null;
  /** A fetch was stopped or failed part-way: the next one resumes it. */
  partway: boolean;
}

export interface LrsReadControl {
  settings(): Promise<LrsSettings | null>;
  /** Saves checked settings (null forgets them and everything read with them). */
  configure(settings: LrsSettings | null): Promise<void>;
  /** Null when no settings are saved. */
  status(): Promise<LrsReadStatus | null>;
  fetchNew(options: {
    signal?: AbortSignal;
    onProgress?: (p: LrsReadProgress) => void;
  }): Promise<LrsReadOutcome>;
  /** The attempts rebuilt from what is kept (none without settings), and what was left out and why. */
  attempts(): Promise<{ attempts: InsightAttempt[]; report: RebuildReport | null }>;
}
