import { PALETTE as P } from '../palette.ts';
import {
  acacia,
  cloud,
  ellipse,
  groundShadow,
  hills,
  line,
  poly,
  roundRect,
  roundTree,
  seeded,
  skyAndGround,
  sun,
  tufts,
  type Ctx,
} from '../paint.ts';

/** A round hut: mud wall, dark doorway, conical thatch roof. x is the centre, base the foot of the wall. */
function hut(ctx: Ctx, x: number, base: number, s: number): void {
  const w = 70 * s;
  const wallH = 46 * s;
  groundShadow(ctx, x + 6 * s, base + 2 * s, w * 1.1, 9 * s);
  ellipse(ctx, x, base, w, 10 * s, P.mudWallShade);
  ctx.fillStyle = P.mudWall;
  ctx.fillRect(x - w, base - wallH, w * 2, wallH);
  ctx.fillStyle = P.mudWallShade;
  ctx.fillRect(x + w * 0.45, base - wallH, w * 0.55, wallH);
  ellipse(ctx, x + w * 0.72, base, w * 0.28, 9.5 * s, P.mudWallShade);
  // doorway
  ctx.beginPath();
  ctx.moveTo(x - 13 * s, base + 6 * s);
  ctx.lineTo(x - 13 * s, base - 26 * s);
  ctx.arc(x, base - 26 * s, 13 * s, Math.PI, 0);
  ctx.lineTo(x + 13 * s, base + 6 * s);
  ctx.closePath();
  ctx.fillStyle = P.doorway;
  ctx.fill();
  // roof
  const eave = base - wallH + 6 * s;
  ctx.beginPath();
  ctx.moveTo(x - w - 14 * s, eave);
  ctx.lineTo(x, base - wallH - 78 * s);
  ctx.lineTo(x + w + 14 * s, eave);
  ctx.quadraticCurveTo(x, eave + 18 * s, x - w - 14 * s, eave);
  ctx.closePath();
  ctx.fillStyle = P.thatch;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(x + 10 * s, base - wallH - 70 * s);
  ctx.lineTo(x, base - wallH - 78 * s);
  ctx.lineTo(x + w + 14 * s, eave);
  ctx.quadraticCurveTo(x + w * 0.6, eave + 12 * s, x + 22 * s, eave + 10 * s);
  ctx.closePath();
  ctx.fillStyle = P.thatchShade;
  ctx.fill();
  // thatch strokes
  ctx.strokeStyle = 'rgba(120,86,40,0.35)';
  ctx.lineWidth = 1.2 * s;
  for (let i = -4; i <= 4; i++) {
    ctx.beginPath();
    ctx.moveTo(x, base - wallH - 74 * s);
    ctx.lineTo(x + i * (w / 4.2), eave + 8 * s - Math.abs(i) * 1.5 * s);
    ctx.stroke();
  }
  line(ctx, [x - 4 * s, base - wallH - 76 * s, x - 2 * s, base - wallH - 90 * s], P.bark, 3 * s);
}

function granary(ctx: Ctx, x: number, base: number, s: number): void {
  groundShadow(ctx, x, base + 2, 30 * s, 5 * s);
  for (const dx of [-16, 0, 16]) line(ctx, [x + dx * s, base, x + dx * s, base - 22 * s], P.bark, 3 * s);
  roundRect(ctx, x - 24 * s, base - 58 * s, 48 * s, 38 * s, 16 * s, P.mudWall);
  poly(ctx, [x - 32 * s, base - 50 * s, x, base - 86 * s, x + 32 * s, base - 50 * s], P.thatch);
}

function fence(ctx: Ctx, x0: number, x1: number, y0: number, y1: number, s: number): void {
  const n = Math.max(2, Math.round((x1 - x0) / (9 * s)));
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n;
    const y = y0 + ((y1 - y0) * i) / n;
    line(ctx, [x, y, x + (i % 2) * s, y - (22 + (i % 3) * 3) * s], '#8b6a48', 2.4 * s);
  }
  line(ctx, [x0, y0 - 12 * s, x1, y1 - 12 * s], '#8b6a48', 1.6 * s);
}

/** Washing drying on a line between two poles. */
function washing(ctx: Ctx, x0: number, x1: number, top: number): void {
  line(ctx, [x0, top + 70, x0, top], P.bark, 3);
  line(ctx, [x1, top + 70, x1, top], P.bark, 3);
  ctx.beginPath();
  ctx.moveTo(x0, top + 2);
  ctx.quadraticCurveTo((x0 + x1) / 2, top + 12, x1, top + 2);
  ctx.strokeStyle = '#6c5a48';
  ctx.lineWidth = 1.2;
  ctx.stroke();
  const cloths = ['#d9825b', '#3f7ea6', '#e2c04f', '#8a5a9e'];
  const step = (x1 - x0) / (cloths.length + 1);
  cloths.forEach((c, i) => {
    const x = x0 + step * (i + 1) - 10;
    const sag = 10 * Math.sin(((i + 1) / (cloths.length + 1)) * Math.PI);
    roundRect(ctx, x, top + 2 + sag, 20, 26 + (i % 2) * 6, 2, c);
  });
}

export function paintVillage(ctx: Ctx, w: number, h: number): void {
  const random = seeded(11);
  const horizon = 262;
  skyAndGround(ctx, w, h, horizon, [P.skyTop, P.skyHorizon], [P.groundFar, P.groundNear]);
  sun(ctx, 812, 78, 26);
  cloud(ctx, 190, 70, 1);
  cloud(ctx, 560, 46, 0.8);
  hills(ctx, w, horizon + 4, [10, 30, 18, 42, 22, 12, 34, 20], P.hillFar);
  hills(ctx, w, horizon + 8, [4, 12, 6, 16, 8, 14, 6, 10], P.hillNear);

  // the path winding from the foreground to the back of the village
  ctx.beginPath();
  ctx.moveTo(330, h);
  ctx.bezierCurveTo(420, 420, 620, 360, 520, horizon + 14);
  ctx.lineTo(548, horizon + 14);
  ctx.bezierCurveTo(680, 360, 560, 430, 690, h);
  ctx.closePath();
  ctx.fillStyle = P.path;
  ctx.fill();

  tufts(ctx, random, 70, { x: 0, y: horizon + 20, w, h: h - horizon - 20 }, P.tuft);
  acacia(ctx, 420, horizon + 12, 0.55, P.leafDark, P.bark);
  hut(ctx, 640, horizon + 30, 0.45);
  hut(ctx, 330, horizon + 36, 0.5);
  granary(ctx, 440, horizon + 54, 0.8);
  acacia(ctx, 900, horizon + 70, 1.05, P.leaf, P.bark);
  fence(ctx, 560, 700, horizon + 96, horizon + 100, 1);
  hut(ctx, 170, horizon + 118, 1.1);
  hut(ctx, 790, horizon + 104, 0.95);
  washing(ctx, 470, 590, horizon + 60);
  roundTree(ctx, 42, horizon + 150, 1.2, P.leaf, P.leafDark, P.bark);

  // a clay water pot beside the nearest hut
  ellipse(ctx, 300, horizon + 130, 18, 16, '#a9643c');
  ellipse(ctx, 300, horizon + 116, 9, 4, '#7c4629');
}
