/**
 * First contact with a survivor, as the browser tests plan their way through it: the scenario built from
 * scenarios/ (as the app has it), the planner's paths for a police officer (createProfileByKeyboard registers
 * one), and taking a choice by its text.
 */
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { buildContent } from '../../tools/content/build-content.ts';
import { fileExploreCache } from '../../tools/content/explore-cache.ts';
import { criticalFailPath, passingPath } from '../../tools/content/plan-paths.ts';

const root = join(import.meta.dirname, '..', '..');
const { scenarios } = buildContent({
  scenariosDir: join(root, 'scenarios'),
  root,
  checkCitations: false,
  exploreCache: fileExploreCache(join(root, 'node_modules', '.cache', 'waypoint-explore')),
});
const found = scenarios.find((s) => s.id === 'survivor-contact');
if (!found) throw new Error('no survivor-contact scenario');
export const firstContact = found;
export const globals = { component: 'police' };

/** English choice texts: a path that passes with no critical error, and one sound but for one critical choice. */
export function plannedPaths(): { passing: string[]; criticalFail: string[] } {
  const passing = passingPath(firstContact, globals)?.choices;
  const criticalFail = criticalFailPath(firstContact, globals)?.choices;
  if (!passing || !criticalFail) throw new Error('the planner found no passing or no failing path');
  return { passing, criticalFail };
}

/** Clicks the offered choice whose text is `text` (a button holds its hidden key number, then the text). */
export async function take(page: Page, text: string): Promise<void> {
  const buttons = page.locator('.choices button.choice');
  const offered = await buttons.evaluateAll((bs) => bs.map((b) => (b.lastChild?.textContent ?? '').trim()));
  const k = offered.indexOf(text);
  expect(k, `"${text}" is offered among ${JSON.stringify(offered)}`).toBeGreaterThanOrEqual(0);
  await buttons.nth(k).click();
}
