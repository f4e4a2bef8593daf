/**
 * Where everything sits on the patrol-planning board, in stage coordinates. The backdrop painter draws the fixed
 * parts (the board, the terrain, the places, the panel titles) from these numbers, and the planning view draws
 * the pickable targets (routes, times, team) over them, so the two always line up.
 */
import type { MapTarget } from '../../../../engine/tags/vocabulary.ts';
import { smoothPath, type Point, type Rect } from './geometry.ts';

/** The board's wooden frame, and inside it the map on the left and the panel column on the right. */
export const BOARD: Rect = { x: 8, y: 6, w: 944, h: 398 };
export const MAP: Rect = { x: 18, y: 16, w: 590, h: 378 };
export const SIDE: Rect = { x: 620, y: 16, w: 322, h: 378 };
export const TIME_PANEL: Rect = { x: 620, y: 16, w: 322, h: 164 };
export const TEAM_PANEL: Rect = { x: 620, y: 188, w: 322, h: 206 };
/** Baselines of the small panel titles. */
export const TITLES = {
  time: { x: 632, y: 31, text: 'TIME' },
  team: { x: 632, y: 203, text: 'TEAM' },
  assistant: { x: 632, y: 306, text: 'LANGUAGE ASSISTANT' },
} as const;

/** A point given relative to the map's top-left corner, in stage coordinates. */
function m(x: number, y: number): Point {
  return [MAP.x + x, MAP.y + y];
}

/** The places on the map, with their short canvas labels. */
export const PLACES = {
  base: { at: m(520, 178), label: m(520, 144), text: 'UN base' },
  idp: { at: m(270, 72), label: m(270, 29), text: 'IDP site' },
  market: { at: m(318, 268), label: m(318, 228), text: 'Market' },
  water: { at: m(176, 316), label: m(176, 292), text: 'Water point' },
  firewood: { at: m(84, 196), label: m(84, 228), text: 'Firewood' },
} as const;
export const IDP_BLOCK: Rect = { x: MAP.x + 190, y: MAP.y + 38, w: 160, h: 70 };
export const BASE_BOX: Rect = { x: MAP.x + 488, y: MAP.y + 156, w: 64, h: 46 };
export const WOODS: Rect = { x: MAP.x + 10, y: MAP.y + 146, w: 150, h: 104 };
export const VILLAGE_AT: Point = m(90, 64);
export const COMPASS_AT: Point = m(556, 36);

/** The river along the south of the map, and the main road as terrain (the route overlays part of it). */
export const RIVER: Point[] = smoothPath([
  m(-12, 296),
  m(80, 338),
  m(180, 348),
  m(300, 352),
  m(420, 354),
  m(520, 342),
  m(604, 318),
]);
export const MAIN_ROAD_WEST: Point[] = smoothPath([m(-12, 126), m(120, 122), m(250, 120), m(330, 114)]);
export const MAIN_ROAD_EAST: Point[] = smoothPath([m(552, 188), m(604, 192)]);

export type RouteTarget = Extract<MapTarget, `route-${string}`>;
export type TimeTarget = Extract<MapTarget, `time-${string}`>;
export type TeamTarget = Extract<MapTarget, `team-${string}` | `assistant-${string}`>;
export type PlanGroup = 'route' | 'time' | 'team' | 'assistant';

export function groupOf(target: MapTarget): PlanGroup {
  if (target.startsWith('route-')) return 'route';
  if (target.startsWith('time-')) return 'time';
  if (target.startsWith('team-')) return 'team';
  return 'assistant';
}

export interface RouteSpec {
  target: RouteTarget;
  label: string;
  colour: string;
  /** Canvas dash pattern: the routes differ in line style as well as colour. */
  dash: number[];
  path: Point[];
  chip: Rect;
}

function chip(cx: number, cy: number, w: number): Rect {
  return { x: MAP.x + cx - w / 2, y: MAP.y + cy - 13, w, h: 26 };
}

export const ROUTES: readonly RouteSpec[] = [
  {
    target: 'route-main-road',
    label: 'Main road',
    colour: '#2f4f86',
    dash: [],
    path: smoothPath([m(488, 186), m(440, 168), m(398, 138), m(362, 116), m(330, 110)]),
    chip: chip(420, 152, 104),
  },
  {
    target: 'route-river-path',
    label: 'River path',
    colour: '#12707f',
    dash: [16, 8],
    path: smoothPath([
      m(530, 202),
      m(536, 250),
      m(518, 296),
      m(470, 318),
      m(400, 326),
      m(320, 322),
      m(250, 318),
      m(194, 316),
    ]),
    chip: chip(380, 326, 100),
  },
  {
    target: 'route-firewood-trail',
    label: 'Firewood trail',
    colour: '#8a4a1c',
    dash: [1, 9],
    path: smoothPath([
      m(488, 196),
      m(430, 204),
      m(360, 196),
      m(290, 180),
      m(220, 178),
      m(160, 190),
      m(102, 196),
    ]),
    chip: chip(232, 179, 122),
  },
  {
    target: 'route-market-lane',
    label: 'Market lane',
    colour: '#8c2f6b',
    dash: [14, 6, 3, 6],
    path: smoothPath([m(492, 202), m(456, 234), m(400, 258), m(350, 266)]),
    chip: chip(420, 250, 108),
  },
];

export interface TileSpec {
  target: TimeTarget;
  label: string;
  rect: Rect;
}

const TILE_W = 147;
const TILE_H = 64;
const TILE_X = [630, 785] as const;
const TILE_Y = [40, 110] as const;

/** The time panel: four cards in the order of the day, dawn to night. */
export const TIMES: readonly TileSpec[] = [
  { target: 'time-dawn', label: 'Dawn', rect: { x: TILE_X[0], y: TILE_Y[0], w: TILE_W, h: TILE_H } },
  { target: 'time-morning', label: 'Morning', rect: { x: TILE_X[1], y: TILE_Y[0], w: TILE_W, h: TILE_H } },
  {
    target: 'time-afternoon',
    label: 'Afternoon',
    rect: { x: TILE_X[0], y: TILE_Y[1], w: TILE_W, h: TILE_H },
  },
  { target: 'time-night', label: 'Night', rect: { x: TILE_X[1], y: TILE_Y[1], w: TILE_W, h: TILE_H } },
];

export interface TokenSpec {
  target: TeamTarget;
  caption: string[];
  rect: Rect;
}

const TOKEN_W = 98;
const TOKEN_X = [626, 732, 838] as const;
const TEAM_ROW = { y: 212, h: 78 };
const ASSISTANT_ROW = { y: 314, h: 74 };

function token(
  target: TeamTarget,
  caption: string[],
  column: 0 | 1 | 2,
  row: { y: number; h: number },
): TokenSpec {
  return { target, caption, rect: { x: TOKEN_X[column], y: row.y, w: TOKEN_W, h: row.h } };
}

/** The team panel: who goes on patrol, and which language assistant goes with them. */
export const TEAM: readonly TokenSpec[] = [
  token('team-all-male', ['All-male', 'section'], 0, TEAM_ROW),
  token('team-mixed', ['Mixed', 'team'], 1, TEAM_ROW),
  token('team-engagement', ['Engagement', 'team'], 2, TEAM_ROW),
  token('assistant-woman', ['Woman'], 0, ASSISTANT_ROW),
  token('assistant-man', ['Man'], 1, ASSISTANT_ROW),
  token('assistant-none', ['None'], 2, ASSISTANT_ROW),
];
