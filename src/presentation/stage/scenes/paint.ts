/**
 * Canvas 2D drawing helpers shared by the generated textures: flat shapes, soft gradients, a seeded random source
 * so the art comes out the same every time.
 */

export type Ctx = CanvasRenderingContext2D;

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), as the engine makes them. */
export { seededRandom as seeded } from '../../../engine/random.ts';

export function vGradient(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  stops: [number, string][],
): void {
  const g = ctx.createLinearGradient(0, y, 0, y + h);
  for (const [at, colour] of stops) g.addColorStop(at, colour);
  ctx.fillStyle = g;
  ctx.fillRect(x, y, w, h);
}

export function rect(ctx: Ctx, x: number, y: number, w: number, h: number, fill: string): void {
  ctx.fillStyle = fill;
  ctx.fillRect(x, y, w, h);
}

export function roundRectPath(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  const rr = Math.min(r, w / 2, h / 2);
  ctx.beginPath();
  ctx.moveTo(x + rr, y);
  ctx.arcTo(x + w, y, x + w, y + h, rr);
  ctx.arcTo(x + w, y + h, x, y + h, rr);
  ctx.arcTo(x, y + h, x, y, rr);
  ctx.arcTo(x, y, x + w, y, rr);
  ctx.closePath();
}

export function roundRect(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  fill: string,
): void {
  roundRectPath(ctx, x, y, w, h, r);
  ctx.fillStyle = fill;
  ctx.fill();
}

export function ellipse(ctx: Ctx, cx: number, cy: number, rx: number, ry: number, fill: string): void {
  ctx.beginPath();
  ctx.ellipse(cx, cy, Math.max(rx, 0.1), Math.max(ry, 0.1), 0, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
}

export function circle(ctx: Ctx, cx: number, cy: number, r: number, fill: string): void {
  ellipse(ctx, cx, cy, r, r, fill);
}

/** Filled polygon from a flat list of x, y pairs. */
export function poly(ctx: Ctx, points: number[], fill: string): void {
  ctx.beginPath();
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] ?? 0;
    const y = points[i + 1] ?? 0;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
}

export function line(
  ctx: Ctx,
  points: number[],
  stroke: string,
  width: number,
  cap: CanvasLineCap = 'round',
): void {
  ctx.beginPath();
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] ?? 0;
    const y = points[i + 1] ?? 0;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.strokeStyle = stroke;
  ctx.lineWidth = width;
  ctx.lineCap = cap;
  ctx.lineJoin = 'round';
  ctx.stroke();
}

/** A soft radial glow, used for the sun and for shade. */
export function glow(ctx: Ctx, cx: number, cy: number, r: number, colour: string, alpha: number): void {
  const g = ctx.createRadialGradient(cx, cy, 0, cx, cy, r);
  g.addColorStop(0, withAlpha(colour, alpha));
  g.addColorStop(1, withAlpha(colour, 0));
  ctx.fillStyle = g;
  ctx.fillRect(cx - r, cy - r, r * 2, r * 2);
}

/** "#rrggbb" plus an alpha, as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** Sky from top colour to horizon colour, with the ground below as a second gradient. */
export function skyAndGround(
  ctx: Ctx,
  w: number,
  h: number,
  horizon: number,
  sky: [string, string],
  ground: [string, string],
): void {
  vGradient(ctx, 0, 0, w, horizon + 2, [
    [0, sky[0]],
    [1, sky[1]],
  ]);
  vGradient(ctx, 0, horizon, w, h - horizon, [
    [0, ground[0]],
    [1, ground[1]],
  ]);
}

/** A row of gentle hills along the horizon, drawn as one smooth band. */
export function hills(ctx: Ctx, w: number, base: number, heights: number[], fill: string): void {
  const step = w / Math.max(heights.length - 1, 1);
  ctx.beginPath();
  ctx.moveTo(0, base + 40);
  ctx.lineTo(0, base - (heights[0] ?? 0));
  for (let i = 1; i < heights.length; i++) {
    const x0 = (i - 1) * step;
    const x1 = i * step;
    const y0 = base - (heights[i - 1] ?? 0);
    const y1 = base - (heights[i] ?? 0);
    ctx.bezierCurveTo(x0 + step / 2, y0, x1 - step / 2, y1, x1, y1);
  }
  ctx.lineTo(w, base + 40);
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
}

/** A flat, soft cloud. */
export function cloud(ctx: Ctx, x: number, y: number, s: number): void {
  const fill = 'rgba(255,255,255,0.78)';
  ellipse(ctx, x, y, 46 * s, 13 * s, fill);
  ellipse(ctx, x - 16 * s, y - 8 * s, 20 * s, 14 * s, fill);
  ellipse(ctx, x + 12 * s, y - 12 * s, 24 * s, 17 * s, fill);
}

export function sun(ctx: Ctx, x: number, y: number, r: number): void {
  glow(ctx, x, y, r * 3, '#fff6dc', 0.55);
  circle(ctx, x, y, r, '#fff4d4');
}

/** Grass tufts scattered over a band of ground, smaller towards the horizon. */
export function tufts(
  ctx: Ctx,
  random: () => number,
  count: number,
  area: { x: number; y: number; w: number; h: number },
  colour: string,
): void {
  ctx.strokeStyle = colour;
  ctx.lineCap = 'round';
  for (let i = 0; i < count; i++) {
    const x = area.x + random() * area.w;
    const t = random();
    const y = area.y + t * area.h;
    const s = 0.5 + t * 0.9;
    ctx.lineWidth = 1.4 * s;
    ctx.beginPath();
    ctx.moveTo(x - 4 * s, y - 6 * s);
    ctx.lineTo(x, y);
    ctx.lineTo(x + 1 * s, y - 8 * s);
    ctx.moveTo(x, y);
    ctx.lineTo(x + 5 * s, y - 5 * s);
    ctx.stroke();
  }
}

/** A flat-topped acacia: a thin trunk forking into layered canopies. */
export function acacia(ctx: Ctx, x: number, ground: number, s: number, leaf: string, bark: string): void {
  line(ctx, [x, ground, x - 2 * s, ground - 34 * s, x - 18 * s, ground - 58 * s], bark, 5 * s);
  line(ctx, [x - 2 * s, ground - 34 * s, x + 16 * s, ground - 60 * s], bark, 4 * s);
  ellipse(ctx, x, ground - 64 * s, 56 * s, 12 * s, leaf);
  ellipse(ctx, x - 16 * s, ground - 70 * s, 34 * s, 9 * s, leaf);
  ellipse(ctx, x + 20 * s, ground - 69 * s, 30 * s, 8 * s, leaf);
}

/** A round shade tree (mango, neem): a trunk under a cluster of soft discs. */
export function roundTree(
  ctx: Ctx,
  x: number,
  ground: number,
  s: number,
  leaf: string,
  dark: string,
  bark: string,
): void {
  roundRect(ctx, x - 6 * s, ground - 60 * s, 12 * s, 60 * s, 4 * s, bark);
  ellipse(ctx, x, ground - 92 * s, 56 * s, 44 * s, dark);
  ellipse(ctx, x - 24 * s, ground - 82 * s, 34 * s, 28 * s, leaf);
  ellipse(ctx, x + 22 * s, ground - 96 * s, 36 * s, 30 * s, leaf);
  ellipse(ctx, x - 6 * s, ground - 112 * s, 32 * s, 24 * s, leaf);
}

/** A soft dark ellipse on the ground under an object. */
export function groundShadow(ctx: Ctx, cx: number, cy: number, rx: number, ry: number, alpha = 0.16): void {
  ellipse(ctx, cx, cy, rx, ry, `rgba(60,40,20,${alpha})`);
}
