/**
 * Compiled scenario content, as the build emits it and the engine reads it.
 * Plain data only: it is validated at build time (tools/content) and trusted at run time.
 */
import type { Level } from '../tags/vocabulary';

export type Basis = 'MUST' | 'SHOULD' | 'EVIDENCE' | 'ANALOGY';

export interface SeedCitation {
  kind: 'seed';
  seed: string;
  lines: { from: number; to: number };
  title: string;
  section: string;
  basis: Basis;
  excerpt: string;
}

export interface ExternalCitation {
  kind: 'external';
  item: number;
  authority: string;
  title: string;
  section: string;
  basis: Basis;
  excerpt: string;
}

export type Citation = SeedCitation | ExternalCitation;

export interface LevelDescriptor {
  descriptor: string;
  feedback: string;
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
}

export interface Area {
  id: string;
  title: string;
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

export interface Scenario {
  id: string;
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
  /** Compiled ink JSON (string, BOM stripped). */
  story: string;
  best: BestAchievable;
}
