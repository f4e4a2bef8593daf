/**
 * Tells: what a trainee who knows nothing of the guidance could read off the surface of the choices. For each
 * language of a scenario the checker measures, at every scored decision point, whether the best choice is also
 * the longest text and how much longer the longest choice is than the shortest; and it plays naive strategies
 * (always the longest, the shortest, the first, the last, the most procedural- or caring-sounding choice) through
 * the real runner and scoring, for every component and seed the story is walked with. A score that only judgement
 * earns must survive all of them.
 */
import type { Rubric, BestAchievable } from '../../src/engine/content/types.ts';
import type { DecisionPoint, Exploration } from '../../src/engine/explore/explore.ts';
import { createRunner } from '../../src/engine/ink/runner.ts';
import type { StoryChoice, StoryGlobals } from '../../src/engine/ink/runner.ts';
import { score } from '../../src/engine/scoring/score.ts';
import { decisionOf } from '../../src/engine/scoring/decision.ts';

/** The rules, written down in docs/authoring.md ("Choices without tells"). */
export const TELL_LIMITS = {
  /** Share of scored decision points whose single best choice is also the longest text (chance ≈ 1 / choices). */
  bestIsLongestShare: 0.4,
  /** A naive strategy scores at most this percent of the best achievable, and never passes. */
  naivePercent: 60,
  /** Longest choice text over shortest at one decision point: a warning above this… */
  lengthRatioWarning: 2,
  /** …and an error above this. */
  lengthRatioError: 3,
};

export const STRATEGIES = ['longest', 'shortest', 'first', 'last', 'procedural', 'caring'] as const;
export type Strategy = (typeof STRATEGIES)[number];
/** The strategies that go by the words a choice uses. */
export type Sound = Extract<Strategy, 'procedural' | 'caring'>;

const words = (lines: string[]) => lines.join('|').split('|');

/**
 * What makes a choice sound careful or by the book, or kind, whatever it does: the words a trainee who knows
 * nothing of the guidance would bet on. Procedural: reporting, recording, consent, privacy, calm, asking, the chain
 * of command. Caring: help, support, comfort, her choice, taking time. Held to the same limits as the other
 * strategies; a language without a list has no such strategy.
 */
export const SOUND_WORDS: Readonly<Record<Sound, Readonly<Record<string, readonly string[]>>>> = {
  procedural: {
    en: words([
      'report|reports|reported|reporting|log|logs|record|records|refer|referral|consent|confidential',
      'confidentially|private|privately|in private|discreet|discreetly|calm|calmly|quiet|quietly|gently',
      'politely|respect|respectfully|ask|asks|explain|explains|listen|listens|chain of command|your chain',
      'commander|conduct and discipline|focal point|procedure|protocol|guidance|safe|safely|safety',
    ]),
    fr: words([
      'signaler|signalez|signale|signalement|rapport|consigner|consignez|consigne|registre|orienter',
      'orientation|consentement|confidentiel|confidentielle|en privé|discret|discrète|discrètement|calme',
      'calmement|doucement|poliment|respect|respecter|demander|demandez|demande|expliquer|expliquez',
      'explique|écouter|écoutez|écoute|chaîne de commandement|votre chaîne|commandant',
      'déontologie et discipline|point focal|procédure|protocole|sécurité',
    ]),
  },
  caring: {
    en: words([
      'help|helps|support|care|comfort|reassure|reassures|kind|kindly|gentle|sorry|thank|thanks|protect',
      'protection|trust|feel|her choice|his choice|their choice|what she wants|what he wants|dignity',
      'stay with|sit with|take your time|no hurry|patient|patiently|believe|warmly',
    ]),
    fr: words([
      'aider|aide|aidez|soutien|soutenir|réconforter|rassurer|rassurez|gentiment|désolé|désolée|merci',
      'protéger|protection|confiance|son choix|leur choix|ce qu’elle veut|ce qu’il veut|dignité',
      'rester avec|prendre le temps|patience|patiemment|croire|chaleureusement',
    ]),
  },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words in any script: a letter on neither side (JavaScript's \b knows only ASCII letters).
const wordsPattern = (list: readonly string[]) =>
  new RegExp(
    `(?<!\\p{L})(?:${[...list]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?!\\p{L})`,
    'giu',
  );
const patterns = new Map(
  Object.entries(SOUND_WORDS).flatMap(([sound, byLanguage]) =>
    Object.entries(byLanguage).map(
      ([language, list]) => [`${sound}:${language}`, wordsPattern(list)] as const,
    ),
  ),
);

/** How procedural or caring a choice sounds: how many of its language's words of that kind it uses. */
export function soundScore(sound: Sound, text: string, language: string): number {
  const pattern = patterns.get(`${sound}:${language}`);
  return pattern ? (text.match(pattern) ?? []).length : 0;
}

const isSound = (s: Strategy): s is Sound => s === 'procedural' || s === 'caring';

/** How long a choice reads: characters of its shown text, spaces collapsed. */
export const textLength = (text: string) => [...text.replace(/\s+/g, ' ').trim()].length;

/** The choice a naive strategy takes: by length or by its kind of words (the first of equals), or by position. */
export function pick(strategy: Strategy, choices: readonly { text: string }[], language = 'en'): number {
  if (strategy === 'first') return 0;
  if (strategy === 'last') return choices.length - 1;
  const measure = isSound(strategy)
    ? (text: string) => soundScore(strategy, text, language)
    : (text: string) => (strategy === 'longest' ? 1 : -1) * textLength(text);
  let at = 0;
  choices.forEach((c, i) => {
    if (measure(c.text) > measure(choices[at]?.text ?? '')) at = i;
  });
  return at;
}

/** A choice's rank: −1 when it breaks a criterion critically, else its weakest evidence level; null: unscored. */
export function rankOf(choice: { evidence: { level: number }[]; critical: string[] }): number | null {
  if (choice.critical.length > 0) return -1;
  if (choice.evidence.length === 0) return null;
  return Math.min(...choice.evidence.map((e) => e.level));
}

export interface PointTells {
  /** Choices offered, in order, by where they sit. */
  choices: { where: string; text: string; rank: number | null }[];
  /** The single best choice is (one of) the longest. */
  bestIsLongest: boolean;
  /** Longest text over shortest. */
  ratio: number;
  /** Where the longest choice sits (to find its line). */
  longest: string;
}

export interface StrategyRun {
  globals: StoryGlobals;
  seed: number;
  percent: number;
  passed: boolean;
}

export interface LanguageTells {
  language: string;
  /** Scored decision points: two or more scored choices whose ranks differ. */
  points: PointTells[];
  bestIsLongest: number;
  strategies: { strategy: Strategy; runs: StrategyRun[] }[];
}

/**
 * Scored decision points of an exploration, with the texts of one language. `textsOf` gives the choice texts of a
 * point (English: as the walk saw them; a translation: by replaying the point's route in the translated story).
 */
export function scoredPoints(
  x: Exploration,
  textsOf: (point: DecisionPoint) => Map<string, string>,
): PointTells[] {
  const out: PointTells[] = [];
  for (const point of x.points) {
    const infos = point.choices.map((where) => x.choices.get(where));
    const ranks = infos.map((i) => (i ? rankOf(i) : null));
    const scored = ranks.filter((r): r is number => r !== null);
    if (scored.length < 2 || new Set(scored).size < 2) continue;
    const texts = textsOf(point);
    const choices = point.choices.map((where, i) => ({
      where,
      text: texts.get(where) ?? x.choices.get(where)?.text ?? '',
      rank: ranks[i] ?? null,
    }));
    const lengths = choices.map((c) => textLength(c.text));
    const maxLength = Math.max(...lengths);
    const top = Math.max(...scored);
    const best = choices.filter((c) => c.rank === top);
    const longestAt = lengths.indexOf(maxLength);
    out.push({
      choices,
      bestIsLongest: best.length === 1 && textLength(best[0]?.text ?? '') === maxLength,
      ratio: maxLength / Math.max(1, Math.min(...lengths)),
      longest: choices[longestAt]?.where ?? '',
    });
  }
  return out;
}

/** Choice texts at a decision point of a story (a translation has the same structure, so the same route). */
export function textsAlongRoute(storyJson: string, point: DecisionPoint): Map<string, string> {
  const runner = createRunner(storyJson, point.route.globals, point.route.seed);
  let step = runner.continue();
  for (const index of point.route.indices) step = runner.choose(index);
  return new Map(step.choices.map((c) => [c.where, c.text]));
}

/** Plays a story to its end with a naive strategy and scores the attempt as the app does. */
export function playStrategy(
  storyJson: string,
  scenario: { rubric: Rubric; best: BestAchievable },
  strategy: Strategy,
  globals: StoryGlobals,
  seed: number,
  language = 'en',
): StrategyRun {
  const runner = createRunner(storyJson, globals, seed);
  const taken: StoryChoice[] = [];
  let step = runner.continue();
  while (!step.ended) {
    const choice = step.choices[pick(strategy, step.choices, language)];
    if (!choice) break;
    taken.push(choice);
    step = runner.choose(choice.index);
  }
  const result = score(
    taken.map((c, i) => decisionOf(c, i + 1, 0)),
    scenario.rubric,
    scenario.best,
  );
  return { globals, seed, percent: result.percent, passed: result.passed };
}

export function languageTells(
  language: string,
  storyJson: string,
  x: Exploration,
  scenario: { rubric: Rubric; best: BestAchievable },
  variants: readonly StoryGlobals[],
  seeds: readonly number[],
  /** Texts of a point in this language; by default, as the English walk saw them. */
  textsOf: (point: DecisionPoint) => Map<string, string> = () => new Map(),
): LanguageTells {
  const points = scoredPoints(x, textsOf);
  return {
    language,
    points,
    bestIsLongest: points.filter((p) => p.bestIsLongest).length,
    strategies: STRATEGIES.filter((s) => !isSound(s) || language in SOUND_WORDS[s]).map((strategy) => ({
      strategy,
      runs: variants.flatMap((globals) =>
        seeds.map((seed) => playStrategy(storyJson, scenario, strategy, globals, seed, language)),
      ),
    })),
  };
}

/** The worst run of a strategy: a pass if any, else the highest percent. */
export function worstRun(runs: readonly StrategyRun[]): StrategyRun | undefined {
  return [...runs].sort((a, b) => Number(b.passed) - Number(a.passed) || b.percent - a.percent)[0];
}

/** What a component and seed mean to an author reading a message. */
const runName = (r: StrategyRun) =>
  [r.globals.component === undefined ? '' : `as ${String(r.globals.component)}`, `seed ${r.seed}`]
    .filter(Boolean)
    .join(', ');

export interface TellFindings {
  problems: { file: string; line?: number; message: string }[];
  warnings: { file: string; line?: number; message: string }[];
}

/** The rules of TELL_LIMITS applied to one scenario's measures, each finding at its file and line. */
export function tellFindings(
  tells: readonly LanguageTells[],
  storyFile: (language: string) => string,
  locate: (language: string, where: string, text: string) => { file: string; line: number } | undefined,
): TellFindings {
  const out: TellFindings = { problems: [], warnings: [] };
  for (const t of tells) {
    const file = storyFile(t.language);
    const at = (p: PointTells) => {
      const longest = p.choices.find((c) => c.where === p.longest);
      const found = locate(t.language, p.longest, longest?.text ?? '');
      return { file: found?.file ?? file, line: found?.line };
    };
    const share = t.points.length === 0 ? 0 : t.bestIsLongest / t.points.length;
    if (share > TELL_LIMITS.bestIsLongestShare) {
      const lines = t.points
        .filter((p) => p.bestIsLongest)
        .map((p) => at(p).line)
        .filter((l): l is number => l !== undefined);
      out.problems.push({
        file,
        message:
          `${t.language}: the best choice is also the longest text at ${t.bestIsLongest} of ${t.points.length} ` +
          `scored decision points (${Math.round(100 * share)}%; at most ${100 * TELL_LIMITS.bestIsLongestShare}%)` +
          (lines.length > 0 ? `, at lines ${[...new Set(lines)].sort((a, b) => a - b).join(', ')}` : ''),
      });
    }
    for (const { strategy, runs } of t.strategies) {
      const worst = worstRun(runs);
      if (!worst || (!worst.passed && worst.percent <= TELL_LIMITS.naivePercent)) continue;
      const name = isSound(strategy) ? `most ${strategy}-sounding` : strategy;
      out.problems.push({
        file,
        message:
          `${t.language}: always taking the ${name} choice ${worst.passed ? 'passes with' : 'scores'} ` +
          `${worst.percent}% of the best achievable (${runName(worst)}); a naive strategy must fail and score ` +
          `at most ${TELL_LIMITS.naivePercent}%`,
      });
    }
    for (const p of t.points) {
      if (p.ratio <= TELL_LIMITS.lengthRatioWarning) continue;
      const shortest = [...p.choices].sort((a, b) => textLength(a.text) - textLength(b.text))[0];
      const finding = {
        ...at(p),
        message:
          `${t.language}: this choice is ${p.ratio.toFixed(1)}× as long as the shortest at its decision point ` +
          `("${shortest?.text ?? ''}"); keep choices within ${TELL_LIMITS.lengthRatioWarning}× (an error beyond ` +
          `${TELL_LIMITS.lengthRatioError}×)`,
      };
      const list = p.ratio > TELL_LIMITS.lengthRatioError ? out.problems : out.warnings;
      // The same choices can be offered in several subsets (conditional choices): report each line once.
      if (!list.some((f) => f.file === finding.file && f.line === finding.line)) list.push(finding);
    }
  }
  return out;
}
