import * as Phaser from 'phaser';
import type { StagePerson } from '../stage-view.ts';
import { faceKey, faceTone } from './face.ts';
import { HALO_HEIGHT, HALO_KEY, SHADOW_KEY } from './glow.ts';
import { BODY_HEIGHT, BODY_WIDTH, bodyKey, CHILD_SCALE, HEAD, headPlacement, paintBody } from './person.ts';
import { GROUND_Y } from './stage-size.ts';
import { paintTexture } from './textures.ts';

/** How big people are drawn and where their feet stand; a setting may place people differently. */
export interface Stance {
  scale: number;
  groundY: number;
}

export const DEFAULT_STANCE: Stance = { scale: 1, groundY: GROUND_Y };

const LIFT = 6;
const MOVE_MS = 450;
const FADE_MS = 320;

/**
 * One person on the stage: a feet shadow, and a figure (halo, body, face) that lifts a little while speaking.
 * `update` touches only what changed: a new look repaints the body, a new expression swaps the face texture.
 */
export class PersonView {
  private readonly scene: Phaser.Scene;
  private readonly motion: boolean;
  private readonly root: Phaser.GameObjects.Container;
  private readonly figure: Phaser.GameObjects.Container;
  private readonly halo: Phaser.GameObjects.Image;
  private readonly body: Phaser.GameObjects.Image;
  private readonly face: Phaser.GameObjects.Image;
  private bodyTexture = '';
  private faceTexture = '';
  private speaking = false;
  private child = false;
  private stance: Stance;
  private targetX: number;
  private targetY: number;
  private targetScale: number;
  private breathing: Phaser.Tweens.Tween | null = null;
  private lifting: Phaser.Tweens.Tween | null = null;

  constructor(
    scene: Phaser.Scene,
    person: StagePerson,
    x: number,
    depth: number,
    motion: boolean,
    stance: Stance = DEFAULT_STANCE,
  ) {
    this.scene = scene;
    this.motion = motion;
    this.stance = stance;
    this.child = person.look.child === true;
    this.targetX = x;
    this.targetY = stance.groundY;
    this.targetScale = this.scaleFor(this.child);
    const shadow = scene.add.image(0, -2, SHADOW_KEY);
    this.halo = scene.add.image(0, -BODY_HEIGHT / 2 - 8, HALO_KEY).setVisible(false);
    this.halo.setDisplaySize(BODY_WIDTH * 1.25, HALO_HEIGHT);
    this.body = scene.add.image(0, 0, '__DEFAULT').setOrigin(0.5, 1);
    this.face = scene.add.image(HEAD.x - BODY_WIDTH / 2, HEAD.y - BODY_HEIGHT, '__DEFAULT');
    this.figure = scene.add.container(0, 0, [this.halo, this.body, this.face]);
    this.root = scene.add
      .container(x, this.targetY, [shadow, this.figure])
      .setScale(this.targetScale)
      .setDepth(depth);
    this.apply(person);
    if (motion) {
      this.root.setAlpha(0);
      scene.tweens.add({ targets: this.root, alpha: 1, duration: FADE_MS, ease: 'Sine.easeOut' });
      this.breathing = scene.tweens.add({
        targets: this.figure,
        scaleY: 1.012,
        duration: 1700 + (x % 7) * 90,
        ease: 'Sine.easeInOut',
        yoyo: true,
        repeat: -1,
      });
    }
  }

  update(person: StagePerson, x: number, depth: number, stance: Stance = DEFAULT_STANCE): void {
    this.root.setDepth(depth);
    this.stance = stance;
    this.apply(person);
    this.place(x, stance.groundY, this.scaleFor(this.child));
  }

  remove(): void {
    this.scene.tweens.killTweensOf([this.root, this.halo]);
    this.breathing?.remove();
    this.breathing = null;
    this.lifting = null;
    if (!this.motion) {
      this.root.destroy();
      return;
    }
    this.scene.tweens.add({
      targets: this.root,
      alpha: 0,
      duration: FADE_MS,
      ease: 'Sine.easeIn',
      onComplete: () => {
        this.root.destroy();
      },
    });
  }

  private apply(person: StagePerson): void {
    const look = person.look;
    const key = bodyKey(look);
    if (key !== this.bodyTexture) {
      paintTexture(this.scene.textures, key, BODY_WIDTH, BODY_HEIGHT, (ctx) => {
        paintBody(ctx, look);
      });
      this.body.setTexture(key);
      this.bodyTexture = key;
      const head = headPlacement(look);
      this.face.setPosition(HEAD.x - BODY_WIDTH / 2, head.y - BODY_HEIGHT).setScale(head.scale);
    }
    this.setFace(faceKey(person.expression, faceTone(look)));
    this.child = look.child === true;
    if (person.speaking !== this.speaking) this.setSpeaking(person.speaking);
  }

  private scaleFor(child: boolean): number {
    return this.stance.scale * (child ? CHILD_SCALE : 1);
  }

  /** Moves the person to a place and size: at once with reduced motion, else with a short glide. */
  private place(x: number, y: number, scale: number): void {
    if (x === this.targetX && y === this.targetY && scale === this.targetScale) return;
    this.targetX = x;
    this.targetY = y;
    this.targetScale = scale;
    if (!this.motion) {
      this.root.setPosition(x, y).setScale(scale);
      return;
    }
    this.scene.tweens.killTweensOf(this.root);
    this.root.setAlpha(1);
    this.scene.tweens.add({
      targets: this.root,
      x,
      y,
      scaleX: scale,
      scaleY: scale,
      duration: MOVE_MS,
      ease: 'Sine.easeInOut',
    });
  }

  private setFace(key: string): void {
    if (key === this.faceTexture) return;
    this.face.setTexture(key);
    this.faceTexture = key;
  }

  private setSpeaking(speaking: boolean): void {
    this.speaking = speaking;
    const lift = speaking ? -LIFT : 0;
    if (!this.motion) {
      this.halo.setVisible(speaking).setAlpha(1);
      this.figure.y = lift;
      return;
    }
    this.lifting?.stop();
    if (speaking && !this.halo.visible) this.halo.setVisible(true).setAlpha(0);
    const fromY = this.figure.y;
    this.lifting = this.scene.tweens.add({
      targets: this.halo,
      alpha: speaking ? 1 : 0,
      duration: 260,
      ease: 'Sine.easeOut',
      onUpdate: (tween) => {
        this.figure.y = fromY + (lift - fromY) * tween.progress;
      },
      onComplete: () => {
        this.figure.y = lift;
        if (!this.speaking) this.halo.setVisible(false);
      },
    });
  }
}
