import { PALETTE as P } from '../palette.ts';
import {
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

/**
 * The sign is a white heart on green: generic and caring, and deliberately not a cross, crescent or crystal,
 * which are protected emblems.
 */
function heartSign(ctx: Ctx, x: number, y: number): void {
  roundRect(ctx, x - 30, y - 22, 60, 44, 5, '#f6f3ea');
  roundRect(ctx, x - 26, y - 18, 52, 36, 4, P.green);
  ctx.beginPath();
  ctx.moveTo(x, y + 12);
  ctx.bezierCurveTo(x - 22, y - 2, x - 10, y - 18, x, y - 7);
  ctx.bezierCurveTo(x + 10, y - 18, x + 22, y - 2, x, y + 12);
  ctx.closePath();
  ctx.fillStyle = '#ffffff';
  ctx.fill();
}

function window4(ctx: Ctx, x: number, y: number): void {
  rect(ctx, x - 3, y - 3, 52, 46, '#d9cfb7');
  rect(ctx, x, y, 46, 40, '#5f7f8f');
  line(ctx, [x + 23, y, x + 23, y + 40], '#d9cfb7', 3, 'butt');
  line(ctx, [x, y + 20, x + 46, y + 20], '#d9cfb7', 3, 'butt');
  rect(ctx, x - 16, y - 2, 14, 44, '#7fb0a0');
  rect(ctx, x + 48, y - 2, 14, 44, '#7fb0a0');
}

/** A small clinic: whitewashed walls, green band, tin roof on posts over a shaded veranda. */
function clinic(ctx: Ctx, x0: number, x1: number, base: number): void {
  const top = base - 176;
  groundShadow(ctx, (x0 + x1) / 2 + 10, base + 6, (x1 - x0) / 2 + 40, 14, 0.2);
  rect(ctx, x0, top, x1 - x0, base - top, P.whitewash);
  rect(ctx, x0, base - 40, x1 - x0, 40, '#9dbd9c');
  rect(ctx, x0, base - 44, x1 - x0, 5, '#87aa86');
  // a side wall in shade gives the building depth
  poly(ctx, [x1, top, x1 + 70, top + 16, x1 + 70, base - 10, x1, base], '#d9cdb2');
  poly(ctx, [x1, base - 40, x1 + 70, base - 44, x1 + 70, base - 10, x1, base], '#86a985');
  // door
  const door = (x0 + x1) / 2;
  rect(ctx, door - 38, base - 112, 76, 112, '#e4d8bf');
  rect(ctx, door - 32, base - 106, 64, 106, P.green);
  rect(ctx, door - 2, base - 106, 4, 106, '#3f7758');
  ellipse(ctx, door + 10, base - 52, 3, 3, '#e9e2c9');
  window4(ctx, x0 + 40, top + 74);
  window4(ctx, x1 - 100, top + 74);
  // the tin roof, raised on posts above the walls
  const roofY = top - 40;
  poly(ctx, [x0 - 40, roofY + 34, x0 - 10, roofY - 30, x1 + 80, roofY - 14, x1 + 100, roofY + 34], P.metal);
  poly(
    ctx,
    [x0 - 40, roofY + 34, x1 + 100, roofY + 34, x1 + 100, roofY + 42, x0 - 40, roofY + 42],
    P.metalShade,
  );
  ctx.strokeStyle = 'rgba(110,120,124,0.45)';
  ctx.lineWidth = 2;
  for (let i = 0; i <= 28; i++) {
    const t = i / 28;
    ctx.beginPath();
    ctx.moveTo(x0 - 10 + t * (x1 + 90 - x0), roofY - 30 + t * 16);
    ctx.lineTo(x0 - 40 + t * (x1 + 140 - x0), roofY + 34);
    ctx.stroke();
  }
  // posts and bench
  for (const px of [x0 - 30, x1 + 88]) rect(ctx, px, roofY + 40, 8, base - roofY - 36, P.wood);
  roundRect(ctx, x1 - 120, base - 40, 96, 8, 3, P.wood);
  for (const bx of [x1 - 112, x1 - 36]) rect(ctx, bx, base - 34, 5, 30, '#6e5236');
  // a small solar panel on the roof
  poly(ctx, [x0 + 40, roofY - 26, x0 + 110, roofY - 24, x0 + 100, roofY - 4, x0 + 28, roofY - 6], '#3d5f86');
  heartSign(ctx, door, top + 32);
}

/** A handwashing station: a bucket with a tap on a wooden stand. */
function handwashing(ctx: Ctx, x: number, base: number): void {
  for (const dx of [-16, 16]) line(ctx, [x + dx, base, x + dx * 0.8, base - 62], P.wood, 5);
  rect(ctx, x - 20, base - 66, 40, 6, P.wood);
  roundRect(ctx, x - 18, base - 104, 36, 40, 4, '#4f86b8');
  ellipse(ctx, x, base - 104, 18, 4, '#6d9ecb');
  line(ctx, [x + 8, base - 72, x + 8, base - 62], '#d0d4d4', 4, 'butt');
  roundRect(ctx, x - 12, base - 18, 24, 18, 3, '#d9d4c8');
}

/** A water tank on a low stand beside the building. */
function tank(ctx: Ctx, x: number, base: number): void {
  rect(ctx, x - 40, base - 40, 80, 40, P.concrete);
  roundRect(ctx, x - 34, base - 124, 68, 86, 10, '#e9e6dc');
  rect(ctx, x + 12, base - 124, 22, 86, '#cfcbbf');
  ellipse(ctx, x, base - 124, 34, 7, '#f3f1ea');
  for (const dy of [-100, -74, -50])
    line(ctx, [x - 34, base + dy, x + 34, base + dy], 'rgba(150,145,130,0.5)', 2, 'butt');
}

export function paintHealthPost(ctx: Ctx, w: number, h: number): void {
  const random = seeded(37);
  const horizon = 270;
  skyAndGround(ctx, w, h, horizon, [P.skyTop, P.skyHorizon], [P.groundFar, P.groundNear]);
  sun(ctx, 860, 70, 24);
  cloud(ctx, 260, 56, 0.9);
  cloud(ctx, 560, 96, 0.55);
  hills(ctx, w, horizon + 4, [26, 14, 30, 18, 10, 22, 16], P.hillFar);
  hills(ctx, w, horizon + 8, [6, 14, 8, 12, 6, 10, 8], P.hillNear);
  tufts(ctx, random, 50, { x: 0, y: horizon + 30, w, h: h - horizon - 30 }, P.tuft);
  roundTree(ctx, 860, horizon + 120, 1.35, P.leaf, P.leafDark, P.bark);
  // a path of pale earth leading to the door
  poly(ctx, [400, h, 560, h, 500, horizon + 112, 452, horizon + 112], P.path);
  clinic(ctx, 240, 680, horizon + 112);
  tank(ctx, 110, horizon + 110);
  handwashing(ctx, 190, horizon + 124);
}
