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
  seeded,
  skyAndGround,
  sun,
  tufts,
  type Ctx,
} from '../paint.ts';

/** A shelter of the displacement site: plastic sheeting over a frame, white or blue. */
function shelter(ctx: Ctx, x: number, base: number, s: number, tarp: string, shade: string): void {
  const w = 34 * s;
  const wall = 14 * s;
  rect(ctx, x - w / 2, base - wall, w, wall, shade);
  poly(ctx, [x - w / 2 - 3 * s, base - wall, x, base - wall - 16 * s, x + w / 2 + 3 * s, base - wall], tarp);
  rect(ctx, x - 4 * s, base - wall + 3 * s, 8 * s, wall - 3 * s, 'rgba(70,70,80,0.45)');
}

function shelters(ctx: Ctx, random: () => number, base: number, s: number, from: number, to: number): void {
  for (let x = from; x < to; x += 44 * s + random() * 14 * s) {
    const blue = random() < 0.3;
    shelter(ctx, x, base + random() * 4, s, blue ? P.tarpBlue : P.tarpWhite, blue ? '#5b87aa' : P.tarpShade);
  }
}

function jerrycan(ctx: Ctx, x: number, base: number, s: number, colour: string, shade: string): void {
  groundShadow(ctx, x + 2 * s, base, 13 * s, 3 * s, 0.18);
  roundRect(ctx, x - 10 * s, base - 30 * s, 20 * s, 30 * s, 3 * s, colour);
  rect(ctx, x + 4 * s, base - 30 * s, 6 * s, 30 * s, shade);
  roundRect(ctx, x - 8 * s, base - 36 * s, 11 * s, 7 * s, 2 * s, colour);
  rect(ctx, x - 5.5 * s, base - 34 * s, 6 * s, 4 * s, 'rgba(60,40,10,0.5)');
  roundRect(ctx, x + 3 * s, base - 37 * s, 5 * s, 5 * s, 1.5 * s, '#3f6f9f');
}

/** A hand pump on a concrete apron. */
function handPump(ctx: Ctx, x: number, base: number): void {
  ellipse(ctx, x, base, 70, 16, P.concreteShade);
  ellipse(ctx, x, base - 4, 66, 14, P.concrete);
  roundRect(ctx, x - 9, base - 96, 18, 92, 4, '#4f6872');
  rect(ctx, x + 2, base - 96, 7, 92, '#3f565f');
  roundRect(ctx, x - 14, base - 104, 28, 14, 4, '#4f6872');
  line(ctx, [x + 10, base - 60, x + 30, base - 58], '#4f6872', 7, 'butt');
  line(ctx, [x - 12, base - 98, x - 74, base - 122], '#44606a', 6);
  jerrycan(ctx, x + 34, base - 4, 0.85, P.jerrycan, P.jerrycanShade);
}

/** An elevated water tank feeding a tap stand with three taps. */
function tankAndTaps(ctx: Ctx, x: number, base: number): void {
  // the tank tower
  const tx = x + 190;
  for (const dx of [-34, 34]) line(ctx, [tx + dx, base - 6, tx + dx * 0.8, base - 150], '#6b747a', 5, 'butt');
  line(ctx, [tx - 32, base - 50, tx + 30, base - 110], '#6b747a', 3);
  line(ctx, [tx + 32, base - 50, tx - 30, base - 110], '#6b747a', 3);
  rect(ctx, tx - 44, base - 156, 88, 8, '#5d666b');
  roundRect(ctx, tx - 40, base - 226, 80, 72, 10, '#3f5a66');
  rect(ctx, tx + 14, base - 226, 26, 72, '#344b55');
  ellipse(ctx, tx, base - 226, 40, 8, '#4c6a77');
  // pipe down and across to the stand
  line(ctx, [tx - 20, base - 150, tx - 20, base - 30, x + 70, base - 30], '#7c878c', 5, 'butt');
  // the tap stand
  groundShadow(ctx, x + 4, base + 4, 110, 12);
  rect(ctx, x - 104, base - 18, 208, 20, P.concreteShade);
  rect(ctx, x - 104, base - 22, 208, 6, P.concrete);
  roundRect(ctx, x - 84, base - 92, 168, 74, 3, P.concrete);
  rect(ctx, x + 54, base - 92, 30, 74, P.concreteShade);
  rect(ctx, x - 84, base - 92, 168, 6, '#cdc8bc');
  for (const dx of [-52, 0, 52]) {
    line(
      ctx,
      [x + dx - 2, base - 74, x + dx - 2, base - 62, x + dx + 10, base - 62, x + dx + 10, base - 56],
      '#59646a',
      6,
      'butt',
    );
    roundRect(ctx, x + dx - 8, base - 80, 12, 7, 2, '#2f7fb5');
  }
  // water running from the middle tap into a jerrycan
  line(ctx, [x + 10, base - 54, x + 10, base - 42], 'rgba(140,195,230,0.95)', 3, 'butt');
  jerrycan(ctx, x + 12, base - 16, 0.85, P.jerrycan, P.jerrycanShade);
  ellipse(ctx, x - 50, base - 20, 16, 3, 'rgba(110,170,210,0.55)');
  jerrycan(ctx, x + 62, base - 16, 0.85, '#e9ecea', '#c5cbc9');
}

/** Posts and a rope marking the queue lane, with jerrycans waiting their turn. */
function queueLane(ctx: Ctx, x0: number, x1: number, y: number): void {
  const posts = 5;
  for (let i = 0; i < posts; i++) {
    const x = x0 + ((x1 - x0) * i) / (posts - 1);
    line(ctx, [x, y, x, y - 34], P.bark, 4);
  }
  ctx.beginPath();
  ctx.moveTo(x0, y - 30);
  for (let i = 1; i < posts; i++) {
    const xa = x0 + ((x1 - x0) * (i - 1)) / (posts - 1);
    const xb = x0 + ((x1 - x0) * i) / (posts - 1);
    ctx.quadraticCurveTo((xa + xb) / 2, y - 22, xb, y - 30);
  }
  ctx.strokeStyle = '#d8c9a0';
  ctx.lineWidth = 2;
  ctx.stroke();
  const colours: [string, string][] = [
    [P.jerrycan, P.jerrycanShade],
    [P.jerrycan, P.jerrycanShade],
    ['#e9ecea', '#c5cbc9'],
    [P.jerrycan, P.jerrycanShade],
    ['#4f86b8', '#3c6d99'],
    [P.jerrycan, P.jerrycanShade],
  ];
  colours.forEach(([c, sh], i) => {
    jerrycan(ctx, x0 + 22 + i * ((x1 - x0 - 30) / colours.length), y + 22, 0.95, c, sh);
  });
}

export function paintWaterPoint(ctx: Ctx, w: number, h: number): void {
  const random = seeded(23);
  const horizon = 246;
  skyAndGround(ctx, w, h, horizon, [P.skyTop, P.skyHorizon], [P.groundFar, P.groundNear]);
  sun(ctx, 150, 70, 24);
  cloud(ctx, 640, 60, 0.9);
  cloud(ctx, 880, 100, 0.6);
  hills(ctx, w, horizon + 4, [14, 22, 10, 28, 18, 24, 12], P.hillFar);
  // the displacement site fills the background, row behind row
  shelters(ctx, random, horizon + 10, 0.6, 10, w);
  shelters(ctx, random, horizon + 26, 0.8, -10, w);
  acacia(ctx, 40, horizon + 40, 0.8, P.leafDark, P.bark);
  shelters(ctx, random, horizon + 48, 1, 520, w + 20);
  tufts(ctx, random, 40, { x: 0, y: horizon + 60, w, h: h - horizon - 60 }, P.tuft);
  // wet, trodden ground around the taps
  ellipse(ctx, 470, horizon + 150, 190, 36, '#cdb07a');
  ellipse(ctx, 430, horizon + 150, 60, 10, 'rgba(134,185,217,0.45)');
  tankAndTaps(ctx, 440, horizon + 118);
  handPump(ctx, 150, horizon + 150);
  queueLane(ctx, 620, 900, horizon + 140);
}
