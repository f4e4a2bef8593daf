/**
 * Discussion prompts for trainers (classroom mode): one to three per decision point, in discussion.yaml (English)
 * and discussion.<lang>.yaml beside the story, keyed by where the decision's choices are written. Every scored
 * decision point of a course scenario must have prompts in English and in every language scenarios/languages.yaml
 * requires, the same number in each; every key must name a decision point of the story.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiscussionPoint, DiscussionPrompt, ScenarioKind } from '../../src/engine/content/types.ts';
import type { Exploration } from '../../src/engine/explore/explore.ts';
import type { ChoiceLine } from './choice-lines.ts';
import type { Problem } from './problem.ts';
import { discussionSchema, parseYaml } from './schema.ts';
import { rankOf } from './tells.ts';

/** The English file; a translation is discussion.<lang>.yaml. */
export const DISCUSSION_FILE = 'discussion.yaml';

const fileFor = (lang: string) => (lang === 'en' ? DISCUSSION_FILE : `discussion.${lang}.yaml`);

/**
 * Where a choice is written, as discussion.yaml names its decision point: the ink path of the choice without its
 * own index and without ink's numeric container indices. "dawn.0.71" → "dawn", "planning.plan_time.0.37" →
 * "planning.plan_time", "base.0.g-1.16" → "base.g-1" (the choices after the knot's second gather).
 */
export function placeOf(where: string): string {
  const parts = where
    .split('.')
    .slice(0, -1)
    .filter((p) => !/^\d+$/.test(p));
  return parts.length === 0 ? 'top' : parts.join('.');
}

/** A decision point as an author sees it: one place in the story where choices are offered. */
export interface Place {
  at: string;
  /** Every choice offered there, on any path, component or seed (offers can differ with the story's state). */
  choices: string[];
  /** Some offer there is scored: two or more choices with evidence whose ranks differ (as the tells count). */
  scored: boolean;
  /** Its first choice, to find the line where it is written. */
  first: { where: string; text: string };
}

export function decisionPlaces(x: Exploration): Place[] {
  const places = new Map<string, Place>();
  for (const point of x.points) {
    const ranks = point.choices
      .map((where) => {
        const info = x.choices.get(where);
        return info ? rankOf(info) : null;
      })
      .filter((r): r is number => r !== null);
    const scored = ranks.length >= 2 && new Set(ranks).size >= 2;
    for (const where of point.choices) {
      const at = placeOf(where);
      let place = places.get(at);
      if (!place) {
        place = { at, choices: [], scored: false, first: { where, text: x.choices.get(where)?.text ?? '' } };
        places.set(at, place);
      }
      if (!place.choices.includes(where)) place.choices.push(where);
      if (scored) place.scored = true;
    }
  }
  return [...places.values()];
}

export interface DiscussionCoverage {
  /** Scored decision points of the story. */
  scored: number;
  /** Scored decision points with prompts, by language. */
  prompted: Record<string, number>;
  /** Prompts written (at any decision point), by language. */
  prompts: Record<string, number>;
  /** The languages prompts are required in: English and those scenarios/languages.yaml requires. */
  languages: string[];
}

interface Loaded {
  file: string;
  prompts: Record<string, DiscussionPrompt[]>;
  lineOf: (path: (string | number)[]) => number | undefined;
}

export function loadDiscussion(options: {
  dir: string;
  kind: ScenarioKind;
  exploration: Exploration;
  /** Translations every scenario must have (scenarios/languages.yaml). */
  required: readonly string[];
  rel: (p: string) => string;
  /** Where a choice of the English story is written. */
  locate: (where: string, text: string) => ChoiceLine | undefined;
  storyFile: string;
}): {
  discussion: DiscussionPoint[] | undefined;
  coverage: DiscussionCoverage;
  problems: Problem[];
  files: string[];
} {
  const { dir, kind, exploration, required, rel, locate, storyFile } = options;
  const problems: Problem[] = [];
  const files: string[] = [];
  const found = readdirSync(dir)
    .map((f) => (f === DISCUSSION_FILE ? 'en' : /^discussion\.([a-z]{2})\.yaml$/.exec(f)?.[1]))
    .filter((l): l is string => l !== undefined);
  const languages = [...new Set(['en', ...required])];
  const loaded = new Map<string, Loaded>();
  for (const lang of [...new Set([...languages, ...found])]) {
    const path = join(dir, fileFor(lang));
    if (!existsSync(path)) continue;
    files.push(path);
    const file = rel(path);
    const parsed = parseYaml(file, readFileSync(path, 'utf8'), discussionSchema);
    if ('problems' in parsed) problems.push(...parsed.problems);
    else loaded.set(lang, { file, prompts: parsed.value, lineOf: parsed.lineOf });
  }

  const places = decisionPlaces(exploration);
  const byAt = new Map(places.map((p) => [p.at, p]));
  for (const [lang, { file, prompts, lineOf }] of loaded) {
    for (const at of Object.keys(prompts)) {
      if (byAt.has(at)) continue;
      const knot = at.split('.')[0] ?? at;
      const near = places.filter((p) => p.at.split('.')[0] === knot).map((p) => `"${p.at}"`);
      problems.push({
        file,
        line: lineOf([at]),
        message:
          `${lang}: there is no decision point "${at}" in the story (name it by where its choices are written: ` +
          `knot, knot.stitch, or knot.g-0 for the choices after a knot's first gather)` +
          (near.length > 0 ? `; decision points in "${knot}": ${near.join(', ')}` : ''),
      });
    }
  }

  const english = loaded.get('en');
  for (const place of places) {
    const has = [...loaded].filter(([, l]) => place.at in l.prompts).map(([lang]) => lang);
    if (kind === 'course' && place.scored) {
      if (has.length === 0) {
        const at = locate(place.first.where, place.first.text);
        problems.push({
          file: at?.file ?? storyFile,
          line: at?.line,
          message:
            `scored decision point "${place.at}" has no discussion prompt for trainers: add "${place.at}:" to ` +
            languages.map(fileFor).join(' and '),
        });
        continue;
      }
      for (const lang of languages.filter((l) => !has.includes(l))) {
        const other = loaded.get(lang === 'en' ? (has[0] ?? '') : 'en') ?? loaded.get(has[0] ?? '');
        problems.push({
          file: other?.file ?? storyFile,
          line: other?.lineOf([place.at]),
          message: `decision point "${place.at}" has discussion prompts in ${has.join(', ')} but not in ${lang} (${fileFor(lang)})`,
        });
      }
    }
    const count = english?.prompts[place.at]?.length;
    if (count === undefined) continue;
    for (const [lang, l] of loaded) {
      const n = l.prompts[place.at]?.length;
      if (lang === 'en' || n === undefined || n === count) continue;
      problems.push({
        file: l.file,
        line: l.lineOf([place.at]),
        message: `decision point "${place.at}" has ${n} prompt(s) in ${lang}; English has ${count} (translate each, no more, no fewer)`,
      });
    }
  }

  const discussion: DiscussionPoint[] = [];
  for (const place of places) {
    if (!english || !(place.at in english.prompts)) continue;
    const prompts: Record<string, DiscussionPrompt[]> = {};
    for (const [lang, l] of loaded) {
      const p = l.prompts[place.at];
      if (p) prompts[lang] = p;
    }
    discussion.push({ at: place.at, choices: place.choices, prompts });
  }

  const scored = places.filter((p) => p.scored);
  const coverage: DiscussionCoverage = { scored: scored.length, prompted: {}, prompts: {}, languages };
  for (const lang of new Set([...languages, ...loaded.keys()])) {
    const l = loaded.get(lang);
    coverage.prompted[lang] = l ? scored.filter((p) => p.at in l.prompts).length : 0;
    coverage.prompts[lang] = l
      ? Object.entries(l.prompts)
          .filter(([at]) => byAt.has(at))
          .reduce((sum, [, p]) => sum + p.length, 0)
      : 0;
  }
  return { discussion: discussion.length > 0 ? discussion : undefined, coverage, problems, files };
}
