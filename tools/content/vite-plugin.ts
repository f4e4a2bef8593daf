/**
 * Vite plugin: compiles and checks scenario content at build and dev time and serves it as the virtual module
 * `virtual:waypoint-content`. Any content problem fails the build with file and line. Only the compiled JSON
 * reaches the browser; the ink compiler stays here.
 *
 * The module holds the scenarios without their stories (the first screen needs only titles and rubrics); each
 * scenario's compiled stories, all languages, are a module of their own, `virtual:waypoint-story:<id>`, which
 * `loadStories(id)` imports when the scenario is played or reviewed, and the criteria catalogue (levels,
 * feedback, citations) is `virtual:waypoint-catalogue`, which `loadCatalogue()` imports once the first screen is
 * up. A scenario's discussion prompts for trainers (classroom mode) are `virtual:waypoint-discussion:<id>`, which
 * `loadDiscussion(id)` imports (an empty list when it has none): no trainee's first screen or play carries them.
 * The service worker precaches them all.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildContent } from './build-content.ts';
import { fileExploreCache } from './explore-cache.ts';
import { formatProblem } from './problem.ts';
import { scenarioInfo, storiesOf } from '../../src/engine/content/scenario-info.ts';
import type { DiscussionPoint } from '../../src/engine/content/types.ts';

const VIRTUAL = 'virtual:waypoint-content';
const RESOLVED = `\0${VIRTUAL}`;
const STORY = 'virtual:waypoint-story:';
const CATALOGUE = 'virtual:waypoint-catalogue';
const DISCUSSION = 'virtual:waypoint-discussion:';

export function waypointContent(options: { root: string; scenariosDir?: string }): Plugin {
  const scenariosDir = resolve(options.scenariosDir ?? resolve(options.root, 'scenarios'));
  let server: ViteDevServer | undefined;
  /** Stories by scenario id, from the last content build (the content module always loads first). */
  let stories = new Map<string, Record<string, string>>();
  let discussions = new Map<string, DiscussionPoint[]>();
  let catalogueCode = '';
  const exploreCache = fileExploreCache(resolve(options.root, 'node_modules', '.cache', 'waypoint-explore'));
  return {
    name: 'waypoint-content',
    configureServer(s) {
      server = s;
      s.watcher.add(scenariosDir);
      s.watcher.on('change', (file) => {
        if (!resolve(file).startsWith(scenariosDir)) return;
        for (const mod of s.moduleGraph.idToModuleMap.values()) {
          const ours =
            mod.id === RESOLVED ||
            mod.id === `\0${CATALOGUE}` ||
            mod.id?.startsWith(`\0${STORY}`) ||
            mod.id?.startsWith(`\0${DISCUSSION}`);
          if (ours) s.moduleGraph.invalidateModule(mod);
        }
        s.ws.send({ type: 'full-reload' });
      });
    },
    resolveId(id) {
      if (id === VIRTUAL || id === CATALOGUE) return `\0${id}`;
      return id.startsWith(STORY) || id.startsWith(DISCUSSION) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${CATALOGUE}`) return catalogueCode;
      if (id.startsWith(`\0${STORY}`)) {
        const story = stories.get(id.slice(STORY.length + 1));
        if (!story) this.error(`no compiled story for ${id.slice(1)}`);
        return `export default ${JSON.stringify(story)};`;
      }
      if (id.startsWith(`\0${DISCUSSION}`)) {
        const scenario = id.slice(DISCUSSION.length + 1);
        if (!stories.has(scenario)) this.error(`no scenario for ${id.slice(1)}`);
        return `export default ${JSON.stringify(discussions.get(scenario) ?? [])};`;
      }
      if (id !== RESOLVED) return undefined;
      const content = buildContent({ scenariosDir, root: options.root, checkCitations: false, exploreCache });
      for (const file of content.files) this.addWatchFile(file);
      if (content.problems.length > 0 || !content.catalogue) {
        const message = `Scenario content has problems:\n${content.problems.map(formatProblem).join('\n')}`;
        // In dev, show the overlay but keep serving; a build stops here.
        if (server) server.config.logger.error(message);
        this.error(message);
      }
      const used = new Set(content.scenarios.flatMap((s) => s.rubric.criteria.map((c) => c.id)));
      const catalogue = {
        areas: content.catalogue.areas,
        criteria: content.catalogue.criteria.filter((c) => used.has(c.id)),
      };
      stories = new Map(content.scenarios.map((s) => [s.id, storiesOf(s)]));
      discussions = new Map(content.scenarios.map((s) => [s.id, s.discussion ?? []]));
      const withoutStories = content.scenarios.map(({ discussion: _prompts, ...s }) => scenarioInfo(s));
      const loaders = content.scenarios
        .map(
          (s) =>
            `    case ${JSON.stringify(s.id)}: return (await import(${JSON.stringify(STORY + s.id)})).default;`,
        )
        .join('\n');
      const discussionLoaders = content.scenarios
        .map(
          (s) =>
            `    case ${JSON.stringify(s.id)}: return (await import(${JSON.stringify(DISCUSSION + s.id)})).default;`,
        )
        .join('\n');
      catalogueCode = `export default ${JSON.stringify(catalogue)};`;
      return [
        `export async function loadCatalogue() {`,
        `  return (await import(${JSON.stringify(CATALOGUE)})).default;`,
        `}`,
        `export const scenarios = ${JSON.stringify(withoutStories)};`,
        `export async function loadStories(id) {`,
        `  switch (id) {`,
        loaders,
        `    default: throw new Error('no scenario ' + id);`,
        `  }`,
        `}`,
        `export async function loadDiscussion(id) {`,
        `  switch (id) {`,
        discussionLoaders,
        `    default: throw new Error('no scenario ' + id);`,
        `  }`,
        `}`,
      ].join('\n');
    },
  };
}
