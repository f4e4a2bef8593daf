import type { Look } from '../../../engine/content/types.ts';
import { css, parseHex, shade, type Rgb } from './colour.ts';
import { ellipse, line, roundRect, roundRectPath, type Ctx } from './paint.ts';

/** Size of a body texture; the feet stand at the bottom centre. */
export const BODY_WIDTH = 150;
export const BODY_HEIGHT = 256;
/** Centre and radius of the head inside the body texture; the face texture is laid over it. */
export const HEAD = { x: 75, y: 56, r: 30 } as const;
/** How much smaller a child is drawn. */
export const CHILD_SCALE = 0.64;
/** Children's heads are drawn larger for their size, scaled about the chin. */
const CHILD_HEAD_SCALE = 1.22;
const CHIN_Y = 92;

/** Where the head sits in the body texture, and at what scale, so the face texture can be laid over it. */
export function headPlacement(look: Look): { y: number; scale: number } {
  if (look.child !== true) return { y: HEAD.y, scale: 1 };
  return { y: CHIN_Y - (CHIN_Y - HEAD.y) * CHILD_HEAD_SCALE, scale: CHILD_HEAD_SCALE };
}

const GREY: Rgb = { r: 128, g: 128, b: 128 };
/** A plain olive field uniform: no camouflage pattern, no insignia. */
const UNIFORM = { shirt: parseHex('#6f7453', GREY), trousers: parseHex('#60644a', GREY) };
const BERET = parseHex('#4a8fdc', GREY);
const HAIR = parseHex('#2a1f19', GREY);
const BOOTS = parseHex('#3a2e25', GREY);

export function bodyKey(look: Look): string {
  const kind = `${look.uniform === true ? 'un' : 'civ'}-${look.child === true ? 'child' : 'adult'}`;
  return `waypoint-body-${look.skin}-${look.clothing}-${look.headwear ?? 'none'}-${kind}`;
}

/** Paints a standing person (everything but the face) in the look's colours. */
export function paintBody(ctx: Ctx, look: Look): void {
  const skin = parseHex(look.skin, { r: 150, g: 105, b: 70 });
  const uniform = look.uniform === true;
  const clothing = uniform ? UNIFORM.shirt : parseHex(look.clothing, { r: 70, g: 110, b: 140 });
  const lower = uniform ? UNIFORM.trousers : shade(clothing, -0.3);
  const scarf = !uniform && look.headwear !== undefined ? parseHex(look.headwear, clothing) : null;
  const cx = HEAD.x;
  const feet = BODY_HEIGHT - 4;

  // legs and shoes
  const longDress = scarf !== null;
  const legTop = 160;
  for (const side of [-1, 1]) {
    roundRect(ctx, cx + side * 11 - 8, legTop, 16, feet - legTop - 2, 6, css(lower));
    ellipse(ctx, cx + side * 12, feet - 3, 12, 5.5, css(uniform ? BOOTS : shade(lower, -0.45)));
  }

  // torso (a tunic, or a long wrap dress for people in a headscarf)
  const hem = longDress ? feet - 16 : 178;
  const flare = longDress ? 36 : 28;
  ctx.beginPath();
  ctx.moveTo(cx - 24, 98);
  ctx.quadraticCurveTo(cx - 33, 100, cx - 32, 114);
  ctx.lineTo(cx - flare, hem);
  ctx.quadraticCurveTo(cx, hem + 6, cx + flare, hem);
  ctx.lineTo(cx + 32, 114);
  ctx.quadraticCurveTo(cx + 33, 100, cx + 24, 98);
  ctx.closePath();
  ctx.fillStyle = css(clothing);
  ctx.fill();
  // a soft side shade gives the body some volume
  ctx.save();
  ctx.clip();
  ctx.fillStyle = css(shade(clothing, -0.14));
  ctx.fillRect(cx + 14, 90, 40, hem);
  ctx.restore();

  if (uniform) {
    roundRect(ctx, cx - 31, 162, 62, 8, 2, css(shade(UNIFORM.trousers, -0.35)));
    roundRect(ctx, cx - 22, 118, 15, 13, 2, css(shade(clothing, -0.12)));
    roundRect(ctx, cx + 7, 118, 15, 13, 2, css(shade(clothing, -0.2)));
  } else if (longDress) {
    line(ctx, [cx - 30, 166, cx + 30, 166], css(shade(clothing, -0.22)), 4);
  }

  // arms: sleeve, forearm, hand
  const sleeve = css(shade(clothing, -0.08));
  for (const side of [-1, 1]) {
    line(
      ctx,
      [cx + side * 29, 106, cx + side * 36, 146],
      side > 0 ? css(shade(clothing, -0.18)) : sleeve,
      17,
    );
    line(ctx, [cx + side * 36, 146, cx + side * 38, 170], css(side > 0 ? shade(skin, -0.08) : skin), 12);
    ellipse(ctx, cx + side * 38, 175, 7.5, 8, css(side > 0 ? shade(skin, -0.08) : skin));
  }
  if (uniform) ellipse(ctx, cx - 33, 118, 6, 6, css(BERET));

  // neck
  roundRect(ctx, cx - 8, 76, 16, 26, 5, css(shade(skin, -0.12)));
  if (uniform) {
    ctx.beginPath();
    ctx.moveTo(cx - 16, 96);
    ctx.lineTo(cx, 112);
    ctx.lineTo(cx + 16, 96);
    ctx.lineTo(cx + 9, 94);
    ctx.lineTo(cx, 104);
    ctx.lineTo(cx - 9, 94);
    ctx.closePath();
    ctx.fillStyle = css(shade(clothing, -0.25));
    ctx.fill();
  }

  ctx.save();
  if (look.child === true) {
    ctx.translate(HEAD.x, CHIN_Y);
    ctx.scale(CHILD_HEAD_SCALE, CHILD_HEAD_SCALE);
    ctx.translate(-HEAD.x, -CHIN_Y);
  }
  if (scarf !== null) paintScarfedHead(ctx, skin, scarf);
  else paintHead(ctx, skin, uniform);
  ctx.restore();
}

function paintHead(ctx: Ctx, skin: Rgb, uniform: boolean): void {
  const { x, y, r } = HEAD;
  for (const side of [-1, 1]) ellipse(ctx, x + side * (r - 1), y + 4, 6, 8, css(shade(skin, -0.1)));
  ellipse(ctx, x, y, r, r + 1, css(skin));
  // short hair
  ctx.beginPath();
  ctx.arc(x, y + 2, r + 1.5, Math.PI * 1.02, Math.PI * 1.98);
  ctx.quadraticCurveTo(x + r * 0.5, y - r * 0.72, x, y - r * 0.66);
  ctx.quadraticCurveTo(x - r * 0.5, y - r * 0.6, x - r - 1, y + 1);
  ctx.closePath();
  ctx.fillStyle = css(HAIR);
  ctx.fill();
  if (uniform) paintBeret(ctx);
}

/** A UN-style beret: a soft blue crown pulled to one side over a darker band. No badge or lettering. */
function paintBeret(ctx: Ctx): void {
  const { x, y, r } = HEAD;
  ctx.save();
  ctx.translate(x, y - r + 6);
  ctx.rotate(-0.12);
  ellipse(ctx, -8, -6, r + 6, 12, css(BERET));
  ellipse(ctx, -16, -8, r - 4, 10, css(shade(BERET, 0.12)));
  roundRectPath(ctx, -r + 1, -2, r * 2 - 2, 8, 4);
  ctx.fillStyle = css(shade(BERET, -0.35));
  ctx.fill();
  ctx.restore();
}

/** A headscarf framing the face and falling over the shoulders. */
function paintScarfedHead(ctx: Ctx, skin: Rgb, scarf: Rgb): void {
  const { x, y, r } = HEAD;
  // drape behind the face, over the neck and shoulders
  ctx.beginPath();
  ctx.moveTo(x - r - 5, y);
  ctx.quadraticCurveTo(x - r - 10, y + 50, x - 34, y + 62);
  ctx.lineTo(x + 34, y + 62);
  ctx.quadraticCurveTo(x + r + 10, y + 50, x + r + 5, y);
  ctx.closePath();
  ctx.fillStyle = css(shade(scarf, -0.12));
  ctx.fill();
  ellipse(ctx, x, y - 1, r + 6, r + 6, css(scarf));
  // face opening
  ellipse(ctx, x, y + 3, r - 4, r - 1, css(skin));
  // the front edge of the scarf across the forehead
  ctx.beginPath();
  ctx.moveTo(x - r + 1, y - 2);
  ctx.quadraticCurveTo(x - r + 2, y - r - 4, x, y - r - 4);
  ctx.quadraticCurveTo(x + r - 2, y - r - 4, x + r - 1, y - 2);
  ctx.quadraticCurveTo(x + r - 8, y - 20, x, y - 19);
  ctx.quadraticCurveTo(x - r + 8, y - 20, x - r + 1, y - 2);
  ctx.closePath();
  ctx.fillStyle = css(scarf);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(x - r + 5, y - 6);
  ctx.quadraticCurveTo(x, y - 25, x + r - 5, y - 6);
  ctx.strokeStyle = css(shade(scarf, -0.2));
  ctx.lineWidth = 1.5;
  ctx.stroke();
}
