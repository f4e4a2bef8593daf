/**
 * What the export needs of the scenario content: each scenario's id, title, version and rubric, and the criteria
 * catalogue. Read from the YAML with the content build's own parsers (tools/content), but without compiling and
 * walking every story as buildContent does: the export does not use the stories, and on a fresh checkout (no
 * exploration cache) the walk took minutes per scenario, where this takes well under a second. It also means a
 * scenario whose story has a problem still gives its title to the records made with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalogue } from '../../src/engine/content/types.ts';
import type { ScenarioMeta } from '../../src/engine/records/export/input.ts';
import { loadCatalogue } from '../content/load-catalogue.ts';
import type { Problem } from '../content/problem.ts';
import { parseYaml, scenarioSchema } from '../content/schema.ts';

export interface ContentMeta {
  scenarios: ScenarioMeta[];
  catalogue: Catalogue;
  problems: Problem[];
}

export function loadContentMeta(scenariosDir: string, root: string): ContentMeta {
  const rel = (p: string) => relative(root, p);
  const loaded = loadCatalogue(join(scenariosDir, 'criteria'), rel, null);
  const problems = [...loaded.problems];
  const scenarios: ScenarioMeta[] = [];
  const folders = existsSync(scenariosDir)
    ? readdirSync(scenariosDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(scenariosDir, d.name, 'scenario.yaml')))
        .map((d) => d.name)
        .sort()
    : [];
  for (const folder of folders) {
    const path = join(scenariosDir, folder, 'scenario.yaml');
    const parsed = parseYaml(rel(path), readFileSync(path, 'utf8'), scenarioSchema);
    if ('problems' in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    const { id, title, version, rubric } = parsed.value;
    scenarios.push({ id, title, version, rubric });
  }
  return { scenarios, catalogue: loaded.catalogue ?? { areas: [], criteria: [] }, problems };
}
