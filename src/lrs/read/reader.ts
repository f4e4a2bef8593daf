/**
 * Reading the course's statements back from an LRS for the trainer's insight.
 *
 * `fetchNew` asks `GET <endpoint>/statements?activity=<course>&related_activities=true&ascending=true&limit=…`
 * with `since` the bookmark, and follows `more` to the end. Ascending order (oldest stored first) is what makes
 * the bookmark simple: after each page, everything stored up to its last statement is here. Each page is kept
 * with the bookmark that follows it in one transaction, so a fetch stopped (AbortSignal), failed or killed with
 * the tab resumes after the last page kept: through the saved `more` link, or, when the LRS has let it expire,
 * through `since`. A later visit asks only for what was stored since. The end of a chain of `more` links is
 * checked with one more `since` query (an LRS's cursors can end a chain early, see below).
 *
 * `since` is exclusive and several statements can share a `stored` instant (a batch is stored at once), so the
 * bookmark is set a millisecond before the last page's latest `stored`, and never after the LRS's
 * X-Experience-API-Consistent-Through: a few statements are fetched twice, none is missed, and the copies count
 * once (by id). Between pages the reader yields to the page, so a long fetch never freezes it.
 *
 * `load` gives what is kept. A damaged page (what IndexedDB gives back is not what was written) is dropped with
 * the pages after it, and the bookmark is set back to the end of the last good page, so the next fetch gets them
 * again.
 */
import type { LrsProblem, LrsSettings } from '../../engine/ports/lrs-sync.ts';
import type { Fetch } from '../client.ts';
import { emptyBookmark, sourceOf } from './read-store.ts';
import type { Bookmark, ReadStore, StoredPage } from './read-store.ts';
import { slimStatement } from './slim-statement.ts';
import { fetchPage, firstPageUrl, moreUrl } from './statements-page.ts';
import { nextTask } from '../../engine/next-task.ts';

export interface ReadProgress {
  /** Pages and statements fetched by this run. */
  pages: number;
  fetched: number;
  /** Statements kept in all, this run's included. */
  kept: number;
  /** The latest `stored` fetched so far (ISO 8601), to say how far it has come. */
  through: string | null;
}

export type ReadOutcome =
  /** Everything the LRS had is kept. */
  | { kind: 'done'; progress: ReadProgress; fetchedAt: number }
  /** Stopped by the signal; `fetchNew` again resumes. */
  | { kind: 'stopped'; progress: ReadProgress }
  /** The LRS refused or could not be reached; what was fetched before is kept, and `fetchNew` again resumes. */
  | { kind: 'failed'; progress: ReadProgress; problem: LrsProblem };

export interface KeptStatements {
  /** Each statement once (by id), in the order the LRS stored them. */
  statements: unknown[];
  /** When a fetch last reached the end of what the LRS had (null: never). */
  fetchedAt: number | null;
  /** Whether everything up to `fetchedAt` is here (false while a fetch is stopped or after a damaged page). */
  complete: boolean;
  /** Damaged pages dropped by this load (they and the pages after them are fetched again next time). */
  dropped: number;
}

export interface LrsReader {
  fetchNew(options?: { signal?: AbortSignal; onProgress?: (p: ReadProgress) => void }): Promise<ReadOutcome>;
  load(): Promise<KeptStatements>;
  /** The bookmark: when last complete, how many kept, whether a fetch was left part-way. */
  status(): Promise<Bookmark>;
  /** The rebuilt attempts kept under `key` (see read-store.ts), unchecked; null when there are none for that key. */
  rebuilt(key: string): Promise<{ attempts: unknown[]; report: unknown } | null>;
  keepRebuilt(key: string, rebuilt: { attempts: readonly unknown[]; report: unknown }): Promise<void>;
  /** Forgets everything read from this LRS for this course. */
  forget(): Promise<void>;
  /** Closes the store's connection. */
  close(): void;
}

export interface ReaderDeps {
  store: ReadStore;
  fetch: Fetch;
  now: () => number;
  /** Between pages; default a zero-delay timer, so the page can paint and answer. */
  pause?: () => Promise<void>;
  /** Statements asked for per page (the LRS may give fewer). */
  pageSize?: number;
  /** A page with no answer after this long is a failure (default 60 s). */
  timeoutMs?: number;
}

/** Pages read back at a time (about 10,000 statements), with a pause between, so the page stays responsive. */
const LOAD_BATCH = 20;

/** A millisecond before `iso`, as ISO 8601; null when it is not a time. */
function justBefore(iso: string): string | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t - 1).toISOString();
}

function latestStored(statements: readonly unknown[]): string | null {
  let latest: number | null = null;
  for (const s of statements) {
    const stored = typeof s === 'object' && s !== null && 'stored' in s ? s.stored : null;
    const t = typeof stored === 'string' ? Date.parse(stored) : NaN;
    if (!Number.isNaN(t) && (latest === null || t > latest)) latest = t;
  }
  return latest === null ? null : new Date(latest).toISOString();
}

/** The earlier of two ISO times (null: no bound). */
function earlier(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return Date.parse(b) < Date.parse(a) ? b : a;
}

function idOf(s: unknown): string | null {
  return typeof s === 'object' && s !== null && 'id' in s && typeof s.id === 'string' ? s.id : null;
}

function edgeOf(statements: readonly unknown[]): { id: string; stored: string }[] {
  return statements.flatMap((s) => {
    const id = idOf(s);
    const stored = typeof s === 'object' && s !== null && 'stored' in s ? s.stored : null;
    return id !== null && typeof stored === 'string' ? [{ id, stored }] : [];
  });
}

/** Those a query from `since` (exclusive) can give again. */
function edgeAfter(
  edge: { id: string; stored: string }[],
  since: string | null,
): { id: string; stored: string }[] {
  if (since === null) return edge;
  const from = Date.parse(since);
  return edge.filter((e) => Date.parse(e.stored) > from);
}

function isStatementWithId(s: unknown): boolean {
  return typeof s === 'object' && s !== null && 'id' in s && typeof s.id === 'string';
}

/** A page as written, or null when what IndexedDB gave back is something else. */
function pageOf(value: unknown): StoredPage | null {
  if (typeof value !== 'object' || value === null) return null;
  const v: Partial<Record<keyof StoredPage, unknown>> = value;
  const { source, seq, fetchedAt, lastStored, statements } = v;
  if (typeof source !== 'string' || typeof seq !== 'number' || typeof fetchedAt !== 'number') return null;
  if (lastStored !== null && typeof lastStored !== 'string') return null;
  if (!Array.isArray(statements) || !statements.every(isStatementWithId)) return null;
  return { source, seq, fetchedAt, lastStored, statements };
}

export function createLrsReader(settings: LrsSettings, activity: string, deps: ReaderDeps): LrsReader {
  const source = sourceOf(settings.endpoint, activity);
  const pageSize = deps.pageSize ?? 500;
  const timeoutMs = deps.timeoutMs ?? 60_000;
  const pause = deps.pause ?? nextTask;
  const bookmark = async () => (await deps.store.bookmark(source)) ?? emptyBookmark(source);

  async function fetchNew(
    options: { signal?: AbortSignal; onProgress?: (p: ReadProgress) => void } = {},
  ): Promise<ReadOutcome> {
    let mark = await bookmark();
    const progress: ReadProgress = { pages: 0, fetched: 0, kept: mark.statements, through: null };
    let url = mark.more === null ? null : moreUrl(settings.endpoint, mark.more);
    let following = url !== null;
    url ??= firstPageUrl(settings.endpoint, activity, mark.since, pageSize);
    // Whether the current chain of pages went through a `more` link, and how many new statements it brought.
    let chainFollowed = following;
    let chainNew = 0;
    // The bookmark never passes what the LRS says is consistent: a statement stored later with an earlier time
    // would be missed.
    let consistent: string | null = null;
    for (;;) {
      if (options.signal?.aborted) return { kind: 'stopped', progress };
      const signal = AbortSignal.any([
        ...(options.signal ? [options.signal] : []),
        AbortSignal.timeout(timeoutMs),
      ]);
      const answer = await fetchPage(deps.fetch, settings, url, following, signal, deps.now);
      if (answer.kind === 'aborted') {
        if (options.signal?.aborted) return { kind: 'stopped', progress };
        const problem: LrsProblem = {
          kind: 'unreachable',
          detail: `no answer in ${Math.round(timeoutMs / 1000)} s`,
          at: deps.now(),
        };
        return { kind: 'failed', progress, problem };
      }
      if (answer.kind === 'expired') {
        // The saved `more` link is gone: start again from the bookmark's `since` (what was kept stays).
        following = false;
        url = firstPageUrl(settings.endpoint, activity, mark.since, pageSize);
        continue;
      }
      if (answer.kind === 'problem') return { kind: 'failed', progress, problem: answer.problem };

      consistent ??= answer.consistentThrough;
      // `since` is a millisecond early, so the statements of the latest instant kept come again: drop them.
      const already = new Set((mark.edge ?? []).map((e) => e.id));
      const statements = answer.statements.map(slimStatement).filter((s) => !already.has(idOf(s) ?? ''));
      const lastStored = latestStored(statements);
      const next = answer.more === null ? null : moreUrl(settings.endpoint, answer.more);
      if (answer.more !== null && (next === null || next === url)) {
        const detail =
          next === null ? `a more link to another origin: ${answer.more}` : 'a more link to the same page';
        return { kind: 'failed', progress, problem: { kind: 'unexpected', detail, at: deps.now() } };
      }
      const fetchedAt = deps.now();
      chainNew += statements.length;
      // A chain of `more` links can end early: Learning Locker's in-memory store compares its cursors (time-based
      // UUIDs) as text, which stops matching when their low time field wraps, every 7 minutes of storing. So the
      // end of a chain that went through `more` and brought something new is checked with a fresh `since` query;
      // only a chain that brings nothing new, or needs no `more`, is the end.
      const confirm = next === null && chainFollowed && chainNew > 0;
      const ends = next === null && !confirm;
      const since = lastStored === null ? mark.since : (justBefore(lastStored) ?? mark.since);
      const nextSince = ends ? earlier(since, consistent) : since;
      mark = {
        ...mark,
        since: nextSince,
        more: next === null ? null : answer.more,
        fetchedAt: ends ? fetchedAt : mark.fetchedAt,
        complete: ends,
        pages: mark.pages + (statements.length > 0 ? 1 : 0),
        statements: mark.statements + statements.length,
        edge: edgeAfter([...(mark.edge ?? []), ...edgeOf(statements)], nextSince),
      };
      if (statements.length > 0) {
        await deps.store.addPage({ source, seq: mark.pages, fetchedAt, lastStored, statements }, mark);
      } else {
        await deps.store.setBookmark(mark);
      }
      progress.pages += 1;
      progress.fetched += statements.length;
      progress.kept = mark.statements;
      progress.through = lastStored ?? progress.through;
      options.onProgress?.({ ...progress });
      if (ends) return { kind: 'done', progress, fetchedAt };
      if (next === null) {
        url = firstPageUrl(settings.endpoint, activity, mark.since, pageSize);
        following = false;
        chainFollowed = false;
        chainNew = 0;
      } else {
        url = next;
        following = true;
        chainFollowed = true;
      }
      await pause();
    }
  }

  async function load(): Promise<KeptStatements> {
    const mark = await bookmark();
    const good: StoredPage[] = [];
    let damagedAt: number | null = null;
    let dropped = 0;
    for (;;) {
      const raw = await deps.store.pages(source, good.length + 1, LOAD_BATCH);
      for (const value of raw) {
        const page = pageOf(value);
        if (page === null || page.seq !== good.length + 1) {
          damagedAt = good.length + 1;
          break;
        }
        good.push(page);
      }
      if (damagedAt !== null || raw.length < LOAD_BATCH) break;
      await pause();
    }
    let kept = mark;
    if (damagedAt !== null) {
      dropped = Math.max(1, mark.pages - good.length);
      const last = good.at(-1);
      const since = last?.lastStored ? justBefore(last.lastStored) : null;
      kept = {
        ...mark,
        since,
        more: null,
        complete: false,
        pages: good.length,
        statements: good.reduce((n, p) => n + p.statements.length, 0),
        // What the next query gives again is now the last good page's latest instant, not the dropped pages'.
        edge: edgeAfter(edgeOf(last?.statements ?? []), since),
      };
      await deps.store.truncate(source, damagedAt, kept);
    }
    const seen = new Set<string>();
    const statements: unknown[] = [];
    for (const page of good) {
      for (const s of page.statements) {
        const id = typeof s === 'object' && s !== null && 'id' in s ? s.id : null;
        if (typeof id !== 'string' || seen.has(id)) continue;
        seen.add(id);
        statements.push(s);
      }
    }
    return { statements, fetchedAt: kept.fetchedAt, complete: kept.complete, dropped };
  }

  return {
    fetchNew,
    load,
    status: bookmark,
    async rebuilt(key) {
      const snapshot = await deps.store.rebuilt(source, key);
      return snapshot ? { attempts: [...snapshot.attempts], report: snapshot.report } : null;
    },
    keepRebuilt: (key, { attempts, report }) => deps.store.setRebuilt({ source, key, report, attempts }),
    forget: () => deps.store.clear(source),
    close: () => deps.store.close(),
  };
}
