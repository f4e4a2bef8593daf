/**
 * A scenario's translations: scenario.<lang>.yaml and story.<lang>.ink beside the English files. The translated
 * story must have exactly the English story's structure (only its text differs), and every cast member and
 * ending must be translated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioText } from '../../src/engine/content/types.ts';
import { compileInk } from './compile-ink.ts';
import type { Problem } from './problem.ts';
import { parseYaml, scenarioTranslationSchema } from './schema.ts';
import { firstDifference, skeleton, textNear } from './translation.ts';

export function loadScenarioTranslations(
  dir: string,
  english: {
    story: string;
    storyFile: string;
    cast: Record<string, unknown>;
    endings: Record<string, unknown>;
  },
  required: readonly string[],
  rel: (p: string) => string,
): { translations: Record<string, ScenarioText>; problems: Problem[]; files: string[] } {
  const problems: Problem[] = [];
  const files: string[] = [];
  const translations: Record<string, ScenarioText> = {};
  const languages = new Set(
    readdirSync(dir)
      .map((f) => /^scenario\.([a-z]{2})\.yaml$/.exec(f)?.[1])
      .filter((l): l is string => l !== undefined),
  );
  for (const lang of required) {
    if (!languages.has(lang)) {
      problems.push({
        file: rel(join(dir, 'scenario.yaml')),
        message: `no ${lang} translation (scenario.${lang}.yaml)`,
      });
    }
  }
  for (const lang of languages) {
    const yamlPath = join(dir, `scenario.${lang}.yaml`);
    const yamlFile = rel(yamlPath);
    files.push(yamlPath);
    const parsed = parseYaml(yamlFile, readFileSync(yamlPath, 'utf8'), scenarioTranslationSchema);
    if ('problems' in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    const text = parsed.value;
    for (const [what, en, tr] of [
      ['cast member', english.cast, text.cast],
      ['ending', english.endings, text.endings],
    ] as const) {
      for (const id of Object.keys(en)) {
        if (!(id in tr)) problems.push({ file: yamlFile, message: `${what} "${id}" is not translated` });
      }
      for (const id of Object.keys(tr)) {
        if (!(id in en))
          problems.push({
            file: yamlFile,
            line: parsed.lineOf([`${what === 'ending' ? 'endings' : 'cast'}`, id]),
            message: `there is no ${what} "${id}" in English`,
          });
      }
    }
    const storyPath = join(dir, english.storyFile.replace(/\.ink$/, `.${lang}.ink`));
    if (!existsSync(storyPath)) {
      problems.push({ file: rel(storyPath), message: `the ${lang} story is missing` });
      continue;
    }
    const ink = compileInk(storyPath, rel);
    files.push(...ink.files.map((f) => f.path));
    problems.push(...ink.problems);
    if (!ink.json) continue;
    const difference = firstDifference(skeleton(english.story), skeleton(ink.json));
    if (difference) {
      problems.push({
        file: rel(storyPath),
        message:
          `the translation's structure differs from the English story (a line, choice, tag or logic added, ` +
          `removed or changed) near: ${textNear(ink.json, difference)} — English there: ${textNear(english.story, difference)}`,
      });
      continue;
    }
    translations[lang] = { ...text, story: ink.json };
  }
  return { translations, problems, files };
}
