/**
 * A file cache of path explorations keyed by the compiled story, so that repeated builds and dev reloads do not
 * walk an unchanged story again. The checker uses it too, unless run with --fresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Exploration } from '../../src/engine/explore/explore.ts';

/** Bump when the explorer's results change for the same story. */
const EXPLORER_VERSION = 2;

export interface ExploreCache {
  get(storyJson: string): Exploration | undefined;
  set(storyJson: string, exploration: Exploration): void;
}

export function fileExploreCache(dir: string): ExploreCache {
  const path = (story: string) =>
    join(
      dir,
      `${createHash('sha256').update(`${EXPLORER_VERSION}\n${story}`).digest('hex').slice(0, 32)}.json`,
    );
  return {
    get(story) {
      try {
        const raw = JSON.parse(readFileSync(path(story), 'utf8')) as Record<string, unknown>;
        return {
          ...(raw as unknown as Exploration),
          choices: new Map(raw.choices as [string, never][]),
          endings: new Map(raw.endings as [string, string][]),
          criticalReachable: new Set(raw.criticalReachable as string[]),
        };
      } catch {
        return undefined; // a missing or unreadable entry just means walking again
      }
    },
    set(story, x) {
      try {
        mkdirSync(dir, { recursive: true });
        const plain = {
          ...x,
          choices: [...x.choices],
          endings: [...x.endings],
          criticalReachable: [...x.criticalReachable],
        };
        writeFileSync(path(story), JSON.stringify(plain));
      } catch {
        // A read-only disk costs only speed.
      }
    },
  };
}
