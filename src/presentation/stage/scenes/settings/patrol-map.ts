import { PALETTE as P } from '../palette';
import { circle, ellipse, line, poly, rect, roundRect, seeded, vGradient, type Ctx } from '../paint';

/** The map board hangs in a briefing tent; the map is top-down and wordless (the HTML layer names places). */
const MAP = { x: 70, y: 24, w: 820, h: 392 } as const;

function road(ctx: Ctx, points: number[], width: number): void {
  line(ctx, points, '#b3916a', width + 4);
  line(ctx, points, '#fbf6e8', width);
}

function curvedBand(ctx: Ctx, pts: [number, number][], colour: string, width: number): void {
  ctx.beginPath();
  const first = pts[0];
  if (first === undefined) return;
  ctx.moveTo(first[0], first[1]);
  for (let i = 1; i + 1 < pts.length; i += 2) {
    const c = pts[i];
    const e = pts[i + 1];
    if (c === undefined || e === undefined) break;
    ctx.quadraticCurveTo(c[0], c[1], e[0], e[1]);
  }
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke();
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

function unBase(ctx: Ctx, x: number, y: number): void {
  rect(ctx, x - 26, y - 20, 52, 40, '#dfe7f2');
  ctx.strokeStyle = '#3f6fae';
  ctx.lineWidth = 3;
  ctx.strokeRect(x - 26, y - 20, 52, 40);
  line(ctx, [x - 6, y + 12, x - 6, y - 14], '#3f4a55', 2, 'butt');
  rect(ctx, x - 5, y - 14, 18, 11, P.unBlue);
}

function pin(ctx: Ctx, x: number, y: number, colour: string): void {
  ellipse(ctx, x + 3, y + 14, 5, 2, 'rgba(0,0,0,0.2)');
  line(ctx, [x, y, x + 2, y + 13], '#6b6f72', 2);
  circle(ctx, x, y, 6, colour);
  circle(ctx, x - 2, y - 2, 2, 'rgba(255,255,255,0.6)');
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
  for (let gx = x + 41; gx < x + w; gx += 82) {
    ctx.beginPath();
    ctx.moveTo(gx, y);
    ctx.lineTo(gx, y + h);
    ctx.stroke();
  }
  for (let gy = y + 39; gy < y + h; gy += 78) {
    ctx.beginPath();
    ctx.moveTo(x, gy);
    ctx.lineTo(x + w, gy);
    ctx.stroke();
  }
  // firewood area: woods in the south-west, away from the site
  woods(ctx, random, x + 30, y + 200, 200, 80, 30);
  woods(ctx, random, x + 600, y + 20, 110, 60, 12);
  // the river, with its darker banks
  const river: [number, number][] = [
    [x - 10, y + 70],
    [x + 180, y + 40],
    [x + 300, y + 140],
    [x + 420, y + 250],
    [x + 560, y + 250],
    [x + 700, y + 250],
    [x + w + 20, y + 340],
  ];
  curvedBand(ctx, river, '#5f97bd', 30);
  curvedBand(ctx, river, '#8fc0de', 22);
  // roads: a main road east-west crossing the river on a bridge, and tracks north and south
  road(ctx, [x - 10, y + 200, x + 240, y + 190, x + 430, y + 160, x + 620, y + 140, x + w + 10, y + 120], 7);
  road(ctx, [x + 430, y + 160, x + 470, y + 300, x + 520, y + h + 10], 5);
  road(ctx, [x + 620, y + 140, x + 640, y + 100, x + 650, y + 70], 5);
  // the bridge's railings where the main road crosses the river
  for (const off of [-8, 8]) line(ctx, [x + 330, y + 176 + off, x + 380, y + 168 + off], '#5d5449', 2.5);
  // a footpath from the site to the woods: the way women walk for firewood
  ctx.setLineDash([4, 6]);
  line(ctx, [x + 560, y + 60, x + 420, y + 80, x + 300, y + 200, x + 160, y + 240], '#8a5a32', 2.5);
  ctx.setLineDash([]);

  idpSite(ctx, x + 520, y + 20, 170, 80);
  village(ctx, random, x + 130, y + 120);
  market(ctx, x + 430, y + 118);
  waterPoint(ctx, x + 700, y + 104);
  waterPoint(ctx, x + 370, y + 210);
  firewood(ctx, x + 130, y + 240);
  unBase(ctx, x + 720, y + 190);
  pin(ctx, x + 600, y + 170, '#e2c04f');
  pin(ctx, x + 250, y + 250, '#e2c04f');
  compass(ctx, x + w - 40, y + 40);
  ctx.restore();
}

export function paintPatrolMap(ctx: Ctx, w: number, h: number): void {
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
    ctx.lineTo(sx, 440);
    ctx.stroke();
  }
  vGradient(ctx, 0, 440, w, h - 440, [
    [0, '#a48d6a'],
    [1, '#8e7859'],
  ]);
  for (let fy = 452; fy < h; fy += 22) line(ctx, [0, fy, w, fy], 'rgba(90,70,45,0.25)', 1.5, 'butt');
  // the board and its frame
  const { x, y, w: mw, h: mh } = MAP;
  ellipse(ctx, x + mw / 2, y + mh + 34, mw / 2, 10, 'rgba(60,45,25,0.2)');
  for (const lx of [x + 60, x + mw - 60]) rect(ctx, lx - 6, y + mh, 12, 440 - (y + mh), P.wood);
  roundRect(ctx, x - 12, y - 12, mw + 24, mh + 24, 6, P.wood);
  rect(ctx, x - 4, y - 4, mw + 8, mh + 8, '#6e5236');
  paintMap(ctx);
}
