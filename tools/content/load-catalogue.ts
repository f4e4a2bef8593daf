/**
 * The criteria catalogue is every YAML file in `scenarios/criteria/`, merged, so that authors of different
 * scenarios can each keep their criteria in a file of their own. An id defined twice is an error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Area, Catalogue, Criterion } from '../../src/engine/content/types.ts';
import { GuidanceLibrary, checkCitations } from './citations.ts';
import type { Problem } from './problem.ts';
import { catalogueSchema, catalogueTranslationSchema, parseYaml } from './schema.ts';

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
  required: readonly string[] = [],
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
      areas.set(a.id, { ...a, translations: {} });
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
      criteria.set(c.id, { ...c, translations: {} } as Criterion);
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
  const languages = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name))
        .map((d) => d.name)
    : [];
  for (const lang of languages) {
    const translated = loadTranslations(join(dir, lang), lang, rel, areas, criteria);
    problems.push(...translated.problems);
    files.push(...translated.files);
  }
  for (const lang of required) {
    for (const c of criteria.values()) {
      if (!c.translations[lang]) {
        const at = where.get(c.id);
        problems.push({
          file: at?.file ?? rel(dir),
          line: at?.line,
          message: `criterion "${c.id}" has no ${lang} translation`,
        });
      }
    }
    for (const a of areas.values()) {
      if (!a.translations[lang])
        problems.push({ file: rel(dir), message: `area "${a.id}" has no ${lang} title` });
    }
  }
  return {
    catalogue: problems.length > 0 ? null : { areas: [...areas.values()], criteria: [...criteria.values()] },
    problems,
    files,
    citationsChecked,
  };
}

/** Reads scenarios/criteria/<lang>/*.yaml onto the criteria and areas already loaded. */
function loadTranslations(
  dir: string,
  lang: string,
  rel: (p: string) => string,
  areas: Map<string, Area>,
  criteria: Map<string, Criterion>,
): { problems: Problem[]; files: string[] } {
  const problems: Problem[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
  for (const path of files) {
    const file = rel(path);
    const parsed = parseYaml(file, readFileSync(path, 'utf8'), catalogueTranslationSchema);
    if ('problems' in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    const { value, lineOf } = parsed;
    for (const [id, title] of Object.entries(value.areas)) {
      const area = areas.get(id);
      if (area) area.translations[lang] = title;
      else problems.push({ file, line: lineOf(['areas', id]), message: `no area "${id}" to translate` });
    }
    for (const [id, text] of Object.entries(value.criteria)) {
      const criterion = criteria.get(id);
      const at = { file, line: lineOf(['criteria', id]) };
      if (!criterion) {
        problems.push({ ...at, message: `no criterion "${id}" to translate` });
      } else if (text.citations.length !== criterion.citations.length) {
        problems.push({
          ...at,
          message: `"${id}" has ${criterion.citations.length} citations; the translation gives ${text.citations.length}`,
        });
      } else {
        criterion.translations[lang] = text;
      }
    }
  }
  return { problems, files };
}
