/** A scenario without its stories: what the first screen needs, while the stories wait to be fetched. */
import type { Scenario, ScenarioInfo } from './types.ts';

export function scenarioInfo(scenario: Scenario): ScenarioInfo {
  // Neither the stories nor the trainers' discussion prompts: a trainee's first screen carries neither.
  const { story: _source, discussion: _prompts, translations, ...info } = scenario;
  return {
    ...info,
    translations: Object.fromEntries(
      Object.entries(translations).map(([language, { story, ...text }]) => [language, text]),
    ),
  };
}

/** A scenario's compiled stories by language code ("en" is the source). */
export function storiesOf(scenario: Scenario): Record<string, string> {
  return {
    en: scenario.story,
    ...Object.fromEntries(Object.entries(scenario.translations).map(([l, tr]) => [l, tr.story])),
  };
}
