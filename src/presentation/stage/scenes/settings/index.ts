import type { Setting } from '../../../../engine/tags/vocabulary.ts';
import type { Ctx } from '../paint.ts';
import { paintBase } from './base.ts';
import { paintCheckpoint } from './checkpoint.ts';
import { paintHealthPost } from './health-post.ts';
import { paintPatrolMap } from './patrol-map.ts';
import { paintVillage } from './village.ts';
import { paintWaterPoint } from './water-point.ts';

export type SettingPainter = (ctx: Ctx, width: number, height: number) => void;

/** One painter per setting; each draws a full backdrop onto a canvas of the stage's size. */
export const SETTING_PAINTERS: Record<Setting, SettingPainter> = {
  village: paintVillage,
  'water-point': paintWaterPoint,
  'health-post': paintHealthPost,
  base: paintBase,
  checkpoint: paintCheckpoint,
  'patrol-map': paintPatrolMap,
};

export function backdropKey(setting: Setting): string {
  return `waypoint-setting-${setting}`;
}
