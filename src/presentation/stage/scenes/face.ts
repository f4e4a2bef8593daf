import { EXPRESSIONS } from '../../../engine/tags/vocabulary.ts';
import type { Expression } from '../../../engine/tags/vocabulary.ts';
import type { Look } from '../../../engine/content/types.ts';
import { luminance, parseHex } from './colour.ts';
import { ellipse, type Ctx } from './paint.ts';

export type FaceExpression = Exclude<Expression, 'gone'>;
/** On deep skin tones the features get a faint light edge so the expression stays readable. */
export type FaceTone = 'light' | 'deep';

/** Every expression of the tag vocabulary but `gone`, which takes the person off the stage: a face each. */
export const FACE_EXPRESSIONS: readonly FaceExpression[] = EXPRESSIONS.filter(
  (e): e is FaceExpression => e !== 'gone',
);
export const FACE_TONES: readonly FaceTone[] = ['light', 'deep'];
/** The face texture is a square centred on the head. */
export const FACE_SIZE = 80;

export function faceTone(look: Look): FaceTone {
  return luminance(parseHex(look.skin, { r: 150, g: 105, b: 70 })) < 0.12 ? 'deep' : 'light';
}

export function faceKey(expression: FaceExpression, tone: FaceTone): string {
  return `waypoint-face-${expression}-${tone}`;
}

/** Eye shapes: open (white with a pupil), narrowed, wide, droopy, or closed as a soft arc. */
type EyeShape = 'open' | 'narrow' | 'wide' | 'droop' | 'closed';

interface FaceSpec {
  /** Brow heights above the eyes at the outer and inner ends (bigger is higher). */
  brow: { outer: number; inner: number };
  /** Right brow override, for an asymmetric (wary) face. */
  browRight?: { outer: number; inner: number };
  eye: EyeShape;
  /** Where the pupils look, in pixels. */
  look: { x: number; y: number };
  /** Mouth: curve > 0 smiles, < 0 frowns; open draws an open mouth of that height. */
  mouth: { width: number; curve: number; open?: number; tilt?: number };
  blush?: boolean;
  tear?: boolean;
}

const FACES: Record<FaceExpression, FaceSpec> = {
  neutral: {
    brow: { outer: 11, inner: 11 },
    eye: 'open',
    look: { x: 0, y: 0 },
    mouth: { width: 12, curve: 0 },
  },
  calm: {
    brow: { outer: 10, inner: 12 },
    eye: 'open',
    look: { x: 0, y: 0.5 },
    mouth: { width: 14, curve: 3.5 },
  },
  wary: {
    brow: { outer: 10, inner: 7 },
    browRight: { outer: 15, inner: 12 },
    eye: 'narrow',
    look: { x: 2.6, y: 0 },
    mouth: { width: 11, curve: -1.5, tilt: 2 },
  },
  afraid: {
    brow: { outer: 13, inner: 18 },
    eye: 'wide',
    look: { x: 0, y: 0 },
    mouth: { width: 11, curve: 0, open: 8 },
  },
  sad: {
    brow: { outer: 8, inner: 17 },
    eye: 'droop',
    look: { x: 0, y: 1.8 },
    mouth: { width: 14, curve: -5 },
    tear: true,
  },
  angry: {
    brow: { outer: 14, inner: 4 },
    eye: 'narrow',
    look: { x: 0, y: 0 },
    mouth: { width: 15, curve: -4.5 },
  },
  relieved: {
    brow: { outer: 11, inner: 15 },
    eye: 'closed',
    look: { x: 0, y: 0 },
    mouth: { width: 16, curve: 5, open: 3 },
    blush: true,
  },
  hopeful: {
    brow: { outer: 14, inner: 16 },
    eye: 'open',
    look: { x: 0, y: -1.8 },
    mouth: { width: 14, curve: 4.5 },
    blush: true,
  },
};

interface Ink {
  colour: string;
  /** A faint light edge under dark strokes, so they still read on deep skin. */
  rim: string | null;
  bold: number;
}

function inkFor(tone: FaceTone): Ink {
  return tone === 'deep'
    ? { colour: '#0b0604', rim: 'rgba(255,226,200,0.3)', bold: 1.15 }
    : { colour: '#33201a', rim: null, bold: 1 };
}

function strokeInk(ctx: Ctx, ink: Ink, width: number): void {
  if (ink.rim !== null) {
    ctx.strokeStyle = ink.rim;
    ctx.lineWidth = width * ink.bold + 2.4;
    ctx.stroke();
  }
  ctx.strokeStyle = ink.colour;
  ctx.lineWidth = width * ink.bold;
  ctx.stroke();
}

/** Paints one expression: brows, eyes and mouth on a transparent square centred on the head. */
export function paintFace(ctx: Ctx, expression: FaceExpression, tone: FaceTone): void {
  const spec = FACES[expression];
  const ink = inkFor(tone);
  const c = FACE_SIZE / 2;
  const eyeY = c + 2;
  const eyeDx = 11;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';

  if (spec.blush === true) {
    for (const side of [-1, 1]) ellipse(ctx, c + side * 17, c + 11, 5.5, 3.2, 'rgba(214,96,86,0.3)');
  }

  for (const side of [-1, 1]) {
    const ex = c + side * eyeDx;
    paintEye(ctx, ex, eyeY, side, spec.eye, spec.look, ink);
    const brow = side > 0 && spec.browRight !== undefined ? spec.browRight : spec.brow;
    ctx.beginPath();
    ctx.moveTo(ex + side * 7, eyeY - brow.outer);
    ctx.quadraticCurveTo(ex, eyeY - (brow.outer + brow.inner) / 2 - 2, ex - side * 6, eyeY - brow.inner);
    strokeInk(ctx, ink, 3.2);
  }

  if (spec.tear === true) {
    const tx = c - eyeDx - 4;
    const ty = eyeY + 10;
    ctx.beginPath();
    ctx.moveTo(tx, ty - 5.5);
    ctx.quadraticCurveTo(tx + 4.2, ty + 1, tx, ty + 3.5);
    ctx.quadraticCurveTo(tx - 4.2, ty + 1, tx, ty - 5.5);
    ctx.fillStyle = '#7cc3ef';
    ctx.fill();
    ctx.strokeStyle = '#3f8fc6';
    ctx.lineWidth = 1;
    ctx.stroke();
    ellipse(ctx, tx - 1, ty, 1, 1.4, '#e8f6ff');
  }

  paintMouth(ctx, c, c + 17, spec.mouth, ink);
}

/** side is -1 for the eye on the left of the picture, 1 for the right; the inner corner faces the nose. */
function paintEye(
  ctx: Ctx,
  x: number,
  y: number,
  side: number,
  shape: EyeShape,
  look: { x: number; y: number },
  ink: Ink,
): void {
  if (shape === 'closed') {
    ctx.beginPath();
    ctx.arc(x, y - 2, 5.5, Math.PI * 0.15, Math.PI * 0.85);
    strokeInk(ctx, ink, 2.6);
    return;
  }
  const rx = shape === 'wide' ? 6.2 : 5.4;
  const ry = shape === 'wide' ? 7.4 : shape === 'narrow' ? 3.4 : 5.8;
  const white = '#fbf8f2';
  // a sad lid falls towards the outer corner: from high at the inner corner to low at the outer one
  const lidInner = { x: x - side * (rx + 1), y: y - ry * 0.75 };
  const lidOuter = { x: x + side * (rx + 1), y: y + ry * 0.05 };
  ctx.save();
  if (shape === 'droop') {
    ctx.beginPath();
    ctx.moveTo(lidInner.x, lidInner.y);
    ctx.lineTo(lidOuter.x, lidOuter.y);
    ctx.lineTo(lidOuter.x, y + ry + 2);
    ctx.lineTo(lidInner.x, y + ry + 2);
    ctx.closePath();
    ctx.clip();
  }
  ctx.beginPath();
  ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2);
  ctx.fillStyle = white;
  ctx.fill();
  ctx.clip();
  const pr = shape === 'wide' ? 2.7 : 3.4;
  ellipse(ctx, x + look.x, y + look.y, pr, pr, ink.colour);
  ellipse(ctx, x + look.x - 1.1, y + look.y - 1.2, 0.9, 0.9, white);
  ctx.restore();
  // upper lid line
  ctx.beginPath();
  if (shape === 'droop') {
    ctx.moveTo(lidInner.x + side * 1.5, lidInner.y + 0.4);
    ctx.lineTo(lidOuter.x - side * 0.5, lidOuter.y);
  } else {
    ctx.ellipse(x, y, rx + 0.3, ry + 0.3, 0, Math.PI * 1.08, Math.PI * 1.92);
  }
  ctx.strokeStyle = ink.colour;
  ctx.lineWidth = 1.6 * ink.bold;
  ctx.stroke();
}

function paintMouth(ctx: Ctx, x: number, y: number, mouth: FaceSpec['mouth'], ink: Ink): void {
  const half = mouth.width / 2;
  const tilt = mouth.tilt ?? 0;
  const left = { x: x - half, y: y - mouth.curve / 2 + tilt / 2 };
  const right = { x: x + half, y: y - mouth.curve / 2 - tilt / 2 };
  const mid = { x, y: y + mouth.curve };
  ctx.beginPath();
  ctx.moveTo(left.x, left.y);
  ctx.quadraticCurveTo(mid.x, mid.y + (mouth.open ?? 0), right.x, right.y);
  if (mouth.open === undefined) {
    strokeInk(ctx, ink, 2.8);
    return;
  }
  ctx.quadraticCurveTo(mid.x, mouth.curve > 0 ? mid.y - 1 : mid.y - mouth.open, left.x, left.y);
  ctx.closePath();
  strokeInk(ctx, ink, 1.8);
  ctx.fillStyle = ink.rim === null ? '#5a2620' : '#2a0f0c';
  ctx.fill();
}
