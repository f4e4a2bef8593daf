import { PALETTE as P } from '../palette.ts';
import {
  circle,
  cloud,
  ellipse,
  groundShadow,
  hills,
  line,
  poly,
  rect,
  roundRect,
  seeded,
  skyAndGround,
  sun,
  type Ctx,
} from '../paint.ts';

/** A row of HESCO baskets: earth-filled boxes of wire mesh and fabric, with a coil of wire along the top. */
function hescoWall(ctx: Ctx, x0: number, x1: number, base: number, height: number): void {
  const cell = 58;
  for (let x = x0; x < x1; x += cell) {
    rect(ctx, x, base - height, cell - 2, height, P.hesco);
    rect(ctx, x + cell - 16, base - height, 14, height, P.hescoShade);
    rect(ctx, x, base - height - 5, cell - 2, 6, '#bca978');
    ctx.strokeStyle = 'rgba(140,127,94,0.55)';
    ctx.lineWidth = 1;
    for (let gx = x + 10; gx < x + cell - 4; gx += 11) {
      ctx.beginPath();
      ctx.moveTo(gx, base - height);
      ctx.lineTo(gx, base);
      ctx.stroke();
    }
    for (let gy = base - height + 11; gy < base; gy += 11) {
      ctx.beginPath();
      ctx.moveTo(x, gy);
      ctx.lineTo(x + cell - 2, gy);
      ctx.stroke();
    }
  }
  // a light coil of wire on top, drawn as loops
  ctx.strokeStyle = 'rgba(120,125,128,0.8)';
  ctx.lineWidth = 1.2;
  for (let x = x0; x < x1; x += 14) {
    ctx.beginPath();
    ctx.ellipse(x + 7, base - height - 14, 9, 9, 0, 0, Math.PI * 2);
    ctx.stroke();
  }
}

/** A prefab container: white ribbed box with a door, a window and an air conditioner. */
function container(ctx: Ctx, x: number, base: number, w: number, h: number, withDoor: boolean): void {
  if (withDoor) groundShadow(ctx, x + w / 2 + 8, base + 3, w / 2 + 16, 8, 0.18);
  rect(ctx, x, base - h, w, h, '#eef1f1');
  rect(ctx, x + w - 14, base - h, 14, h, '#d3d9da');
  ctx.strokeStyle = 'rgba(170,180,182,0.7)';
  ctx.lineWidth = 1.5;
  for (let rx = x + 8; rx < x + w - 14; rx += 9) {
    ctx.beginPath();
    ctx.moveTo(rx, base - h + 4);
    ctx.lineTo(rx, base - 4);
    ctx.stroke();
  }
  rect(ctx, x, base - h, w, 5, '#d6dcdd');
  rect(ctx, x, base - 5, w, 5, '#c5cccd');
  if (withDoor) {
    rect(ctx, x + 22, base - h + 16, 34, h - 21, '#c9d1d3');
    circle(ctx, x + 50, base - h / 2 + 4, 2, '#7d8789');
  }
  rect(ctx, x + w - 90, base - h + 18, 44, 26, '#6d8b9a');
  rect(ctx, x + w - 90, base - h + 18, 44, 5, '#8fb0c0');
  rect(ctx, x + w - 40, base - h + 22, 22, 18, '#c9cecd');
}

/** A flagpole with a plain light-blue flag (no emblem, no lettering). */
function flag(ctx: Ctx, x: number, base: number, top: number): void {
  ellipse(ctx, x, base, 16, 4, P.concreteShade);
  line(ctx, [x, base, x, top], '#c9cfd1', 4, 'butt');
  circle(ctx, x, top - 2, 4, '#e1e5e6');
  ctx.beginPath();
  ctx.moveTo(x + 2, top + 4);
  ctx.bezierCurveTo(x + 40, top - 6, x + 70, top + 14, x + 110, top + 4);
  ctx.lineTo(x + 110, top + 66);
  ctx.bezierCurveTo(x + 70, top + 76, x + 40, top + 56, x + 2, top + 66);
  ctx.closePath();
  ctx.fillStyle = P.unBlue;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(x + 50, top + 3);
  ctx.bezierCurveTo(x + 70, top + 12, x + 90, top + 8, x + 110, top + 4);
  ctx.lineTo(x + 110, top + 66);
  ctx.bezierCurveTo(x + 90, top + 70, x + 70, top + 74, x + 50, top + 65);
  ctx.closePath();
  ctx.fillStyle = 'rgba(40,90,170,0.18)';
  ctx.fill();
}

/** A white four-by-four, plain, without markings. */
function vehicle(ctx: Ctx, x: number, base: number): void {
  groundShadow(ctx, x + 90, base + 2, 110, 10, 0.22);
  roundRect(ctx, x, base - 56, 180, 42, 8, '#f4f5f2');
  poly(ctx, [x + 30, base - 56, x + 52, base - 92, x + 140, base - 92, x + 160, base - 56], '#eceeea');
  poly(ctx, [x + 40, base - 58, x + 58, base - 86, x + 94, base - 86, x + 94, base - 58], '#6d8b9a');
  poly(ctx, [x + 100, base - 58, x + 100, base - 86, x + 136, base - 86, x + 150, base - 58], '#6d8b9a');
  rect(ctx, x + 2, base - 38, 176, 4, '#d5d9d6');
  rect(ctx, x + 160, base - 46, 18, 8, '#f0d98a');
  for (const wx of [x + 38, x + 142]) {
    circle(ctx, wx, base - 12, 18, '#2e3236');
    circle(ctx, wx, base - 12, 8, '#9aa1a6');
  }
}

function lightPole(ctx: Ctx, x: number, base: number): void {
  line(ctx, [x, base, x, base - 190], '#8d969a', 4, 'butt');
  line(ctx, [x, base - 188, x + 22, base - 196], '#8d969a', 3);
  roundRect(ctx, x + 14, base - 202, 20, 9, 3, '#c9cfd1');
}

export function paintBase(ctx: Ctx, w: number, h: number): void {
  const random = seeded(41);
  const horizon = 250;
  skyAndGround(ctx, w, h, horizon, [P.skyTop, P.skyHorizon], ['#d5cbb2', '#c4b797']);
  sun(ctx, 110, 64, 22);
  cloud(ctx, 430, 54, 0.9);
  cloud(ctx, 780, 90, 0.7);
  hills(ctx, w, horizon, [20, 34, 24, 12, 30, 18, 26], P.hillFar);
  // a watchtower behind the perimeter
  for (const dx of [-26, 26])
    line(ctx, [860 + dx, horizon + 10, 860 + dx * 0.7, horizon - 110], '#7b7364', 5, 'butt');
  rect(ctx, 826, horizon - 150, 68, 44, '#d8d0bc');
  poly(ctx, [816, horizon - 150, 860, horizon - 176, 904, horizon - 150], '#8f9a9c');
  rect(ctx, 836, horizon - 140, 48, 14, '#5f7482');
  hescoWall(ctx, -20, w + 40, horizon + 40, 64);
  // gravel yard
  ctx.fillStyle = 'rgba(120,110,90,0.22)';
  for (let i = 0; i < 420; i++) {
    const y = horizon + 44 + random() * (h - horizon - 44);
    ctx.fillRect(random() * w, y, 1.5 + (y / h) * 1.5, 1.2 + y / h);
  }
  flag(ctx, 420, horizon + 86, 92);
  lightPole(ctx, 560, horizon + 80);
  container(ctx, 640, horizon + 70, 250, 86, true);
  container(ctx, 660, horizon - 16, 230, 80, false);
  line(ctx, [880, horizon - 96, 880, horizon - 114], '#8d969a', 3);
  ellipse(ctx, 872, horizon - 118, 14, 10, '#dfe3e4');
  container(ctx, 20, horizon + 96, 240, 90, true);
  vehicle(ctx, 300, horizon + 136);
}
