/**
 * A fake LRS's statement resource for the reader's tests: it pages statements oldest stored first with relative
 * `more` links (as Learning Locker does), honours `since` (exclusive) and `limit`, and records each request. A
 * test can make it answer with a status, expire its `more` links, or store statements in the same millisecond.
 */
import type { Fetch } from '../../../src/lrs/client.ts';

export const ENDPOINT = 'https://lrs.example.org/xAPI';
export const ACTIVITY = 'https://waypoint.example/xapi';

export interface StoredStatement {
  id: string;
  stored: string;
  [key: string]: unknown;
}

export interface FakeLrs {
  fetch: Fetch;
  statements: StoredStatement[];
  requests: { url: URL; headers: Record<string, string> }[];
  /** Adds statements stored at `at` (milliseconds), all in that same millisecond. */
  store(ids: string[], at: number): void;
  /** The next answers' statuses, in order (then normal again). */
  failNext(...statuses: number[]): void;
  /** Forget every `more` link given so far. */
  expireMore(): void;
  /** Give the next `more` link as this text instead. */
  nextMore: string | null;
  /** End every chain of `more` links after this many pages, as a store with broken cursors does. */
  endChainsAfter: number | null;
}

export function fakeLrs(options: { cap?: number } = {}): FakeLrs {
  const cap = options.cap ?? 1000;
  const statements: StoredStatement[] = [];
  const requests: FakeLrs['requests'] = [];
  const failures: number[] = [];
  const cursors = new Map<string, { since: number; offset: number; limit: number; depth: number }>();
  let cursorId = 0;

  const lrs: FakeLrs = {
    statements,
    requests,
    nextMore: null,
    endChainsAfter: null,
    store(ids, at) {
      for (const id of ids)
        statements.push({
          id,
          stored: new Date(at).toISOString(),
          verb: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted' } },
          authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.org' },
        });
    },
    failNext: (...statuses) => failures.push(...statuses),
    expireMore: () => cursors.clear(),
    async fetch(url, init) {
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const u = new URL(url);
      requests.push({ url: u, headers });
      if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      const status = failures.shift();
      if (status !== undefined) return new Response(`status ${status}`, { status });
      if (u.origin !== new URL(ENDPOINT).origin || u.pathname !== '/xAPI/statements')
        return new Response('not found', { status: 404 });
      let page: { since: number; offset: number; limit: number; depth: number };
      const cursor = u.searchParams.get('cursor');
      if (cursor !== null) {
        const known = cursors.get(cursor);
        if (!known) return new Response('cursor expired', { status: 400 });
        page = known;
      } else {
        if (u.searchParams.get('activity') !== ACTIVITY) return new Response('[]', { status: 400 });
        const since = u.searchParams.get('since');
        page = {
          since: since === null ? -Infinity : Date.parse(since),
          offset: 0,
          limit: Math.min(cap, Number(u.searchParams.get('limit') ?? cap)),
          depth: 1,
        };
      }
      const matching = statements
        .filter((s) => Date.parse(s.stored) > page.since)
        .sort((a, b) => Date.parse(a.stored) - Date.parse(b.stored));
      const slice = matching.slice(page.offset, page.offset + page.limit);
      let more = '';
      const cut = lrs.endChainsAfter !== null && page.depth >= lrs.endChainsAfter;
      if (page.offset + page.limit < matching.length && !cut) {
        const id = String(++cursorId);
        cursors.set(id, { ...page, offset: page.offset + page.limit, depth: page.depth + 1 });
        more = lrs.nextMore ?? `/xAPI/statements?cursor=${id}`;
        lrs.nextMore = null;
      }
      return new Response(JSON.stringify({ statements: slice, more }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  };
  return lrs;
}
