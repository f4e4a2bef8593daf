/**
 * Painters for the pickable parts of the planning board: routes, time cards and team tokens, each in a given
 * look. They draw in stage coordinates; the caller translates the context to the target's own texture.
 * The short labels are decoration: the HTML layer carries the same words as choice buttons.
 */
import { circle, ellipse, roundRect, roundRectPath, type Ctx } from '../paint.ts';
import { PALETTE as P } from '../palette.ts';
import type { Point, Rect } from './geometry.ts';
import type { RouteSpec, TileSpec, TimeTarget, TokenSpec } from './plan-layout.ts';

/** How a target is drawn: picked already, on offer now, under the pointer. Muting is done with alpha. */
export interface TargetLook {
  chosen: boolean;
  offered: boolean;
  hover: boolean;
}

export const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export function font(size: number, weight = 700): string {
  return `${weight} ${size}px ${FONT_FAMILY}`;
}

const INK = '#33271c';
const CHOSEN_EDGE = '#1c2b4a';
const HIGHLIGHT = '#ffd54f';
const HIGHLIGHT_EDGE = '#94600a';

function strokePath(
  ctx: Ctx,
  points: readonly Point[],
  colour: string,
  width: number,
  dash: number[] = [],
): void {
  ctx.beginPath();
  points.forEach(([x, y], i) => {
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.setLineDash(dash);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke();
  ctx.setLineDash([]);
}

/** A green disc with a white tick: this part of the plan is decided. */
export function checkBadge(ctx: Ctx, x: number, y: number, r: number): void {
  circle(ctx, x, y, r + 2, '#ffffff');
  circle(ctx, x, y, r, '#2e7d4f');
  ctx.beginPath();
  ctx.moveTo(x - r * 0.48, y + r * 0.02);
  ctx.lineTo(x - r * 0.12, y + r * 0.4);
  ctx.lineTo(x + r * 0.5, y - r * 0.36);
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = Math.max(2, r * 0.3);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke();
}

function strokeBox(ctx: Ctx, r: Rect, radius: number, colour: string, width: number): void {
  roundRectPath(ctx, r.x, r.y, r.w, r.h, radius);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.stroke();
}

function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, w: r.w + by * 2, h: r.h + by * 2 };
}

// ---------------------------------------------------------------------------------------------------------------
// Routes

export function paintRoute(ctx: Ctx, route: RouteSpec, look: TargetLook): void {
  const width = look.chosen ? 9 : look.hover ? 7.5 : look.offered ? 6 : 5;
  strokePath(ctx, route.path, look.hover ? '#ffffff' : 'rgba(255,251,240,0.92)', width + 6);
  if (look.chosen) {
    strokePath(ctx, route.path, route.colour, width);
    if (route.dash.length > 0) strokePath(ctx, route.path, 'rgba(255,255,255,0.55)', 2.5, route.dash);
  } else {
    strokePath(ctx, route.path, route.colour, width, route.dash);
  }
  const start = route.path[0];
  const end = route.path[route.path.length - 1];
  if (start) circle(ctx, start[0], start[1], width / 2 + 2, route.colour);
  if (end) {
    circle(ctx, end[0], end[1], width / 2 + 5, route.colour);
    circle(ctx, end[0], end[1], width / 2 + 1.5, '#fffaf0');
  }
  paintChip(ctx, route, look);
}

function paintChip(ctx: Ctx, route: RouteSpec, look: TargetLook): void {
  const c = route.chip;
  roundRectPath(ctx, c.x, c.y, c.w, c.h, c.h / 2);
  ctx.fillStyle = look.chosen ? route.colour : look.hover ? '#ffffff' : '#fffaf0';
  ctx.fill();
  ctx.strokeStyle = look.chosen ? CHOSEN_EDGE : route.colour;
  ctx.lineWidth = look.chosen || look.hover ? 3 : 1.75;
  ctx.stroke();
  ctx.font = font(13.5);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = look.chosen ? '#ffffff' : route.colour;
  ctx.fillText(route.label, c.x + c.w / 2 + (look.chosen ? 7 : 0), c.y + c.h / 2 + 1);
  if (look.chosen) checkBadge(ctx, c.x + 3, c.y + c.h / 2, 10);
}

/** The highlight band behind a route on offer: a bright line with a darker edge, and a ring round its label. */
export function paintRouteOutline(ctx: Ctx, route: RouteSpec): void {
  strokePath(ctx, route.path, HIGHLIGHT_EDGE, 25);
  strokePath(ctx, route.path, HIGHLIGHT, 21);
  const ring = grow(route.chip, 5);
  roundRect(ctx, ring.x - 1.5, ring.y - 1.5, ring.w + 3, ring.h + 3, ring.h / 2 + 1.5, HIGHLIGHT_EDGE);
  roundRect(ctx, ring.x, ring.y, ring.w, ring.h, ring.h / 2, HIGHLIGHT);
}

// ---------------------------------------------------------------------------------------------------------------
// Time cards

interface Sky {
  top: string;
  bottom: string;
  text: string;
}

const SKIES: Record<TimeTarget, Sky> = {
  'time-dawn': { top: '#f4a98a', bottom: '#fde2b2', text: INK },
  'time-morning': { top: '#8fc6ea', bottom: '#e2f2fb', text: INK },
  'time-afternoon': { top: '#efb65a', bottom: '#fbe4ae', text: INK },
  'time-night': { top: '#15244a', bottom: '#35497a', text: '#ffffff' },
};

function rays(ctx: Ctx, x: number, y: number, r: number, colour: string, from = 0, to = Math.PI * 2): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.2;
  ctx.lineCap = 'round';
  for (let a = from; a <= to + 1e-6; a += Math.PI / 4) {
    ctx.beginPath();
    ctx.moveTo(x + Math.cos(a) * (r + 4), y + Math.sin(a) * (r + 4));
    ctx.lineTo(x + Math.cos(a) * (r + 9), y + Math.sin(a) * (r + 9));
    ctx.stroke();
  }
}

function timeIcon(ctx: Ctx, target: TimeTarget, r: Rect): void {
  const right = r.x + r.w;
  const bottom = r.y + r.h;
  switch (target) {
    case 'time-dawn': {
      const sx = right - 38;
      const horizon = bottom - 16;
      ctx.save();
      ctx.beginPath();
      ctx.rect(r.x, r.y, r.w, horizon - r.y);
      ctx.clip();
      rays(ctx, sx, horizon, 13, '#e8793f', Math.PI, Math.PI * 2);
      circle(ctx, sx, horizon, 13, '#f08a4b');
      ctx.restore();
      ellipse(ctx, right - 30, bottom + 4, 60, 20, '#c98a6a');
      break;
    }
    case 'time-morning': {
      const sx = right - 40;
      const sy = r.y + 26;
      rays(ctx, sx, sy, 12, '#f2b632');
      circle(ctx, sx, sy, 12, '#ffd54a');
      ellipse(ctx, right - 22, r.y + 44, 16, 6, 'rgba(255,255,255,0.9)');
      ellipse(ctx, right - 28, r.y + 40, 9, 6, 'rgba(255,255,255,0.9)');
      break;
    }
    case 'time-afternoon': {
      const sx = right - 24;
      const sy = r.y + 38;
      rays(ctx, sx, sy, 11, '#d9822b');
      circle(ctx, sx, sy, 11, '#f39a2e');
      break;
    }
    case 'time-night': {
      const mx = right - 36;
      const my = r.y + 30;
      circle(ctx, mx, my, 14, '#f4efd0');
      circle(ctx, mx + 7, my - 5, 12, '#203360');
      for (const [x, y, s] of [
        [right - 68, r.y + 16, 1.8],
        [right - 14, r.y + 14, 1.5],
        [right - 18, r.y + 50, 1.6],
        [right - 60, r.y + 48, 1.2],
      ] as const) {
        circle(ctx, x, y, s, '#fff6c8');
      }
      break;
    }
  }
}

export function paintTime(ctx: Ctx, tile: TileSpec, look: TargetLook): void {
  const r = tile.rect;
  const sky = SKIES[tile.target];
  ctx.save();
  roundRectPath(ctx, r.x, r.y, r.w, r.h, 10);
  ctx.clip();
  const g = ctx.createLinearGradient(0, r.y, 0, r.y + r.h);
  g.addColorStop(0, sky.top);
  g.addColorStop(1, sky.bottom);
  ctx.fillStyle = g;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  timeIcon(ctx, tile.target, r);
  if (look.hover) {
    ctx.fillStyle = 'rgba(255,255,255,0.16)';
    ctx.fillRect(r.x, r.y, r.w, r.h);
  }
  ctx.restore();
  if (look.chosen) strokeBox(ctx, grow(r, -1.5), 9, CHOSEN_EDGE, 4);
  else if (look.hover) strokeBox(ctx, grow(r, -1.5), 9, '#ffffff', 3);
  else strokeBox(ctx, r, 10, 'rgba(50,35,20,0.35)', 1.5);
  ctx.font = font(15.5);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = sky.text;
  ctx.fillText(tile.label, r.x + 12, r.y + r.h / 2 + 1);
  if (look.chosen) checkBadge(ctx, r.x + r.w - 4, r.y + 4, 10);
}

/** The highlight ring round a card or token on offer. */
export function paintBoxOutline(ctx: Ctx, r: Rect): void {
  strokeBox(ctx, grow(r, 3), 12, HIGHLIGHT_EDGE, 6);
  strokeBox(ctx, grow(r, 3), 12, HIGHLIGHT, 3.5);
}

// ---------------------------------------------------------------------------------------------------------------
// Team tokens

const UN_BLUE = P.unBlue;
const OLIVE = '#6f7453';
const HAIR = '#2a1f19';
const SKINS = ['#8d5a3b', '#c68e63', '#5a3a26', '#b07a52'] as const;

type Hair = 'short' | 'bun' | 'scarf';

interface Figure {
  skin: string;
  clothes: string;
  hair: Hair;
  beret: boolean;
  scarf?: string;
}

/** A small head-and-shoulders figure; `feet` is the bottom of the shoulders. */
function figure(ctx: Ctx, x: number, feet: number, s: number, f: Figure): void {
  const headY = feet - 26 * s;
  const r = 7 * s;
  if (f.hair === 'scarf') {
    const scarf = f.scarf ?? '#b5523b';
    roundRect(ctx, x - 10 * s, feet - 20 * s, 20 * s, 20 * s, 8 * s, f.clothes);
    ellipse(ctx, x, headY + 5 * s, r + 3 * s, r + 6 * s, scarf);
    circle(ctx, x, headY, r + 2.5 * s, scarf);
    ellipse(ctx, x, headY + 1 * s, r - 0.8 * s, r + 0.2 * s, f.skin);
    return;
  }
  roundRect(ctx, x - 10 * s, feet - 20 * s, 20 * s, 20 * s, 8 * s, f.clothes);
  if (f.hair === 'bun') {
    // hair down to the jaw at the sides, gathered in a bun at the back
    circle(ctx, x + 7.2 * s, headY + 2.5 * s, 3.8 * s, HAIR);
    for (const side of [-1, 1]) ellipse(ctx, x + side * r * 0.82, headY + 1.5 * s, 2.8 * s, 5.6 * s, HAIR);
  }
  circle(ctx, x, headY, r, f.skin);
  ctx.beginPath();
  ctx.arc(x, headY, r + 0.6 * s, Math.PI * 1.05, Math.PI * 1.95);
  ctx.closePath();
  ctx.fillStyle = HAIR;
  ctx.fill();
  if (f.beret) {
    ellipse(ctx, x - 1 * s, headY - r + 2.2 * s, r + 2 * s, 4 * s, UN_BLUE);
    ellipse(ctx, x - 2.5 * s, headY - r + 1.2 * s, r - 1 * s, 2.4 * s, '#7aa9ec');
  }
}

function peacekeeper(i: number, hair: Hair): Figure {
  return { skin: SKINS[i % SKINS.length] ?? SKINS[0], clothes: OLIVE, hair, beret: true };
}

function speechBubble(ctx: Ctx, x: number, y: number, w: number, fill: string): void {
  const h = w * 0.62;
  roundRect(ctx, x, y, w, h, h / 2.4, fill);
  ctx.beginPath();
  ctx.moveTo(x + w * 0.25, y + h - 1);
  ctx.lineTo(x + w * 0.16, y + h + 5);
  ctx.lineTo(x + w * 0.45, y + h - 1);
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
  for (const k of [0.3, 0.5, 0.7]) circle(ctx, x + w * k, y + h / 2, 1.5, '#ffffff');
}

function teamIcon(ctx: Ctx, token: TokenSpec, area: Rect): void {
  const cx = area.x + area.w / 2;
  const feet = area.y + area.h;
  const row = (hair: Hair[]): void => {
    hair.forEach((h, i) => {
      figure(ctx, cx + (i - (hair.length - 1) / 2) * 19, feet, 0.95, peacekeeper(i, h));
    });
  };
  switch (token.target) {
    case 'team-all-male':
      row(['short', 'short', 'short', 'short']);
      break;
    case 'team-mixed':
      row(['short', 'bun', 'short', 'bun']);
      break;
    case 'team-engagement':
      row(['bun', 'bun', 'short', 'bun']);
      speechBubble(ctx, area.x + 6, area.y + 1, 22, '#3f7f6a');
      break;
    case 'assistant-woman':
      figure(ctx, cx - 6, feet, 1.15, { skin: '#6b4226', clothes: '#2f6f8f', hair: 'scarf', beret: false });
      speechBubble(ctx, cx + 8, area.y + 2, 24, '#3f7f6a');
      break;
    case 'assistant-man':
      figure(ctx, cx - 6, feet, 1.15, { skin: '#4a2e1e', clothes: '#3d5a80', hair: 'short', beret: false });
      speechBubble(ctx, cx + 8, area.y + 2, 24, '#3f7f6a');
      break;
    case 'assistant-none': {
      // an empty place in the team: a dashed outline where a person would stand
      const s = 1.15;
      ctx.setLineDash([3, 3]);
      ctx.strokeStyle = 'rgba(60,45,30,0.65)';
      ctx.lineWidth = 1.6;
      ctx.beginPath();
      ctx.moveTo(cx - 12 * s, feet);
      ctx.bezierCurveTo(cx - 12 * s, feet - 20 * s, cx + 12 * s, feet - 20 * s, cx + 12 * s, feet);
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(cx, feet - 25 * s, 6 * s, 0, Math.PI * 2);
      ctx.stroke();
      ctx.setLineDash([]);
      break;
    }
  }
}

export function paintToken(ctx: Ctx, token: TokenSpec, look: TargetLook): void {
  const r = token.rect;
  roundRect(ctx, r.x, r.y, r.w, r.h, 9, look.chosen ? '#dce8f6' : look.hover ? '#fffdf7' : '#f6efdc');
  if (look.chosen) strokeBox(ctx, grow(r, -1.5), 8, CHOSEN_EDGE, 4);
  else if (look.hover) strokeBox(ctx, grow(r, -1), 8.5, '#2f4f86', 2.5);
  else strokeBox(ctx, r, 9, 'rgba(60,45,25,0.38)', 1.5);
  const lineHeight = 13;
  const captionTop = r.y + r.h - 6 - token.caption.length * lineHeight;
  teamIcon(ctx, token, { x: r.x + 4, y: r.y + 6, w: r.w - 8, h: captionTop - r.y - 8 });
  ctx.font = font(12);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  token.caption.forEach((line, i) => {
    ctx.fillText(line, r.x + r.w / 2, captionTop + i * lineHeight);
  });
  if (look.chosen) checkBadge(ctx, r.x + r.w - 4, r.y + 4, 10);
}
