/**
 * Every scenario of the course and every snap situation can be passed with no critical error, and can be failed
 * on a critical error when it assesses a critical criterion, for every component the story varies by.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../tools/content/build-content.ts';
import { fileExploreCache } from '../../tools/content/explore-cache.ts';
import { criticalFailPath, passingPath } from '../../tools/content/plan-paths.ts';
import { COMPONENTS } from '../../src/engine/records/profile.ts';
import { ROOT } from '../helpers/fixtures.ts';

const content = buildContent({
  scenariosDir: join(ROOT, 'scenarios'),
  root: ROOT,
  checkCitations: false,
  exploreCache: fileExploreCache(join(ROOT, 'node_modules', '.cache', 'waypoint-explore')),
});

const critical = new Set(content.catalogue?.criteria.filter((c) => c.critical).map((c) => c.id));

describe.each(content.scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it.each(COMPONENTS.map((c) => [c]))('can be passed and can be failed critically as %s', (component) => {
    const pass = passingPath(scenario, { component });
    expect(pass, 'a passing path').not.toBeNull();
    expect(pass?.criticalErrors).toBe(0);
    expect(pass?.percent).toBeGreaterThanOrEqual(scenario.rubric.passMark);
    if (scenario.kind === 'course') expect(pass?.choices.length).toBeGreaterThanOrEqual(12);
    else expect(pass?.choices.length).toBeLessThanOrEqual(4);
    if (!scenario.rubric.criteria.some((c) => critical.has(c.id))) return;
    const fail = criticalFailPath(scenario, { component });
    expect(fail, 'a path with a critical error').not.toBeNull();
    expect(fail?.passed).toBe(false);
    expect(fail?.criticalErrors).toBeGreaterThan(0);
  });
});
