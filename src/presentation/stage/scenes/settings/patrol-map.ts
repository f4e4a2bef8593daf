import { PALETTE as P } from '../palette.ts';
import { circle, ellipse, line, poly, rect, roundRect, seeded, vGradient, type Ctx } from '../paint.ts';
import type { Point, Rect } from '../planning/geometry.ts';
import {
  BASE_BOX,
  BOARD,
  COMPASS_AT,
  IDP_BLOCK,
  MAIN_ROAD_EAST,
  MAIN_ROAD_WEST,
  MAP,
  PLACES,
  RIVER,
  ROUTES,
  SIDE,
  TEAM_PANEL,
  TIME_PANEL,
  TITLES,
  VILLAGE_AT,
  WOODS,
} from '../planning/plan-layout.ts';
import { font } from '../planning/plan-paint.ts';

/**
 * The planning board in a briefing tent: a top-down map on the left, and on the right a time panel and a team
 * panel. This backdrop holds what never changes (terrain, places, panel titles); the routes, time cards and team
 * tokens are drawn over it by the planning view, pickable when a step offers them. The short labels are
 * decoration: the HTML layer names every place and choice.
 */

function polyline(ctx: Ctx, points: readonly Point[], colour: string, width: number): void {
  line(ctx, points.flat(), colour, width);
}

function road(ctx: Ctx, points: readonly Point[], width: number): void {
  polyline(ctx, points, '#b3916a', width + 4);
  polyline(ctx, points, '#fbf6e8', width);
}

/** Tree symbols: small green discs with a darker rim. */
function woods(
  ctx: Ctx,
  random: () => number,
  x: number,
  y: number,
  w: number,
  h: number,
  count: number,
): void {
  ellipse(ctx, x + w / 2, y + h / 2, w / 2 + 10, h / 2 + 8, 'rgba(150,185,110,0.35)');
  for (let i = 0; i < count; i++) {
    const tx = x + random() * w;
    const ty = y + random() * h;
    circle(ctx, tx, ty, 8, '#5f8a4a');
    circle(ctx, tx - 1.5, ty - 1.5, 6, '#83ad62');
  }
}

/** Firewood symbol: a bundle of sticks tied in the middle. */
function firewood(ctx: Ctx, x: number, y: number): void {
  circle(ctx, x, y, 15, '#f7efdc');
  for (const a of [-0.5, 0, 0.5]) {
    line(
      ctx,
      [x - 11 * Math.cos(a), y - 11 * Math.sin(a), x + 11 * Math.cos(a), y + 11 * Math.sin(a)],
      '#8a5a32',
      3.5,
    );
  }
  line(ctx, [x, y - 7, x, y + 7], '#d9b36a', 3, 'butt');
}

/** Displacement site: a fenced block of shelters in rows. */
function idpSite(ctx: Ctx, x: number, y: number, w: number, h: number): void {
  rect(ctx, x, y, w, h, '#e9e3d2');
  ctx.setLineDash([6, 5]);
  ctx.strokeStyle = '#7b6a55';
  ctx.lineWidth = 2;
  ctx.strokeRect(x, y, w, h);
  ctx.setLineDash([]);
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 7; col++) {
      const blue = (row * 7 + col) % 5 === 2;
      rect(
        ctx,
        x + 10 + col * ((w - 20) / 7),
        y + 10 + row * ((h - 16) / 4),
        14,
        10,
        blue ? P.tarpBlue : '#fdfdfb',
      );
    }
  }
}

/** Market: stalls with coloured awnings round a small square. */
function market(ctx: Ctx, x: number, y: number): void {
  circle(ctx, x, y, 34, '#eadcbc');
  const awnings = ['#d9825b', '#e2c04f', '#3f9e8f', '#c8553d', '#5b87aa', '#e2c04f', '#8a5a9e', '#d9825b'];
  awnings.forEach((c, i) => {
    const a = (i / awnings.length) * Math.PI * 2;
    const sx = x + Math.cos(a) * 24;
    const sy = y + Math.sin(a) * 24;
    rect(ctx, sx - 7, sy - 6, 14, 12, c);
    rect(ctx, sx - 7, sy - 6, 14, 3, 'rgba(255,255,255,0.5)');
  });
}

/** Water point: a blue disc with a white drop. */
function waterPoint(ctx: Ctx, x: number, y: number): void {
  circle(ctx, x, y, 15, '#3f7fb5');
  ctx.beginPath();
  ctx.moveTo(x, y - 10);
  ctx.quadraticCurveTo(x + 9, y + 2, x, y + 8);
  ctx.quadraticCurveTo(x - 9, y + 2, x, y - 10);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
}

function village(ctx: Ctx, random: () => number, x: number, y: number): void {
  for (let i = 0; i < 9; i++) {
    const hx = x + (random() - 0.5) * 80;
    const hy = y + (random() - 0.5) * 50;
    circle(ctx, hx, hy, 7, '#a9784c');
    circle(ctx, hx - 1, hy - 1, 4.5, '#cfa05e');
  }
}

function unBase(ctx: Ctx, box: Rect): void {
  const { x, y, w, h } = box;
  rect(ctx, x, y, w, h, '#dfe7f2');
  ctx.strokeStyle = '#3f6fae';
  ctx.lineWidth = 3;
  ctx.strokeRect(x, y, w, h);
  const fx = x + w / 2 - 8;
  line(ctx, [fx, y + h - 8, fx, y + 8], '#3f4a55', 2, 'butt');
  rect(ctx, fx + 1, y + 8, 20, 12, P.unBlue);
}

function compass(ctx: Ctx, x: number, y: number): void {
  circle(ctx, x, y, 22, 'rgba(255,255,255,0.6)');
  poly(ctx, [x, y - 19, x + 7, y, x - 7, y], '#3f4a55');
  poly(ctx, [x, y + 19, x + 7, y, x - 7, y], '#b9b2a0');
}

function paintMap(ctx: Ctx): void {
  const random = seeded(71);
  const { x, y, w, h } = MAP;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  rect(ctx, x, y, w, h, P.paper);
  // faint grid
  ctx.strokeStyle = 'rgba(120,110,90,0.14)';
  ctx.lineWidth = 1;
  for (let gx = x + 45; gx < x + w; gx += 90) {
    ctx.beginPath();
    ctx.moveTo(gx, y);
    ctx.lineTo(gx, y + h);
    ctx.stroke();
  }
  for (let gy = y + 40; gy < y + h; gy += 90) {
    ctx.beginPath();
    ctx.moveTo(x, gy);
    ctx.lineTo(x + w, gy);
    ctx.stroke();
  }
  woods(ctx, random, WOODS.x, WOODS.y, WOODS.w, WOODS.h, 26);
  woods(ctx, random, x + 400, y + 22, 90, 44, 9);
  // the river, with its darker banks
  polyline(ctx, RIVER, '#5f97bd', 30);
  polyline(ctx, RIVER, '#8fc0de', 22);
  // the main road: from the west, past the displacement site, to the base and on east
  const mainRoad = ROUTES.find((r) => r.target === 'route-main-road')?.path ?? [];
  road(ctx, MAIN_ROAD_WEST, 7);
  road(ctx, [...mainRoad].reverse(), 7);
  road(ctx, MAIN_ROAD_EAST, 7);

  idpSite(ctx, IDP_BLOCK.x, IDP_BLOCK.y, IDP_BLOCK.w, IDP_BLOCK.h);
  village(ctx, random, VILLAGE_AT[0], VILLAGE_AT[1]);
  market(ctx, PLACES.market.at[0], PLACES.market.at[1]);
  waterPoint(ctx, PLACES.water.at[0], PLACES.water.at[1]);
  firewood(ctx, PLACES.firewood.at[0], PLACES.firewood.at[1]);
  unBase(ctx, BASE_BOX);
  compass(ctx, COMPASS_AT[0], COMPASS_AT[1]);
  for (const place of Object.values(PLACES)) placeLabel(ctx, place.text, place.label[0], place.label[1]);
  ctx.restore();
}

function placeLabel(ctx: Ctx, text: string, x: number, y: number): void {
  ctx.font = font(12);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(241,232,207,0.92)';
  ctx.lineWidth = 4;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = '#4a3b2a';
  ctx.fillText(text, x, y);
}

function panel(ctx: Ctx, r: Rect): void {
  rect(ctx, r.x, r.y, r.w, r.h, '#efe5c9');
  ctx.strokeStyle = 'rgba(120,100,70,0.25)';
  ctx.lineWidth = 1;
  ctx.strokeRect(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1);
}

function panelTitle(ctx: Ctx, title: { x: number; y: number; text: string }): void {
  ctx.font = font(11.5);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#6b5538';
  ctx.fillText(title.text, title.x, title.y);
}

function paintSide(ctx: Ctx): void {
  rect(ctx, SIDE.x, SIDE.y, SIDE.w, SIDE.h, '#6e5236');
  panel(ctx, TIME_PANEL);
  panel(ctx, TEAM_PANEL);
  panelTitle(ctx, TITLES.time);
  panelTitle(ctx, TITLES.team);
  panelTitle(ctx, TITLES.assistant);
  // drawing pins at the panels' corners
  for (const r of [TIME_PANEL, TEAM_PANEL]) {
    for (const px of [r.x + 8, r.x + r.w - 8]) circle(ctx, px, r.y + 8, 3, '#c8553d');
  }
}

export function paintPatrolMap(ctx: Ctx, w: number, h: number): void {
  const floor = 446;
  // the briefing tent: canvas walls with seams, a plank floor
  vGradient(ctx, 0, 0, w, h, [
    [0, '#d9cfb4'],
    [0.8, '#cbbf9f'],
    [1, '#b9ac8b'],
  ]);
  ctx.strokeStyle = 'rgba(150,135,100,0.35)';
  ctx.lineWidth = 2;
  for (let sx = 40; sx < w; sx += 120) {
    ctx.beginPath();
    ctx.moveTo(sx, 0);
    ctx.lineTo(sx, floor);
    ctx.stroke();
  }
  vGradient(ctx, 0, floor, w, h - floor, [
    [0, '#a48d6a'],
    [1, '#8e7859'],
  ]);
  for (let fy = floor + 12; fy < h; fy += 22) line(ctx, [0, fy, w, fy], 'rgba(90,70,45,0.25)', 1.5, 'butt');
  // the board on its legs, and its frame
  const { x, y, w: bw, h: bh } = BOARD;
  ellipse(ctx, x + bw / 2, floor + 6, bw / 2 - 20, 8, 'rgba(60,45,25,0.2)');
  for (const lx of [x + 70, x + bw - 70]) rect(ctx, lx - 6, y + bh, 12, floor + 4 - (y + bh), P.wood);
  roundRect(ctx, x, y, bw, bh, 6, P.wood);
  rect(ctx, MAP.x - 3, MAP.y - 3, MAP.w + 6, MAP.h + 6, '#6e5236');
  paintMap(ctx);
  paintSide(ctx);
}
