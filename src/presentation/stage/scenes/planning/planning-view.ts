import * as Phaser from 'phaser';
import type { MapTarget } from '../../../../engine/tags/vocabulary.ts';
import type { StagePlanning } from '../../stage-view.ts';
import type { Ctx } from '../paint.ts';
import { STAGE_HEIGHT, STAGE_WIDTH } from '../stage-size.ts';
import { paintTexture } from '../textures.ts';
import { boundsOf, contains, distanceToPath, inflate, union, type Rect } from './geometry.ts';
import { groupOf, ROUTES, TEAM, TIMES, type PlanGroup } from './plan-layout.ts';
import {
  paintBoxOutline,
  paintRoute,
  paintRouteOutline,
  paintTime,
  paintToken,
  type TargetLook,
} from './plan-paint.ts';

export interface PlanningViewOptions {
  motion: boolean;
  depth: number;
  /** Called with the offered choice's index when the trainee picks a target on the map. */
  onPick: (index: number) => void;
}

/** One pickable element of the board, in stage coordinates. */
interface TargetSpec {
  target: MapTarget;
  group: PlanGroup;
  /** The area its textures cover. */
  box: Rect;
  paint: (ctx: Ctx, look: TargetLook) => void;
  paintOutline: (ctx: Ctx) => void;
  /** How near (x, y) is to the target: lower is nearer, null is not on it. */
  hit: (x: number, y: number) => number | null;
}

/** How far from a route's line a pointer still picks it (stage pixels; wide, for fingers on small screens). */
const ROUTE_REACH = 22;
/** A press that moves further than this before release is a scroll or a drag, not a pick. */
const TAP_SLOP = 30;
/** Picks this soon after a pick are dropped: a double click or a tap's emulated click must not pick twice. */
const PICK_GUARD_MS = 600;
/** Mouse events this soon after a touch are the browser's emulation of that touch. */
const TOUCH_MOUSE_MS = 1000;
const MUTED_ALPHA = 0.38;
const PULSE_MS = 720;
const FADE_MS = 380;

function targetSpecs(): TargetSpec[] {
  const routes = ROUTES.map((route): TargetSpec => ({
    target: route.target,
    group: 'route',
    box: inflate(union(boundsOf(route.path), route.chip), 18),
    paint: (ctx, look) => {
      paintRoute(ctx, route, look);
    },
    paintOutline: (ctx) => {
      paintRouteOutline(ctx, route);
    },
    hit: (x, y) => {
      if (contains(inflate(route.chip, 3), x, y)) return -1;
      const d = distanceToPath(route.path, x, y);
      return d <= ROUTE_REACH ? d : null;
    },
  }));
  const box = (rect: Rect, paint: (ctx: Ctx, look: TargetLook) => void, target: MapTarget): TargetSpec => ({
    target,
    group: groupOf(target),
    box: inflate(rect, 12),
    paint,
    paintOutline: (ctx) => {
      paintBoxOutline(ctx, rect);
    },
    hit: (x, y) => (contains(inflate(rect, 3), x, y) ? -2 : null),
  });
  const times = TIMES.map((tile) =>
    box(
      tile.rect,
      (ctx, look) => {
        paintTime(ctx, tile, look);
      },
      tile.target,
    ),
  );
  const team = TEAM.map((token) =>
    box(
      token.rect,
      (ctx, look) => {
        paintToken(ctx, token, look);
      },
      token.target,
    ),
  );
  return [...routes, ...times, ...team];
}

function canvasTexture(
  textures: Phaser.Textures.TextureManager,
  key: string,
  box: Rect,
): Phaser.Textures.CanvasTexture {
  if (textures.exists(key)) textures.remove(key);
  const texture = textures.createCanvas(key, box.w, box.h);
  if (!texture) throw new Error(`Could not make the ${key} texture.`);
  return texture;
}

/** One target on screen: its picture (repainted only when its look changes), its highlight and its input zone. */
class TargetView {
  readonly spec: TargetSpec;
  readonly image: Phaser.GameObjects.Image;
  readonly outline: Phaser.GameObjects.Image;
  readonly zone: Phaser.GameObjects.Zone;
  private readonly texture: Phaser.Textures.CanvasTexture;
  private painted: string | null = null;
  /** The offered choice's index, or null when this target is not on offer. */
  index: number | null = null;
  chosen = false;
  hover = false;
  muted = false;

  constructor(scene: Phaser.Scene, spec: TargetSpec, isHit: (x: number, y: number) => boolean) {
    this.spec = spec;
    const { box } = spec;
    const key = `waypoint-plan-${spec.target}`;
    this.texture = canvasTexture(scene.textures, key, box);
    paintTexture(scene.textures, `${key}-outline`, box.w, box.h, (ctx) => {
      ctx.translate(-box.x, -box.y);
      spec.paintOutline(ctx);
    });
    this.image = scene.add.image(box.x, box.y, key).setOrigin(0, 0);
    this.outline = scene.add.image(box.x, box.y, `${key}-outline`).setOrigin(0, 0).setVisible(false);
    // A zone over the whole stage with origin 0, so the hit test gets stage coordinates.
    this.zone = scene.add.zone(0, 0, STAGE_WIDTH, STAGE_HEIGHT).setOrigin(0, 0);
    this.zone.setInteractive({
      hitArea: new Phaser.Geom.Rectangle(box.x, box.y, box.w, box.h),
      hitAreaCallback: (_area: unknown, x: number, y: number) => isHit(x, y),
      useHandCursor: true,
    });
    scene.input.disable(this.zone);
  }

  get offered(): boolean {
    return this.index !== null;
  }

  /** Repaints the picture if its look changed since it was last painted. */
  redraw(): void {
    const look: TargetLook = { chosen: this.chosen, offered: this.offered, hover: this.hover };
    const key = `${look.chosen ? 'c' : ''}${look.offered ? 'o' : ''}${look.hover ? 'h' : ''}`;
    if (key !== this.painted) {
      this.painted = key;
      const ctx = this.texture.context;
      ctx.clearRect(0, 0, this.texture.width, this.texture.height);
      ctx.save();
      ctx.translate(-this.spec.box.x, -this.spec.box.y);
      this.spec.paint(ctx, look);
      ctx.restore();
      this.texture.refresh();
    }
    this.image.setAlpha(this.muted ? MUTED_ALPHA : 1);
    this.outline.setVisible(this.offered);
  }
}

/**
 * The pickable layer of the patrol-planning board: the four routes, the time cards and the team tokens. It holds
 * no game state. `update` receives what is planned and what is on offer, and repaints only the targets whose look
 * changed. Targets on offer are outlined (pulsing, or steady with reduced motion) and answer pointer and touch;
 * a pick is forwarded as the choice's index, exactly as if its button had been pressed in the HTML layer.
 */
export class PlanningView {
  private readonly scene: Phaser.Scene;
  private readonly options: PlanningViewOptions;
  private readonly layer: Phaser.GameObjects.Container;
  private readonly outlines: Phaser.GameObjects.Container;
  private readonly pictures: Phaser.GameObjects.Container;
  private readonly targets = new Map<MapTarget, TargetView>();
  private active = false;
  private shownKey = '';
  private pulse: Phaser.Tweens.Tween | null = null;
  private press: { target: MapTarget; pointer: number; x: number; y: number } | null = null;
  private lastPick = -Infinity;
  private lastTouch = -Infinity;

  constructor(scene: Phaser.Scene, options: PlanningViewOptions) {
    this.scene = scene;
    this.options = options;
    this.outlines = scene.add.container(0, 0);
    this.pictures = scene.add.container(0, 0);
    this.layer = scene.add
      .container(0, 0, [this.outlines, this.pictures])
      .setDepth(options.depth)
      .setVisible(false)
      .setAlpha(0);
    for (const spec of targetSpecs()) {
      const view = new TargetView(scene, spec, (x, y) => this.hitAt(x, y) === spec.target);
      this.outlines.add(view.outline);
      this.pictures.add(view.image);
      this.targets.set(spec.target, view);
      view.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
        this.setHover(view, true);
      });
      view.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
        this.setHover(view, false);
      });
      view.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
        this.onDown(view, pointer);
      });
      view.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, (pointer: Phaser.Input.Pointer) => {
        this.onUp(view, pointer);
      });
      view.redraw();
    }
  }

  /**
   * Shows the plan. `shown` is whether the board is the current setting; off it, nothing is pickable.
   * `fade` fades the layer in or out together with the backdrop's crossfade.
   */
  update(planning: StagePlanning, shown: boolean, fade: boolean): void {
    if (shown !== this.active) this.setShown(shown, fade);
    const key = JSON.stringify([planning.chosen, planning.offered.map((o) => [o.target, o.index])]);
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.press = null;

    // The latest pick in each group is the plan: a step that re-plans the route replaces the earlier route.
    const decided = new Map<PlanGroup, MapTarget>();
    for (const target of planning.chosen) decided.set(groupOf(target), target);
    const offered = new Map<MapTarget, number>();
    for (const option of planning.offered)
      if (!offered.has(option.target)) offered.set(option.target, option.index);
    const picking = offered.size > 0;

    let leftHover = false;
    for (const view of this.targets.values()) {
      const { target, group } = view.spec;
      view.chosen = decided.get(group) === target;
      view.index = offered.get(target) ?? null;
      view.muted = !view.chosen && !view.offered && (picking || decided.has(group));
      if (!view.offered && view.hover) {
        view.hover = false;
        leftHover = true;
      }
      view.redraw();
    }
    this.order();
    this.syncInput();
    // The target under the pointer is no longer on offer: its hand cursor goes with it.
    if (leftHover) this.scene.input.resetCursor();
    this.syncPulse();
  }

  /** Which offered target is under (x, y): the nearest, so close routes split the space between them. */
  private hitAt(x: number, y: number): MapTarget | null {
    if (!this.active) return null;
    let best: MapTarget | null = null;
    let bestScore = Infinity;
    for (const view of this.targets.values()) {
      if (!view.offered || !contains(view.spec.box, x, y)) continue;
      const score = view.spec.hit(x, y);
      if (score !== null && score < bestScore) {
        best = view.spec.target;
        bestScore = score;
      }
    }
    return best;
  }

  private setShown(shown: boolean, fade: boolean): void {
    this.active = shown;
    this.press = null;
    this.scene.tweens.killTweensOf(this.layer);
    if (shown) this.layer.setVisible(true);
    if (!fade || !this.options.motion) {
      this.layer.setAlpha(shown ? 1 : 0).setVisible(shown);
    } else {
      this.scene.tweens.add({
        targets: this.layer,
        alpha: shown ? 1 : 0,
        duration: FADE_MS,
        ease: 'Sine.easeInOut',
        onComplete: () => {
          if (!this.active) this.layer.setVisible(false);
        },
      });
    }
    if (!shown) for (const view of this.targets.values()) view.hover = false;
    for (const view of this.targets.values()) view.redraw();
    this.syncInput();
    this.syncPulse();
  }

  /** Chosen targets above the rest, the one under the pointer on top, so a bold route is never crossed out. */
  private order(): void {
    for (const view of this.targets.values()) if (view.chosen) this.pictures.bringToTop(view.image);
    for (const view of this.targets.values()) if (view.hover) this.pictures.bringToTop(view.image);
  }

  private syncInput(): void {
    const input = this.scene.input;
    let anyOn = false;
    for (const view of this.targets.values()) {
      const on = this.active && view.offered;
      const enabled = view.zone.input?.enabled === true;
      if (on && !enabled) input.enable(view.zone);
      if (!on && enabled) input.disable(view.zone);
      anyOn ||= on;
    }
    if (!anyOn) input.resetCursor();
  }

  private syncPulse(): void {
    const pulsing = this.active && this.options.motion && [...this.targets.values()].some((v) => v.offered);
    if (pulsing && this.pulse === null) {
      this.outlines.setAlpha(1);
      this.pulse = this.scene.tweens.add({
        targets: this.outlines,
        alpha: 0.3,
        duration: PULSE_MS,
        ease: 'Sine.easeInOut',
        yoyo: true,
        repeat: -1,
      });
    } else if (!pulsing && this.pulse !== null) {
      this.pulse.remove();
      this.pulse = null;
    }
    // With reduced motion (or nothing on offer) the outline stays steady and bold.
    if (!pulsing) this.outlines.setAlpha(1);
  }

  private setHover(view: TargetView, hover: boolean): void {
    const next = hover && this.active && view.offered;
    if (next === view.hover) return;
    view.hover = next;
    view.redraw();
    this.order();
  }

  private onDown(view: TargetView, pointer: Phaser.Input.Pointer): void {
    const now = performance.now();
    if (pointer.wasTouch) this.lastTouch = now;
    if (pointer.button !== 0) return;
    this.press = { target: view.spec.target, pointer: pointer.id, x: pointer.x, y: pointer.y };
  }

  private onUp(view: TargetView, pointer: Phaser.Input.Pointer): void {
    const press = this.press;
    this.press = null;
    const now = performance.now();
    if (pointer.wasTouch) this.lastTouch = now;
    else if (now - this.lastTouch < TOUCH_MOUSE_MS) return;
    if (press === null || press.target !== view.spec.target || press.pointer !== pointer.id) return;
    if (pointer.wasCanceled || Math.hypot(pointer.x - press.x, pointer.y - press.y) > TAP_SLOP) return;
    if (!this.active || view.index === null || now - this.lastPick < PICK_GUARD_MS) return;
    this.lastPick = now;
    this.options.onPick(view.index);
  }
}
