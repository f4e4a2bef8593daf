/** The closed vocabulary that ink tags may use. The checker refuses anything else. */

export const SETTINGS = [
  'village',
  'water-point',
  'health-post',
  'base',
  'checkpoint',
  'patrol-map',
] as const;
export type Setting = (typeof SETTINGS)[number];

export const EXPRESSIONS = [
  'neutral',
  'calm',
  'wary',
  'afraid',
  'sad',
  'angry',
  'relieved',
  'hopeful',
  'gone',
] as const;
export type Expression = (typeof EXPRESSIONS)[number];

/** Performance levels: 0 harmful, 1 developing, 2 competent, 3 exemplary. */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/**
 * A level, or a mean of levels, below this is weak: harmful (0) or developing (1). The one threshold for the
 * trainer's share of weak attempts and weak criteria, and for the refresher's extra snap.
 */
export const WEAK_BELOW = 1.5;

export const isWeak = (level: number): boolean => level < WEAK_BELOW;

/**
 * Elements of the patrol-planning map. A choice tagged `# map: <target>` can also be picked on the drawn map,
 * and once chosen it stays drawn there (the planned route, the time, the team).
 */
export const MAP_TARGETS = [
  'route-main-road',
  'route-river-path',
  'route-firewood-trail',
  'route-market-lane',
  'time-dawn',
  'time-morning',
  'time-afternoon',
  'time-night',
  'team-all-male',
  'team-mixed',
  'team-engagement',
  'assistant-woman',
  'assistant-man',
  'assistant-none',
] as const;
export type MapTarget = (typeof MAP_TARGETS)[number];

export const TAG_KEYS = ['scene', 'speaker', 'person', 'evidence', 'critical', 'ending', 'map'] as const;
export type TagKey = (typeof TAG_KEYS)[number];
