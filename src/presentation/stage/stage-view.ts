/**
 * What the HTML layer asks of the drawn scene. The Phaser implementation lives behind this interface and is
 * loaded only when a scenario starts, so the first screen never waits for Phaser.
 */
import type { Look } from '../../engine/content/types';
import type { Expression, Setting } from '../../engine/tags/vocabulary';

export interface StagePerson {
  id: string;
  name: string;
  look: Look;
  expression: Exclude<Expression, 'gone'>;
  speaking: boolean;
}

export interface StageState {
  setting: Setting;
  people: StagePerson[];
}

export interface StageView {
  /** Draw this state; called after every story step. Cheap when nothing changed. */
  show(state: StageState): void;
  destroy(): void;
}

export interface StageOptions {
  reducedMotion: boolean;
}
