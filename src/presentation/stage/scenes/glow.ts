import type { Ctx } from './paint.ts';

/** A soft light behind the person who is speaking. */
export const HALO_KEY = 'waypoint-halo';
export const HALO_WIDTH = 190;
export const HALO_HEIGHT = 300;
/** A soft shadow under a person's feet. */
export const SHADOW_KEY = 'waypoint-shadow';
export const SHADOW_WIDTH = 120;
export const SHADOW_HEIGHT = 26;

export function paintHalo(ctx: Ctx): void {
  ctx.save();
  ctx.translate(HALO_WIDTH / 2, HALO_HEIGHT / 2);
  ctx.scale(1, HALO_HEIGHT / HALO_WIDTH);
  const r = HALO_WIDTH / 2;
  const g = ctx.createRadialGradient(0, 0, 0, 0, 0, r);
  g.addColorStop(0, 'rgba(255,248,220,0.75)');
  g.addColorStop(0.55, 'rgba(255,244,210,0.45)');
  g.addColorStop(1, 'rgba(255,244,210,0)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(0, 0, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}

export function paintShadow(ctx: Ctx): void {
  ctx.save();
  ctx.translate(SHADOW_WIDTH / 2, SHADOW_HEIGHT / 2);
  ctx.scale(1, SHADOW_HEIGHT / SHADOW_WIDTH);
  const r = SHADOW_WIDTH / 2;
  const g = ctx.createRadialGradient(0, 0, 0, 0, 0, r);
  g.addColorStop(0, 'rgba(50,34,18,0.34)');
  g.addColorStop(1, 'rgba(50,34,18,0)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(0, 0, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}
