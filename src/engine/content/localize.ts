/**
 * Content in the trainee's language, falling back to the source (English) where a translation is missing.
 */
import type { Criterion, CriterionText, Ending, Scenario, ScenarioInfo } from './types.ts';

/** A translation by language code, never something inherited ("constructor" is not a language). */
const own = <T>(byLanguage: Record<string, T>, language: string): T | undefined =>
  Object.hasOwn(byLanguage, language) ? byLanguage[language] : undefined;

export function storyFor(scenario: Scenario, language: string): string {
  return own(scenario.translations, language)?.story ?? scenario.story;
}

export function scenarioText(scenario: ScenarioInfo, language: string) {
  const tr = own(scenario.translations, language);
  return {
    title: tr?.title ?? scenario.title,
    summary: tr?.summary ?? scenario.summary,
    role: tr?.role ?? scenario.role,
    contentNote: tr?.contentNote ?? scenario.contentNote,
    support: tr?.support ?? scenario.support,
    castName: (id: string): string => tr?.cast[id] ?? scenario.cast[id]?.name ?? id,
    ending: (id: string): Ending | undefined => tr?.endings[id] ?? scenario.endings[id],
  };
}

export function criterionText(criterion: Criterion, language: string): CriterionText {
  return (
    own(criterion.translations, language) ?? {
      title: criterion.title,
      statement: criterion.statement,
      why: criterion.why,
      levels: criterion.levels,
      citations: criterion.citations.map((c) => ({ title: c.title, section: c.section })),
    }
  );
}
