/**
 * What the HTML layer asks of the drawn scene. The Phaser implementation lives behind this interface and is
 * loaded only when a scenario starts, so the first screen never waits for Phaser.
 */
import type { Look } from '../../engine/content/types.ts';
import type { Expression, MapTarget, Setting } from '../../engine/tags/vocabulary.ts';

export interface StagePerson {
  id: string;
  name: string;
  look: Look;
  expression: Exclude<Expression, 'gone'>;
  speaking: boolean;
}

/** A planning step on the patrol map: what is already planned, and what can be picked now. */
export interface StagePlanning {
  chosen: MapTarget[];
  /** The choices on offer that sit on the map; picking one forwards its index, like pressing its button. */
  offered: { target: MapTarget; index: number; text: string }[];
}

export interface StageState {
  setting: Setting;
  people: StagePerson[];
  planning: StagePlanning;
}

export interface StageView {
  /** Draw this state; called after every story step. Cheap when nothing changed. */
  show(state: StageState): void;
  /** Called with a choice index when the trainee picks a map target on the canvas. */
  onPick(handler: (index: number) => void): void;
  destroy(): void;
}

export interface StageOptions {
  reducedMotion: boolean;
}
