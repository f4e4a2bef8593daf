/**
 * Rebuilding in slices: 180,000 statements take long enough to freeze a page if read in one go, so they are read
 * a slice at a time with a pause between slices (a macrotask by default), which lets the page paint and answer.
 */
import { createChainBuilder } from './rebuild.ts';
import type { RebuildOptions, Rebuilt } from './rebuild.ts';
import { nextTask } from '../next-task.ts';

export interface SliceOptions {
  /** Statements per slice (default 5,000). */
  slice?: number;
  /** Waits between slices; default a zero-delay timer. */
  pause?: () => Promise<void>;
  /** After each slice: statements read so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function rebuildInSlices(
  statements: readonly unknown[],
  options: RebuildOptions,
  slices: SliceOptions = {},
): Promise<Rebuilt> {
  const size = Math.max(1, slices.slice ?? 5000);
  const pause = slices.pause ?? nextTask;
  const builder = createChainBuilder(options);
  for (let i = 0; i < statements.length; i += size) {
    slices.signal?.throwIfAborted();
    builder.add(statements.slice(i, i + size));
    slices.onProgress?.(Math.min(statements.length, i + size), statements.length);
    await pause();
  }
  return builder.finish();
}
