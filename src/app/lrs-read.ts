/**
 * The LRS read-back behind the trainer's insight views (engine/ports/lrs-read.ts): read settings kept as one
 * setting in the record store, beside the sending ones and in the same way; the reader (src/lrs/read) opened for
 * them; the attempts rebuilt from what it keeps, in slices so a large cohort never freezes the page.
 */
import type { ScenarioInfo } from '../engine/content/types.ts';
import { checkRebuilt, rebuildInSlices } from '../engine/insight/index.ts';
import { nextTask } from '../engine/next-task.ts';
import type { LrsReadControl, LrsReadProgress } from '../engine/ports/lrs-read.ts';
import type { LrsSettings } from '../engine/ports/lrs-sync.ts';
import type { RecordStore } from '../engine/ports/record-store.ts';
import { DEFAULT_XAPI_OPTIONS } from '../engine/records/export/xapi.ts';
import { openLrsReader } from '../lrs/read/index.ts';
import type { Bookmark, LrsReader, ReadProgress } from '../lrs/read/index.ts';
import { normaliseSettings, parseSettings, serialiseSettings } from '../lrs/settings.ts';

export const LRS_READ_SETTING = 'lrsReadSettings';
/** Raised when the rebuild's output changes, so snapshots kept by an older version are rebuilt. */
const REBUILD_FORM = 1;

export interface LrsReadDeps {
  store: () => RecordStore;
  scenarios: readonly ScenarioInfo[];
  /** The reader for settings (tests give one over fake IndexedDB and fetch). */
  open?: (settings: LrsSettings) => Promise<LrsReader>;
}

const progressOf = (p: ReadProgress): LrsReadProgress => ({
  pages: p.pages,
  fetched: p.fetched,
  kept: p.kept,
});

export function createLrsRead(deps: LrsReadDeps): LrsReadControl {
  /**
   * What a rebuilt snapshot depends on: the statements kept (how many, and up to when; forgetting them deletes
   * it), the scenarios' rubrics the levels are worked out from, and the form of the rebuild itself.
   */
  const rubrics = JSON.stringify(deps.scenarios.map((s) => [s.id, s.version, s.rubric, s.best]));
  const snapshotKey = (b: Bookmark) =>
    JSON.stringify([REBUILD_FORM, DEFAULT_XAPI_OPTIONS.activityBase, b.statements, b.since, rubrics]);

  const open = deps.open ?? ((s: LrsSettings) => openLrsReader(s));
  let current: { key: string; reader: Promise<LrsReader> } | null = null;

  const settings = async () => parseSettings(await deps.store().getSetting(LRS_READ_SETTING));
  /** One reader per settings; another endpoint or key closes the old one. */
  const reader = async (): Promise<LrsReader | null> => {
    const s = await settings();
    if (!s) return null;
    const key = serialiseSettings(s);
    if (current?.key !== key) {
      current?.reader.then((r) => r.close()).catch(() => undefined);
      current = { key, reader: open(s) };
    }
    return current.reader;
  };

  return {
    settings,
    async configure(next) {
      const before = await settings();
      if (before && (next === null || normaliseSettings(next).endpoint !== before.endpoint)) {
        // What was read from an LRS goes with its settings: it is trainees' data, kept for that LRS only.
        await (await reader())?.forget();
        current?.reader.then((r) => r.close()).catch(() => undefined);
        current = null;
      }
      await deps.store().setSetting(LRS_READ_SETTING, serialiseSettings(next));
    },
    async status() {
      const r = await reader();
      if (!r) return null;
      const b = await r.status();
      return {
        kept: b.statements,
        fetchedAt: b.fetchedAt,
        partway: b.more !== null || (!b.complete && b.pages > 0),
      };
    },
    async fetchNew({ signal, onProgress }) {
      const r = await reader();
      if (!r) throw new Error('no LRS to read from is set');
      const outcome = await r.fetchNew({
        signal,
        onProgress: onProgress && ((p) => onProgress(progressOf(p))),
      });
      return outcome.kind === 'done'
        ? { kind: 'done', progress: progressOf(outcome.progress), fetchedAt: outcome.fetchedAt }
        : outcome.kind === 'stopped'
          ? { kind: 'stopped', progress: progressOf(outcome.progress) }
          : { kind: 'failed', progress: progressOf(outcome.progress), problem: outcome.problem };
    },
    async attempts() {
      const r = await reader();
      if (!r) return { attempts: [], report: null };
      // User Timing measures: the browser bench (tools/bench/insight-browser.ts) reads them.
      const began = performance.now();
      const stored = await r.rebuilt(snapshotKey(await r.status())).catch(() => null);
      // Reading it back and checking it are each long enough to be a pause of their own, not one together.
      await nextTask();
      const snapshot = checkRebuilt(stored);
      if (snapshot) {
        performance.measure('insight:snapshot-loaded', { start: began });
        return { attempts: snapshot.attempts, report: snapshot.report };
      }
      const kept = await r.load();
      const loaded = performance.now();
      const rebuilt = await rebuildInSlices(kept.statements, {
        activityBase: DEFAULT_XAPI_OPTIONS.activityBase,
        scenarios: deps.scenarios,
      });
      performance.measure('insight:kept-loaded', { start: began, end: loaded });
      performance.measure('insight:rebuilt', { start: loaded });
      // Kept so the views open at once next time; a store that cannot keep it (full) only makes that slower.
      await r.keepRebuilt(snapshotKey(await r.status()), rebuilt).catch(() => undefined);
      return { attempts: rebuilt.attempts, report: rebuilt.report };
    },
  };
}
