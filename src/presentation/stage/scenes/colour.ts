/** Small colour helpers for the generated art. Colours come in as CSS hex strings ("#6b4226" or "#abc"). */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Parses a CSS hex colour; anything else gives the fallback, so bad content never breaks the drawing. */
export function parseHex(value: string | undefined, fallback: Rgb): Rgb {
  const match = value === undefined ? null : HEX.exec(value.trim());
  const digits = match?.[1];
  if (digits === undefined) return fallback;
  const full =
    digits.length === 3
      ? digits
          .split('')
          .map((d) => d + d)
          .join('')
      : digits;
  const n = Number.parseInt(full, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function css(c: Rgb, alpha = 1): string {
  const r = Math.round(c.r);
  const g = Math.round(c.g);
  const b = Math.round(c.b);
  return alpha >= 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha})`;
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t };
}

const BLACK: Rgb = { r: 20, g: 14, b: 10 };
const WHITE: Rgb = { r: 255, g: 252, b: 245 };

/** amount < 0 darkens towards a warm black, amount > 0 lightens towards a warm white. */
export function shade(c: Rgb, amount: number): Rgb {
  return amount < 0 ? mix(c, BLACK, -amount) : mix(c, WHITE, amount);
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(c: Rgb): number {
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}
