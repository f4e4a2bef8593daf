import * as Phaser from 'phaser';
import { SETTINGS } from '../../../engine/tags/vocabulary.ts';
import { FACE_EXPRESSIONS, FACE_SIZE, FACE_TONES, faceKey, paintFace } from './face.ts';
import {
  HALO_HEIGHT,
  HALO_KEY,
  HALO_WIDTH,
  paintHalo,
  paintShadow,
  SHADOW_HEIGHT,
  SHADOW_KEY,
  SHADOW_WIDTH,
} from './glow.ts';
import { backdropKey, SETTING_PAINTERS } from './settings/index.ts';
import { STAGE_HEIGHT, STAGE_WIDTH } from './stage-size.ts';
import { paintTexture } from './textures.ts';

/**
 * Generates every texture the stage needs up front: one backdrop per setting, every face, the speaker's halo and
 * the feet shadow. Bodies depend on each person's look and are painted by the stage when first needed.
 */
export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Preloader' });
  }

  create(): void {
    const textures = this.textures;
    for (const setting of SETTINGS) {
      const paint = SETTING_PAINTERS[setting];
      paintTexture(textures, backdropKey(setting), STAGE_WIDTH, STAGE_HEIGHT, (ctx) => {
        paint(ctx, STAGE_WIDTH, STAGE_HEIGHT);
      });
    }
    for (const expression of FACE_EXPRESSIONS) {
      for (const tone of FACE_TONES) {
        paintTexture(textures, faceKey(expression, tone), FACE_SIZE, FACE_SIZE, (ctx) => {
          paintFace(ctx, expression, tone);
        });
      }
    }
    paintTexture(textures, HALO_KEY, HALO_WIDTH, HALO_HEIGHT, paintHalo);
    paintTexture(textures, SHADOW_KEY, SHADOW_WIDTH, SHADOW_HEIGHT, paintShadow);
    this.scene.start('Stage');
  }
}
