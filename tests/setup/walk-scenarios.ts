/**
 * Walks every scenario once before the tests, into the explore cache, so the test files that need the real
 * scenarios read the walk instead of each walking them again in parallel on a fresh machine.
 */
import { join } from 'node:path';
import { buildContent } from '../../tools/content/build-content.ts';
import { fileExploreCache } from '../../tools/content/explore-cache.ts';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  buildContent({
    scenariosDir: join(root, 'scenarios'),
    root,
    checkCitations: false,
    exploreCache: fileExploreCache(join(root, 'node_modules', '.cache', 'waypoint-explore')),
  });
}
