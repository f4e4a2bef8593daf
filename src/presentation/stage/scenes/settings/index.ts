import type { Setting } from '../../../../engine/tags/vocabulary';
import type { Ctx } from '../paint';
import { paintBase } from './base';
import { paintCheckpoint } from './checkpoint';
import { paintHealthPost } from './health-post';
import { paintPatrolMap } from './patrol-map';
import { paintVillage } from './village';
import { paintWaterPoint } from './water-point';

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
