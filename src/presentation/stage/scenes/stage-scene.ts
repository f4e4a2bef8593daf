import * as Phaser from 'phaser';
import type { Setting } from '../../../engine/tags/vocabulary.ts';
import type { StagePerson, StagePlanning, StageState } from '../stage-view.ts';
import { layoutPeople } from './layout.ts';
import { PALETTE } from './palette.ts';
import { DEFAULT_STANCE, PersonView, type Stance } from './person-view.ts';
import { PlanningView } from './planning/planning-view.ts';
import { backdropKey } from './settings/index.ts';
import { STAGE_HEIGHT, STAGE_WIDTH } from './stage-size.ts';

export interface StageSceneOptions {
  reducedMotion: boolean;
  /** Called once the scene has been created and can draw. */
  onReady: (scene: StageScene) => void;
  /** Called with a choice index when the trainee picks a target on the planning board. */
  onPick: (index: number) => void;
}

const CROSSFADE_MS = 380;
const PLANNING_DEPTH = 2;
const PEOPLE_DEPTH = 10;

/**
 * On the planning board people stand smaller in front of it, below the map and the panels, so they never cover
 * a pickable route, card or token.
 */
const BOARD_STANCE: Stance = { scale: 0.55, groundY: 536 };
const BOARD_SPACING = 118;

/**
 * The drawn place and the people in it. It holds no game state: `render` receives the whole state each time and
 * changes only the objects that differ from what is on screen.
 */
export class StageScene extends Phaser.Scene {
  private readonly options: StageSceneOptions;
  private setting: Setting | null = null;
  private backdrop: Phaser.GameObjects.Image | null = null;
  private readonly people = new Map<string, PersonView>();
  private planning: PlanningView | null = null;

  constructor(options: StageSceneOptions) {
    super({ key: 'Stage' });
    this.options = options;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(PALETTE.skyHorizon);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.people.clear();
      this.planning = null;
      this.backdrop = null;
      this.setting = null;
    });
    this.options.onReady(this);
  }

  render(state: StageState): void {
    const crossfade = this.showSetting(state.setting);
    this.showPlanning(state.setting, state.planning, crossfade);
    this.showPeople(state.setting, state.people);
  }

  private get motion(): boolean {
    return !this.options.reducedMotion;
  }

  /** Shows the setting's backdrop; returns whether it crossfades from a previous one. */
  private showSetting(setting: Setting): boolean {
    if (setting === this.setting) return false;
    this.setting = setting;
    const previous = this.backdrop;
    const next = this.add.image(STAGE_WIDTH / 2, STAGE_HEIGHT / 2, backdropKey(setting)).setDepth(1);
    this.backdrop = next;
    if (previous === null) return false;
    if (!this.motion) {
      previous.destroy();
      return false;
    }
    previous.setDepth(0);
    next.setAlpha(0);
    this.tweens.add({
      targets: next,
      alpha: 1,
      duration: CROSSFADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        previous.destroy();
      },
    });
    return true;
  }

  /** The pickable planning layer, made the first time the board is shown. */
  private showPlanning(setting: Setting, planning: StagePlanning, crossfade: boolean): void {
    const shown = setting === 'patrol-map';
    if (this.planning === null) {
      if (!shown) return;
      this.planning = new PlanningView(this, {
        motion: this.motion,
        depth: PLANNING_DEPTH,
        onPick: this.options.onPick,
      });
    }
    this.planning.update(planning, shown, crossfade);
  }

  private showPeople(setting: Setting, people: readonly StagePerson[]): void {
    const board = setting === 'patrol-map';
    const stance = board ? BOARD_STANCE : DEFAULT_STANCE;
    const present = new Map<string, StagePerson>();
    for (const person of people) if (!present.has(person.id)) present.set(person.id, person);
    for (const [id, view] of this.people) {
      if (!present.has(id)) {
        view.remove();
        this.people.delete(id);
      }
    }
    const xs = board ? layoutPeople(present.size, BOARD_SPACING) : layoutPeople(present.size);
    let index = 0;
    for (const [id, person] of present) {
      const x = xs[index] ?? STAGE_WIDTH / 2;
      const depth = PEOPLE_DEPTH + index;
      const view = this.people.get(id);
      if (view) view.update(person, x, depth, stance);
      else this.people.set(id, new PersonView(this, person, x, depth, this.motion, stance));
      index++;
    }
  }
}
