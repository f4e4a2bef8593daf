import * as Phaser from 'phaser';
import type { Setting } from '../../../engine/tags/vocabulary';
import type { StagePerson, StageState } from '../stage-view';
import { layoutPeople } from './layout';
import { PALETTE } from './palette';
import { PersonView } from './person-view';
import { backdropKey } from './settings';
import { STAGE_HEIGHT, STAGE_WIDTH } from './stage-size';

export interface StageSceneOptions {
  reducedMotion: boolean;
  /** Called once the scene has been created and can draw. */
  onReady: (scene: StageScene) => void;
}

const CROSSFADE_MS = 380;
const PEOPLE_DEPTH = 10;

/**
 * The drawn place and the people in it. It holds no game state: `render` receives the whole state each time and
 * changes only the objects that differ from what is on screen.
 */
export class StageScene extends Phaser.Scene {
  private readonly options: StageSceneOptions;
  private setting: Setting | null = null;
  private backdrop: Phaser.GameObjects.Image | null = null;
  private readonly people = new Map<string, PersonView>();

  constructor(options: StageSceneOptions) {
    super({ key: 'Stage' });
    this.options = options;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(PALETTE.skyHorizon);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.people.clear();
      this.backdrop = null;
      this.setting = null;
    });
    this.options.onReady(this);
  }

  render(state: StageState): void {
    this.showSetting(state.setting);
    this.showPeople(state.people);
  }

  private get motion(): boolean {
    return !this.options.reducedMotion;
  }

  private showSetting(setting: Setting): void {
    if (setting === this.setting) return;
    this.setting = setting;
    const previous = this.backdrop;
    const next = this.add.image(STAGE_WIDTH / 2, STAGE_HEIGHT / 2, backdropKey(setting)).setDepth(1);
    this.backdrop = next;
    if (previous === null) return;
    if (!this.motion) {
      previous.destroy();
      return;
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
  }

  private showPeople(people: readonly StagePerson[]): void {
    const present = new Map<string, StagePerson>();
    for (const person of people) if (!present.has(person.id)) present.set(person.id, person);
    for (const [id, view] of this.people) {
      if (!present.has(id)) {
        view.remove();
        this.people.delete(id);
      }
    }
    const xs = layoutPeople(present.size);
    let index = 0;
    for (const [id, person] of present) {
      const x = xs[index] ?? STAGE_WIDTH / 2;
      const depth = PEOPLE_DEPTH + index;
      const view = this.people.get(id);
      if (view) view.update(person, x, depth);
      else this.people.set(id, new PersonView(this, person, x, depth, this.motion));
      index++;
    }
  }
}
