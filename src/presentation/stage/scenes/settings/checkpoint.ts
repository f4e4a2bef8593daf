import { PALETTE as P } from '../palette.ts';
import {
  acacia,
  cloud,
  ellipse,
  groundShadow,
  hills,
  line,
  poly,
  rect,
  roundRect,
  roundTree,
  seeded,
  skyAndGround,
  sun,
  tufts,
  type Ctx,
} from '../paint.ts';

/** A low wall of sandbags, course on course, each bag a rounded pillow. */
function sandbags(ctx: Ctx, x: number, base: number, bags: number, courses: number, s: number): void {
  const bw = 34 * s;
  const bh = 13 * s;
  groundShadow(ctx, x + (bags * bw) / 2, base + 2, (bags * bw) / 2 + 10, 6 * s, 0.2);
  for (let c = 0; c < courses; c++) {
    const offset = c % 2 === 0 ? 0 : bw / 2;
    const count = c % 2 === 0 ? bags : bags - 1;
    for (let i = 0; i < count; i++) {
      const bx = x + offset + i * bw;
      const by = base - (c + 1) * (bh - 1);
      roundRect(ctx, bx + 1, by, bw - 2, bh, 6 * s, P.sandbagShade);
      roundRect(ctx, bx + 1, by, bw - 3, bh - 3, 6 * s, P.sandbag);
    }
  }
}

/** The barrier: a striped boom across the road, on a post with a counterweight. */
function boom(ctx: Ctx, x0: number, x1: number, y: number): void {
  rect(ctx, x0 - 10, y - 10, 20, 64, '#5f6468');
  roundRect(ctx, x0 - 26, y - 14, 30, 22, 3, '#6f767a');
  rect(ctx, x1 - 5, y + 4, 10, 50, '#5f6468');
  const stripe = 30;
  for (let x = x0, i = 0; x < x1; x += stripe, i++) {
    rect(ctx, x, y - 5, Math.min(stripe, x1 - x), 11, i % 2 === 0 ? '#c8473b' : '#f4f1ea');
  }
}

/** A shaded search tent with fabric screens, so people are searched out of public view. */
function searchTent(ctx: Ctx, x: number, base: number): void {
  const w = 210;
  const wall = 96;
  groundShadow(ctx, x + w / 2 + 10, base + 4, w / 2 + 30, 12, 0.2);
  rect(ctx, x, base - wall, w, wall, P.canvas);
  rect(ctx, x + w - 50, base - wall, 50, wall, P.canvasShade);
  // the entrance: a darker opening half closed by a hanging screen
  rect(ctx, x + 40, base - wall + 14, 70, wall - 14, '#6f6650');
  rect(ctx, x + 40, base - wall + 14, 44, wall - 14, '#cfc4a6');
  line(ctx, [x + 84, base - wall + 16, x + 84, base], 'rgba(120,105,75,0.5)', 2, 'butt');
  for (let sx = x + 50; sx < x + 84; sx += 10)
    line(ctx, [sx, base - wall + 20, sx, base - 4], 'rgba(160,145,110,0.45)', 1.5, 'butt');
  // roof and its shade
  poly(ctx, [x - 18, base - wall + 4, x + w / 2, base - wall - 58, x + w + 18, base - wall + 4], '#b7ad86');
  poly(
    ctx,
    [x + w / 2, base - wall - 58, x + w + 18, base - wall + 4, x + w / 2 + 10, base - wall + 4],
    '#9f9570',
  );
  // guy ropes and a standalone privacy screen beside it
  line(ctx, [x - 16, base - wall + 4, x - 40, base], 'rgba(110,100,80,0.7)', 1.5);
  line(ctx, [x + w + 16, base - wall + 4, x + w + 40, base], 'rgba(110,100,80,0.7)', 1.5);
}

function cone(ctx: Ctx, x: number, base: number, s: number): void {
  groundShadow(ctx, x + 2, base, 14 * s, 3 * s, 0.2);
  rect(ctx, x - 12 * s, base - 4 * s, 24 * s, 4 * s, '#d9682f');
  poly(
    ctx,
    [x - 9 * s, base - 4 * s, x - 2 * s, base - 30 * s, x + 2 * s, base - 30 * s, x + 9 * s, base - 4 * s],
    '#e67c3c',
  );
  poly(
    ctx,
    [x - 6 * s, base - 14 * s, x - 4 * s, base - 20 * s, x + 4 * s, base - 20 * s, x + 6 * s, base - 14 * s],
    '#f6f1e8',
  );
}

/** A small guard shelter with a tin roof. */
function shelter(ctx: Ctx, x: number, base: number): void {
  groundShadow(ctx, x + 60, base + 3, 80, 8);
  rect(ctx, x, base - 84, 120, 84, '#e4dbc4');
  rect(ctx, x + 90, base - 84, 30, 84, '#cfc5ab');
  rect(ctx, x + 18, base - 62, 52, 30, '#5f7482');
  rect(ctx, x + 18, base - 62, 52, 5, '#7f97a6');
  poly(ctx, [x - 14, base - 80, x + 6, base - 104, x + 136, base - 100, x + 140, base - 80], P.metal);
  rect(ctx, x - 14, base - 82, 154, 6, P.metalShade);
  sandbags(ctx, x - 6, base, 4, 2, 0.9);
}

export function paintCheckpoint(ctx: Ctx, w: number, h: number): void {
  const random = seeded(53);
  const horizon = 252;
  skyAndGround(ctx, w, h, horizon, [P.skyTop, P.skyHorizon], [P.groundFar, P.groundNear]);
  sun(ctx, 640, 62, 22);
  cloud(ctx, 220, 70, 0.9);
  cloud(ctx, 860, 50, 0.7);
  hills(ctx, w, horizon + 2, [22, 12, 26, 30, 16, 24, 14], P.hillFar);
  hills(ctx, w, horizon + 6, [8, 4, 12, 6, 14, 6, 10], P.hillNear);
  acacia(ctx, 170, horizon + 16, 0.6, P.leafDark, P.bark);
  acacia(ctx, 700, horizon + 12, 0.5, P.leafDark, P.bark);
  roundTree(ctx, 60, horizon + 60, 0.8, P.leaf, P.leafDark, P.bark);

  tufts(ctx, random, 50, { x: 0, y: horizon + 20, w, h: h - horizon - 20 }, P.tuft);
  // the road, from the foreground to the horizon, with pale edge lines
  poly(ctx, [230, h, 730, h, 505, horizon, 475, horizon], P.asphalt);
  line(ctx, [252, h, 478, horizon + 1], '#e9e4d6', 3);
  line(ctx, [708, h, 502, horizon + 1], '#e9e4d6', 3);
  ctx.setLineDash([18, 22]);
  line(ctx, [480, h, 490, horizon], 'rgba(240,226,170,0.85)', 3, 'butt');
  ctx.setLineDash([]);
  // a painted stop line before the barrier
  poly(ctx, [340, horizon + 118, 622, horizon + 118, 626, horizon + 126, 336, horizon + 126], '#f0ebe0');

  shelter(ctx, 70, horizon + 110);
  searchTent(ctx, 700, horizon + 120);
  sandbags(ctx, 250, horizon + 104, 4, 3, 0.85);
  sandbags(ctx, 600, horizon + 104, 3, 3, 0.85);
  boom(ctx, 360, 620, horizon + 60);
  cone(ctx, 420, horizon + 150, 1);
  cone(ctx, 480, horizon + 154, 1);
  cone(ctx, 540, horizon + 150, 1);
  // a blank sign board on a post facing the traffic
  line(ctx, [300, horizon + 104, 300, horizon + 30], '#6b6f72', 4, 'butt');
  ellipse(ctx, 300, horizon + 22, 22, 22, '#f4f1ea');
  ellipse(ctx, 300, horizon + 22, 18, 18, '#c8473b');
  rect(ctx, 288, horizon + 19, 24, 6, '#f4f1ea');
}
