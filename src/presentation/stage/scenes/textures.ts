import type * as Phaser from 'phaser';
import type { Ctx } from './paint.ts';

/**
 * Makes a texture by painting on a canvas with the 2D API, once per key. The art is generated here, in the
 * browser; nothing is downloaded.
 */
export function paintTexture(
  textures: Phaser.Textures.TextureManager,
  key: string,
  width: number,
  height: number,
  paint: (ctx: Ctx) => void,
): void {
  if (textures.exists(key)) return;
  const texture = textures.createCanvas(key, width, height);
  if (!texture) return;
  paint(texture.context);
  texture.refresh();
}
