/**
 * The Phaser implementation of the stage. Phaser and the scenes are imported dynamically, so they form a separate
 * chunk that loads only when a scenario starts and never weighs on the first screen.
 *
 * State reaches the drawing by a plain method call: `show(state)` calls `StageScene.render(state)`, or keeps the
 * latest state until the scene exists. Nothing is kept in Phaser's registry or in globals. Picks on the planning
 * board come back the same plain way: the scene calls `onPick` with the choice index, which goes to the handler
 * the HTML layer registered, as if the matching choice button had been pressed.
 */
import type { Game } from 'phaser';
import type { StageScene } from './scenes/stage-scene.ts';
import type { StageOptions, StageState, StageView } from './stage-view.ts';

export async function createStage(parent: HTMLElement, options: StageOptions): Promise<StageView> {
  const [Phaser, scenes] = await Promise.all([import('phaser'), import('./scenes/index.ts')]);
  const builtin = await scenes.makeBuiltinImages();

  // FIT scales into the parent's box; when the page gives the parent no height, keep the stage's proportions.
  if (parent.getBoundingClientRect().height === 0 && getComputedStyle(parent).aspectRatio === 'auto') {
    parent.style.aspectRatio = `${scenes.STAGE_WIDTH} / ${scenes.STAGE_HEIGHT}`;
  }

  let scene: StageScene | null = null;
  let pending: StageState | null = null;
  let destroyed = false;
  let game: Game | null = null;
  // The HTML layer's handler for picks on the planning board; the scene calls it through `onPick` below.
  let pickHandler: ((index: number) => void) | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const stageScene = new scenes.StageScene({
    reducedMotion: options.reducedMotion,
    onReady: (created) => {
      scene = created;
      if (pending !== null) created.render(pending);
      pending = null;
      markReady();
    },
    onPick: (index) => {
      if (!destroyed) pickHandler?.(index);
    },
  });

  try {
    game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      width: scenes.STAGE_WIDTH,
      height: scenes.STAGE_HEIGHT,
      backgroundColor: '#eef0e0',
      banner: false,
      autoFocus: false,
      // The canvas is decorative apart from picks on the planning board, which mirror choice buttons. No keyboard
      // input at all (the HTML layer owns the keys). Mouse and touch listen on the canvas only, passively where
      // it matters: wheel and touch gestures still scroll the page. Mouse-down is default-prevented on the canvas
      // so a click there leaves focus where it was in the HTML page; the canvas itself is never focusable.
      input: {
        keyboard: false,
        gamepad: false,
        windowEvents: false,
        mouse: {
          preventDefaultDown: true,
          preventDefaultUp: false,
          preventDefaultMove: false,
          preventDefaultWheel: false,
        },
        touch: { capture: false },
      },
      audio: { noAudio: true },
      fps: { limit: 30 },
      images: builtin.images,
      scale: {
        mode: Phaser.Scale.FIT,
        autoCenter: Phaser.Scale.CENTER_BOTH,
        expandParent: false,
        width: scenes.STAGE_WIDTH,
        height: scenes.STAGE_HEIGHT,
      },
      callbacks: {
        postBoot: (booted) => {
          booted.canvas.setAttribute('aria-hidden', 'true');
          booted.canvas.style.display = 'block';
          builtin.release();
        },
      },
      scene: [new scenes.BootScene(), new scenes.PreloaderScene(), stageScene],
    });
  } catch (error) {
    builtin.release();
    throw error;
  }

  await ready;

  return {
    show(state: StageState): void {
      if (destroyed) return;
      if (scene === null) pending = state;
      else scene.render(state);
    },
    onPick(handler: (index: number) => void): void {
      pickHandler = handler;
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      scene = null;
      pickHandler = null;
      pending = null;
      game?.destroy(true);
      game = null;
    },
  };
}
