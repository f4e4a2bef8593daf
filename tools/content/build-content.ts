/**
 * Loads, compiles and checks all scenario content: the criteria catalogue, each scenario's YAML and ink, every
 * tag, every path. The Vite plugin and the checker both use this, so a scenario that fails the check fails the
 * build, with file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalogue, Criterion, Scenario, ScenarioKind } from '../../src/engine/content/types.ts';
import { exploreVariants, usesRandomness } from '../../src/engine/explore/explore.ts';
import { createRunner } from '../../src/engine/ink/runner.ts';
import { COMPONENTS } from '../../src/engine/records/profile.ts';
import { storyGlobals } from '../../src/engine/session/story-globals.ts';
import { CHOICE_TAG_KINDS } from '../../src/engine/tags/grammar.ts';
import type { Exploration } from '../../src/engine/explore/explore.ts';
import { GuidanceLibrary } from './citations.ts';
import { loadCatalogue } from './load-catalogue.ts';
import { compileInk } from './compile-ink.ts';
import type { ExploreCache } from './explore-cache.ts';
import { languagesSchema, parseYaml, scenarioSchema } from './schema.ts';
import { loadScenarioTranslations } from './load-translation.ts';
import type { Problem } from './problem.ts';
import { scanTags } from './tag-scan.ts';
import type { SourceTag } from './tag-scan.ts';
import { choiceLocator } from './choice-lines.ts';
import { languageTells, tellFindings, textsAlongRoute } from './tells.ts';
import type { LanguageTells } from './tells.ts';
import { loadDiscussion } from './discussion.ts';
import type { DiscussionCoverage } from './discussion.ts';

export interface ScenarioReport {
  id: string;
  exploration: Exploration;
  choicesWithEvidence: number;
  endingsDeclared: number;
  millis: number;
  /** The walk was read from the cache (the same story was walked before). */
  cached: boolean;
  /** Surface tells per language: best-is-longest, length ratios, naive strategies. */
  tells: LanguageTells[];
  /** Discussion prompts for trainers: scored decision points with prompts, per language. */
  discussion: DiscussionCoverage;
}

export interface ContentBuild {
  catalogue: Catalogue | null;
  scenarios: Scenario[];
  reports: ScenarioReport[];
  problems: Problem[];
  /** Findings that do not fail the check (e.g. choices between 2× and 3× the length of the shortest). */
  warnings: Problem[];
  /** Files read, for the dev server to watch. */
  files: string[];
  /** null: citations not checked (not asked, or the guidance folder is absent). */
  citations: { checked: number; library: string } | null;
}

export interface BuildOptions {
  /** Folder holding criteria/*.yaml and one folder per scenario. */
  scenariosDir: string;
  /** Project root, for relative file names in messages and to find ../shared/guidance. */
  root: string;
  checkCitations: boolean;
  /** Where the guidance library is; default ../shared/guidance beside the project (or $WAYPOINT_GUIDANCE). */
  guidanceDir?: string;
  /** Reuse explorations of unchanged stories (the build, and the checker unless run with --fresh). */
  exploreCache?: ExploreCache;
  /** Check only these scenarios (by id); all when absent. */
  only?: readonly string[];
}

export function buildContent(options: BuildOptions): ContentBuild {
  const { scenariosDir, root } = options;
  const rel = (p: string) => relative(root, p);
  const problems: Problem[] = [];
  const files: string[] = [];
  const warnings: Problem[] = [];
  const out: ContentBuild = {
    catalogue: null,
    scenarios: [],
    reports: [],
    problems,
    warnings,
    files,
    citations: null,
  };

  const library = options.checkCitations ? GuidanceLibrary.locate(root, options.guidanceDir) : null;
  const languages = loadLanguages(scenariosDir, rel);
  problems.push(...languages.problems);
  const loaded = loadCatalogue(join(scenariosDir, 'criteria'), rel, library, languages.required);
  files.push(...loaded.files);
  problems.push(...loaded.problems);
  if (!loaded.catalogue) return out;
  const catalogue = loaded.catalogue;
  out.catalogue = catalogue;
  if (library) out.citations = { checked: loaded.citationsChecked, library: rel(library.dir) };
  const criteria = new Map(catalogue.criteria.map((c) => [c.id, c]));

  const folders = [
    ...scenarioFolders(scenariosDir).map((folder) => ({
      folder,
      dir: scenariosDir,
      kind: 'course' as const,
    })),
    ...scenarioFolders(join(scenariosDir, SNAPS_FOLDER)).map((folder) => ({
      folder,
      dir: join(scenariosDir, SNAPS_FOLDER),
      kind: 'snap' as const,
    })),
  ].filter(({ folder }) => !options.only || options.only.includes(folder));
  if (folders.length === 0) problems.push({ file: rel(scenariosDir), message: 'no scenario folders found' });
  const ids = new Set<string>();
  for (const { folder, dir, kind } of folders) {
    if (ids.has(folder)) {
      problems.push({ file: rel(join(dir, folder)), message: `a scenario "${folder}" exists twice` });
      continue;
    }
    ids.add(folder);
    const built = buildScenario(
      join(dir, folder),
      folder,
      kind,
      criteria,
      rel,
      options.exploreCache,
      languages.required,
    );
    problems.push(...built.problems);
    warnings.push(...built.warnings);
    files.push(...built.files);
    if (built.scenario && built.report) {
      out.scenarios.push(built.scenario);
      out.reports.push(built.report);
    }
  }
  return out;
}

/** Snap situations (short refresher scenarios) live in scenarios/snaps/<id>/. */
export const SNAPS_FOLDER = 'snaps';

/** Limits that keep a snap situation a two-to-three-minute refresher. */
export const SNAP_LIMITS = { minDecisions: 2, maxDecisions: 4, maxMinutes: 3 };

/** Seeds with which a story that uses randomness is walked (each variation a seed can pick). */
const VARIATION_SEEDS = [0, 1, 2, 3, 4, 5, 6, 7];

function scenarioFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'scenario.yaml')))
    .map((d) => d.name)
    .sort();
}

function buildScenario(
  dir: string,
  folder: string,
  kind: ScenarioKind,
  criteria: Map<string, Criterion>,
  rel: (p: string) => string,
  cache: ExploreCache | undefined,
  required: readonly string[],
): {
  scenario?: Scenario;
  report?: ScenarioReport;
  problems: Problem[];
  warnings: Problem[];
  files: string[];
} {
  const yamlPath = join(dir, 'scenario.yaml');
  const yamlFile = rel(yamlPath);
  const files = [yamlPath];
  const parsed = parseYaml(yamlFile, readFileSync(yamlPath, 'utf8'), scenarioSchema);
  if ('problems' in parsed) return { problems: parsed.problems, warnings: [], files };
  const meta = parsed.value;
  const { lineOf } = parsed;
  const problems: Problem[] = [];
  if (meta.id !== folder) {
    problems.push({
      file: yamlFile,
      line: lineOf(['id']),
      message: `id "${meta.id}" must match its folder "${folder}"`,
    });
  }
  const rubricIds = new Set(meta.rubric.criteria.map((c) => c.id));
  meta.rubric.criteria.forEach((c, i) => {
    if (!criteria.has(c.id)) {
      problems.push({
        file: yamlFile,
        line: lineOf(['rubric', 'criteria', i]),
        message: `unknown criterion "${c.id}"`,
      });
    }
  });

  const ink = compileInk(join(dir, meta.story), rel);
  files.push(...ink.files.map((f) => f.path));
  problems.push(...ink.problems);
  const tags = ink.files.flatMap((f) => scanTags(rel(f.path), f.source));
  problems.push(...checkTags(tags, meta, rubricIds, criteria));
  if (!ink.json || problems.length > 0) return { problems, warnings: [], files };

  const started = performance.now();
  const cached = cache?.get(ink.json);
  const seeds = usesRandomness(ink.json) ? VARIATION_SEEDS : [0];
  const variants = profileVariants(ink.json);
  const exploration = cached ?? exploreVariants(ink.json, variants, undefined, seeds);
  const millis = performance.now() - started;
  if (!cached) cache?.set(ink.json, exploration);
  const locate = (raw: string) => tags.find((t) => t.raw === raw);
  const storyFile = rel(join(dir, meta.story));
  const trailText = (trail: string[]) =>
    trail.length === 0 ? 'at the start' : `after choosing: ${trail.map((t) => `"${t}"`).join(' → ')}`;
  for (const p of exploration.problems) {
    if (p.kind === 'no-ending') {
      problems.push({
        file: storyFile,
        message: `a path stops without an "# ending:" tag, ${trailText(p.trail)}`,
      });
    } else if (p.kind === 'loop') {
      problems.push({ file: storyFile, message: `the story can loop without end, ${trailText(p.trail)}` });
    } else if (p.kind === 'choice-tag-on-line') {
      const at = locate(p.tag);
      problems.push({
        file: at?.file ?? storyFile,
        line: at?.line,
        message: `"# ${p.tag}" is on a line of text, not on a choice (put it inside the choice's brackets)`,
      });
    } else {
      problems.push({ file: storyFile, message: `ink runtime error ${trailText(p.trail)}: ${p.message}` });
    }
  }
  meta.rubric.criteria.forEach((c, i) => {
    if (exploration.best[c.id] === undefined) {
      problems.push({
        file: yamlFile,
        line: lineOf(['rubric', 'criteria', i]),
        message: `criterion "${c.id}" is never evidenced on any path`,
      });
    }
  });
  if (kind === 'snap') problems.push(...checkSnap(meta, exploration, yamlFile, lineOf));
  for (const ending of Object.keys(meta.endings)) {
    if (!exploration.endings.has(ending)) {
      problems.push({
        file: yamlFile,
        line: lineOf(['endings', ending]),
        message: `no path reaches ending "${ending}"`,
      });
    }
  }

  const translated = loadScenarioTranslations(
    dir,
    { story: ink.json, storyFile: meta.story, cast: meta.cast, endings: meta.endings },
    required,
    rel,
  );
  problems.push(...translated.problems);
  files.push(...translated.files);

  const best: Scenario['best'] = {};
  for (const { id } of meta.rubric.criteria) best[id] = exploration.best[id] ?? null;

  const stories: Record<string, string> = { en: ink.json };
  for (const [lang, tr] of Object.entries(translated.translations)) stories[lang] = tr.story;
  const tells = Object.entries(stories).map(([lang, story]) =>
    languageTells(lang, story, exploration, { rubric: meta.rubric, best }, variants, seeds, (point) =>
      textsAlongRoute(story, point),
    ),
  );
  const storyFileOf = (lang: string) =>
    lang === 'en' ? storyFile : rel(join(dir, meta.story.replace(/\.ink$/, `.${lang}.ink`)));
  const sources = (lang: string) =>
    lang === 'en'
      ? ink.files.map((f) => ({ file: rel(f.path), source: f.source }))
      : translated.files
          .filter((f) => f.endsWith(`.${lang}.ink`))
          .map((f) => ({ file: rel(f), source: readFileSync(f, 'utf8') }));
  const locators = new Map(Object.keys(stories).map((lang) => [lang, choiceLocator(sources(lang))]));
  const findings = tellFindings(tells, storyFileOf, (lang, where, text) => locators.get(lang)?.(where, text));
  problems.push(...findings.problems);
  const prompts = loadDiscussion({
    dir,
    kind,
    exploration,
    required,
    rel,
    locate: (where, text) => locators.get('en')?.(where, text),
    storyFile,
  });
  problems.push(...prompts.problems);
  files.push(...prompts.files);
  const scenario: Scenario = {
    id: meta.id,
    kind,
    version: meta.version,
    title: meta.title,
    summary: meta.summary,
    role: meta.role,
    minutes: meta.minutes,
    contentNote: meta.contentNote,
    support: meta.support,
    cast: meta.cast,
    endings: meta.endings,
    rubric: meta.rubric,
    story: ink.json,
    best,
    translations: translated.translations,
    ...(prompts.discussion ? { discussion: prompts.discussion } : {}),
  };
  const choicesWithEvidence = [...exploration.choices.values()].filter((c) => c.evidence.length > 0).length;
  return {
    scenario,
    report: {
      id: meta.id,
      exploration,
      choicesWithEvidence,
      endingsDeclared: Object.keys(meta.endings).length,
      millis,
      cached: cached !== undefined,
      tells,
      discussion: prompts.coverage,
    },
    problems,
    warnings: findings.warnings,
    files,
  };
}

function checkSnap(
  meta: { minutes: number },
  x: Exploration,
  file: string,
  lineOf: (path: (string | number)[]) => number | undefined,
): Problem[] {
  const { minDecisions, maxDecisions, maxMinutes } = SNAP_LIMITS;
  const problems: Problem[] = [];
  if (x.decisions.min < minDecisions || x.decisions.max > maxDecisions) {
    problems.push({
      file,
      message: `a snap situation takes ${minDecisions}–${maxDecisions} decisions on every path; this one takes ${x.decisions.min}–${x.decisions.max}`,
    });
  }
  if (meta.minutes > maxMinutes) {
    problems.push({
      file,
      line: lineOf(['minutes']),
      message: `a snap situation lasts at most ${maxMinutes} minutes`,
    });
  }
  return problems;
}

function checkTags(
  tags: SourceTag[],
  meta: { cast: Record<string, unknown>; endings: Record<string, unknown> },
  rubric: Set<string>,
  criteria: Map<string, Criterion>,
): Problem[] {
  const problems: Problem[] = [];
  for (const tag of tags) {
    const at = { file: tag.file, line: tag.line };
    if (!tag.parsed.ok) {
      problems.push({ ...at, message: tag.parsed.message });
      continue;
    }
    const e = tag.parsed.event;
    if (CHOICE_TAG_KINDS.has(e.kind) && !tag.onChoice) {
      problems.push({
        ...at,
        message: `"# ${tag.raw}" must be on a choice (inside its brackets), not on a line`,
      });
    }
    if ((e.kind === 'speaker' || e.kind === 'person') && !(e.who in meta.cast)) {
      problems.push({ ...at, message: `"${e.who}" is not in the cast of scenario.yaml` });
    }
    if (e.kind === 'ending' && !(e.ending in meta.endings)) {
      problems.push({ ...at, message: `ending "${e.ending}" is not declared in scenario.yaml` });
    }
    if (e.kind === 'evidence' || e.kind === 'critical') {
      if (!criteria.has(e.criterion)) problems.push({ ...at, message: `unknown criterion "${e.criterion}"` });
      else if (!rubric.has(e.criterion)) {
        problems.push({ ...at, message: `criterion "${e.criterion}" is not in this scenario's rubric` });
      }
    }
    if (e.kind === 'critical' && criteria.get(e.criterion)?.critical === false) {
      problems.push({ ...at, message: `criterion "${e.criterion}" is not marked critical in the catalogue` });
    }
  }
  return problems;
}

/** A story that reads the trainee's component is walked once per component, so every role's paths are checked. */
function profileVariants(storyJson: string) {
  if (!createRunner(storyJson).hasVariable('component')) return [{}];
  return COMPONENTS.map((component) => storyGlobals({ component }));
}

/** scenarios/languages.yaml: which translations every scenario and criterion must have. */
function loadLanguages(
  scenariosDir: string,
  rel: (p: string) => string,
): { required: string[]; problems: Problem[] } {
  const path = join(scenariosDir, 'languages.yaml');
  if (!existsSync(path)) return { required: [], problems: [] };
  const parsed = parseYaml(rel(path), readFileSync(path, 'utf8'), languagesSchema);
  return 'problems' in parsed
    ? { required: [], problems: parsed.problems }
    : { required: parsed.value.required, problems: [] };
}
