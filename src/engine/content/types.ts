/**
 * Compiled scenario content, as the build emits it and the engine reads it.
 * Plain data only: it is validated at build time (tools/content) and trusted at run time.
 */
import type { Level } from '../tags/vocabulary.ts';

export type Basis = 'MUST' | 'SHOULD' | 'EVIDENCE' | 'ANALOGY';

/** The excerpt is the source's own words, or a paraphrase (never shown as a quotation). */
export type Quote = 'verbatim' | 'paraphrase';

export interface SeedCitation {
  kind: 'seed';
  seed: string;
  lines: { from: number; to: number };
  title: string;
  section: string;
  basis: Basis;
  quote: Quote;
  excerpt: string;
}

export interface ExternalCitation {
  kind: 'external';
  item: number;
  authority: string;
  title: string;
  section: string;
  basis: Basis;
  quote: Quote;
  excerpt: string;
}

export type Citation = SeedCitation | ExternalCitation;

export interface LevelDescriptor {
  descriptor: string;
  feedback: string;
}

/** A criterion's words in another language; citations keep their English excerpts. */
export interface CriterionText {
  title: string;
  statement: string;
  why: string;
  levels: [LevelDescriptor, LevelDescriptor, LevelDescriptor, LevelDescriptor];
  /** Same order as the criterion's citations. */
  citations: { title: string; section: string }[];
}

export interface Criterion {
  id: string;
  area: string;
  title: string;
  statement: string;
  why: string;
  critical: boolean;
  /** Index is the level: 0 harmful … 3 exemplary. */
  levels: [LevelDescriptor, LevelDescriptor, LevelDescriptor, LevelDescriptor];
  citations: Citation[];
  /** By language code (the source language, English, is the fields above). */
  translations: Record<string, CriterionText>;
}

export interface Area {
  id: string;
  title: string;
  translations: Record<string, string>;
}

export interface Catalogue {
  areas: Area[];
  criteria: Criterion[];
}

/** How a person is drawn. Colours are CSS hex strings. */
export interface Look {
  skin: string;
  clothing: string;
  /** Headscarf or hat colour, when the person wears one. */
  headwear?: string;
  /** Drawn in UN uniform with a blue beret. */
  uniform?: boolean;
  /** Drawn smaller. */
  child?: boolean;
}

export interface CastMember {
  name: string;
  look?: Look;
}

export interface Ending {
  title: string;
  summary: string;
}

export interface RubricEntry {
  id: string;
  weight: number;
}

export interface Rubric {
  passMark: number;
  criteria: RubricEntry[];
}

/** Best level any complete path reaches, per criterion (null: no path evidences it). */
export type BestAchievable = Record<string, Level | null>;

/** A scenario's words in another language; its story has the same structure, only its text differs. */
export interface ScenarioTextInfo {
  title: string;
  summary: string;
  role: string;
  contentNote: string;
  support: string;
  /** Cast id → name. */
  cast: Record<string, string>;
  endings: Record<string, Ending>;
}

/** A translation with its story. */
export interface ScenarioText extends ScenarioTextInfo {
  /** Compiled ink JSON of the translated story. */
  story: string;
}

/** A core-course scenario, or a snap situation: a two-to-three-minute refresher played in a mission. */
export type ScenarioKind = 'course' | 'snap';

/**
 * What is known of a scenario without its stories: enough to list, brief, score and export it. The browser has
 * these from the start; a scenario's stories are fetched when it is first played (see Scenario).
 */
export interface ScenarioInfo {
  id: string;
  kind: ScenarioKind;
  version: string;
  title: string;
  summary: string;
  role: string;
  minutes: number;
  contentNote: string;
  support: string;
  cast: Record<string, CastMember>;
  endings: Record<string, Ending>;
  rubric: Rubric;
  best: BestAchievable;
  /** By language code. */
  translations: Record<string, ScenarioTextInfo>;
}

/** A question for a trainer to put to the room at a decision point, and what to listen for in the answers. */
export interface DiscussionPrompt {
  ask: string;
  listenFor: string;
}

/**
 * The discussion prompts of one decision point, for a trainer leading a group (classroom mode). Authored in
 * scenarios/<id>/discussion.yaml and discussion.<lang>.yaml; read by the trainer, never shown to the room.
 */
export interface DiscussionPoint {
  /** Where the decision's choices are written, as discussion.yaml names it: knot, knot.stitch, knot.g-0 … */
  at: string;
  /**
   * Every choice that can be offered at this point, as StoryChoice.where and Decision.where give it. The point
   * of the choices on offer is the one whose `choices` include any of their `where`.
   */
  choices: string[];
  /** One to three prompts by language code ("en" is the source), the same number in every language. */
  prompts: Record<string, DiscussionPrompt[]>;
}

/** A playable scenario: its information with its compiled stories, in every language it has. */
export interface Scenario extends ScenarioInfo {
  /** Compiled ink JSON (string, BOM stripped). */
  story: string;
  translations: Record<string, ScenarioText>;
  /**
   * Discussion prompts per decision point, in story order (absent when the scenario has none; every course
   * scenario has them). The build gives them here; the browser's first screen never carries them: the content
   * module serves them on demand as loadDiscussion(id).
   */
  discussion?: DiscussionPoint[];
}
