/**
 * Vite plugin: compiles and checks scenario content at build and dev time and serves it as the virtual module
 * `virtual:waypoint-content`. Any content problem fails the build with file and line. Only the compiled JSON
 * reaches the browser; the ink compiler stays here.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildContent } from './build-content';
import { fileExploreCache } from './explore-cache';
import { formatProblem } from './problem';

const VIRTUAL = 'virtual:waypoint-content';
const RESOLVED = `\0${VIRTUAL}`;

export function waypointContent(options: { root: string; scenariosDir?: string }): Plugin {
  const scenariosDir = resolve(options.scenariosDir ?? resolve(options.root, 'scenarios'));
  let server: ViteDevServer | undefined;
  const exploreCache = fileExploreCache(resolve(options.root, 'node_modules', '.cache', 'waypoint-explore'));
  return {
    name: 'waypoint-content',
    configureServer(s) {
      server = s;
      s.watcher.add(scenariosDir);
      s.watcher.on('change', (file) => {
        if (!resolve(file).startsWith(scenariosDir)) return;
        const mod = s.moduleGraph.getModuleById(RESOLVED);
        if (mod) s.moduleGraph.invalidateModule(mod);
        s.ws.send({ type: 'full-reload' });
      });
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
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
      return [
        `export const catalogue = ${JSON.stringify(catalogue)};`,
        `export const scenarios = ${JSON.stringify(content.scenarios)};`,
      ].join('\n');
    },
  };
}
