/**
 * Where statements read back from an LRS are kept between visits: pages as fetched, in order, and a bookmark
 * saying where the next fetch starts. A page and the bookmark that follows it are written in one transaction, so
 * a fetch stopped at any moment (abort, closed tab, crash) resumes exactly after the last page kept.
 *
 * Keyed by source, the endpoint and the activity read, so another LRS or course never mixes with this one.
 */

export interface StoredPage {
  source: string;
  /** 1, 2, 3… in the order fetched, which is the LRS's `stored` order (the reader asks for ascending). */
  seq: number;
  /** Milliseconds since the epoch. */
  fetchedAt: number;
  /** The latest `stored` of its statements (ISO 8601), null for an empty page. */
  lastStored: string | null;
  /** As fetched, less what the insight never reads (see slim-statement.ts). */
  statements: unknown[];
}

export interface Bookmark {
  source: string;
  /** The `since` of the next query (exclusive, ISO 8601); null: from the start. */
  since: string | null;
  /** The `more` link of a fetch that stopped before its end, to resume it; null when there is none. */
  more: string | null;
  /** When a fetch last reached the end of what the LRS had: what is kept is complete up to then. */
  fetchedAt: number | null;
  /** False while a fetch is under way or stopped, or after a damaged page was dropped. */
  complete: boolean;
  /** Pages and statements kept (each statement once). */
  pages: number;
  statements: number;
  /**
   * The kept statements the next query can give again (stored after `since`, which sits a millisecond before the
   * latest instant kept): they are not kept or counted twice. Absent in bookmarks written before it was added.
   */
  edge?: { id: string; stored: string }[];
}

/**
 * The attempts last rebuilt from a source's pages, so the views open without reading and rebuilding every
 * statement again; `key` says what they were rebuilt from (src/app/lrs-read.ts), and a snapshot whose key no
 * longer matches is rebuilt.
 */
export interface RebuiltSnapshot {
  source: string;
  key: string;
  /** What the rebuild reported (unchecked when read back). */
  report: unknown;
  /** The attempts, kept and read back a part at a time: all at once would be one long pause of the page. */
  attempts: readonly unknown[];
}

export interface ReadStore {
  bookmark(source: string): Promise<Bookmark | undefined>;
  /** Keeps a page and moves the bookmark past it, in one transaction. */
  addPage(page: StoredPage, bookmark: Bookmark): Promise<void>;
  setBookmark(bookmark: Bookmark): Promise<void>;
  /**
   * Up to `count` of the source's pages from `fromSeq` on, in order, as read back (unchecked: a page may be
   * damaged). Read a few at a time: reading every page at once is one long pause of the page while the browser
   * turns them back into objects.
   */
  pages(source: string, fromSeq: number, count: number): Promise<unknown[]>;
  /** The source's rebuilt snapshot when it is whole and kept under `key`, as read back (unchecked). */
  rebuilt(source: string, key: string): Promise<RebuiltSnapshot | undefined>;
  setRebuilt(snapshot: RebuiltSnapshot): Promise<void>;
  /** Drops the pages from `fromSeq` on (and the rebuilt snapshot) and sets the bookmark, in one transaction. */
  truncate(source: string, fromSeq: number, bookmark: Bookmark): Promise<void>;
  /** Forgets everything read from the source. */
  clear(source: string): Promise<void>;
  close(): void;
}

export const sourceOf = (endpoint: string, activity: string): string => `${endpoint}\n${activity}`;

export const emptyBookmark = (source: string): Bookmark => ({
  source,
  since: null,
  more: null,
  fetchedAt: null,
  complete: false,
  pages: 0,
  statements: 0,
});
