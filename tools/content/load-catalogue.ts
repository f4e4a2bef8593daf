/**
 * The criteria catalogue is every YAML file in `scenarios/criteria/`, merged, so that authors of different
 * scenarios can each keep their criteria in a file of their own. An id defined twice is an error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Area, Catalogue, Criterion } from '../../src/engine/content/types';
import { GuidanceLibrary, checkCitations } from './citations';
import type { Problem } from './problem';
import { catalogueSchema, parseYaml } from './schema';

export interface LoadedCatalogue {
  catalogue: Catalogue | null;
  problems: Problem[];
  files: string[];
  citationsChecked: number;
}

export function loadCatalogue(
  dir: string,
  rel: (p: string) => string,
  library: GuidanceLibrary | null,
): LoadedCatalogue {
  const problems: Problem[] = [];
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => join(dir, f))
    : [];
  if (files.length === 0) {
    return {
      catalogue: null,
      problems: [{ file: rel(dir), message: 'no criteria files (*.yaml) found' }],
      files,
      citationsChecked: 0,
    };
  }
  const areas = new Map<string, Area>();
  const criteria = new Map<string, Criterion>();
  const where = new Map<string, Problem>();
  const areaRefs: { area: string; at: Problem }[] = [];
  let citationsChecked = 0;
  for (const path of files) {
    const file = rel(path);
    const parsed = parseYaml(file, readFileSync(path, 'utf8'), catalogueSchema);
    if ('problems' in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    const { value, lineOf } = parsed;
    value.areas.forEach((a, i) => {
      const known = areas.get(a.id);
      if (known && known.title !== a.title) {
        problems.push({
          file,
          line: lineOf(['areas', i]),
          message: `area "${a.id}" has another title elsewhere`,
        });
      }
      areas.set(a.id, a);
    });
    value.criteria.forEach((c, i) => {
      const at = { file, line: lineOf(['criteria', i, 'id']), message: '' };
      const first = where.get(c.id);
      if (first) {
        problems.push({
          ...at,
          message: `criterion "${c.id}" is already defined at ${first.file}:${first.line ?? '?'}`,
        });
        return;
      }
      where.set(c.id, at);
      criteria.set(c.id, c as Criterion);
      areaRefs.push({ area: c.area, at: { ...at, line: lineOf(['criteria', i, 'area']) } });
    });
    if (library) {
      problems.push(...checkCitations(value.criteria as Criterion[], library, file, lineOf));
      citationsChecked += value.criteria.reduce((n, c) => n + c.citations.length, 0);
    }
  }
  for (const { area, at } of areaRefs) {
    if (!areas.has(area))
      problems.push({ ...at, message: `unknown area "${area}" (declare it under areas:)` });
  }
  return {
    catalogue: problems.length > 0 ? null : { areas: [...areas.values()], criteria: [...criteria.values()] },
    problems,
    files,
    citationsChecked,
  };
}
