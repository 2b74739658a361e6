import Phaser from 'phaser';
import type { Rect, StringCurve } from './stage-geometry.js';
import { QUICK_FADE_MS, stagePace, type MotionPreference, type StagePace } from './stage-pace.js';
import { EFFECT_TEXTURES } from '../../art/effect-textures.js';
import { iconTextureKey } from '../../art/icons.js';
import { cssColor, FONT_FAMILY, MONO_FAMILY, PALETTE } from '../../art/palette.js';

/**
 * What every level stage (tally, ghosts, knights, runes, wizard) does the same way: a frame
 * drawn around its area, a layer of things drawn inside, timers and tweens that are all stopped
 * when the stage is cleared, a finish that runs `onDone` once, a redraw without animating when
 * the area changes, the kid's motion preference (read at every cast, live), and asking the
 * sleeping game loop for frames (render-pacer.ts). A stage class keeps only what it draws.
 */
export interface StageSetup {
  scene: Phaser.Scene;
  motion: MotionPreference;
  /** Asks the game loop to draw for a while (it may be asleep, see render-pacer.ts). */
  wantFrames?: (ms: number) => void;
}

/** Space between the stage's frame and what it draws: the frame's decoration lives there. */
export interface StageInsets {
  top: number;
  side: number;
  bottom: number;
}

export interface LabelStyle {
  mono?: boolean;
  bold?: boolean;
  /** The container the label goes into (the stage's layer unless given). */
  layer?: Phaser.GameObjects.Container;
  extra?: Phaser.Types.GameObjects.Text.TextStyle;
}

/** A text style at the screen's pixel density (crisp on a high-DPI screen, capped for memory). */
export function stageTextStyle(size: number, color: number, mono = false, bold = false): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: mono ? MONO_FAMILY : FONT_FAMILY,
    fontSize: `${size}px`,
    color: cssColor(color),
    fontStyle: bold ? 'bold' : 'normal',
    resolution: Math.min(2, window.devicePixelRatio || 1),
  };
}

/**
 * Shrinks a text (never grows it) so it ends inside `maxWidth`: a long headline (a graduation
 * spell's long name, a long final line) stays on the stage instead of running past its edge.
 */
export function fitTextWidth(text: Phaser.GameObjects.Text, maxWidth: number): Phaser.GameObjects.Text {
  text.setScale(1);
  const width = text.width;
  if (maxWidth > 0 && width > maxWidth) text.setScale(maxWidth / width);
  return text;
}

let measuringContext: CanvasRenderingContext2D | null = null;

/** The width (px) a text takes in the stages' font: what a Text of `stageTextStyle` will need. */
export function measureStageText(text: string, size: number, mono = false, bold = false): number {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return 0;
  measuringContext.font = `${bold ? 'bold ' : ''}${size}px ${mono ? MONO_FAMILY : FONT_FAMILY}`;
  return measuringContext.measureText(text).width;
}

/** A string from a name tag to what it holds (a quadratic curve), drawn up to `t` (0..1) of its length. */
export function drawString(g: Phaser.GameObjects.Graphics, curve: StringCurve, t = 1): void {
  g.lineStyle(2.5, PALETTE.string, 0.85);
  g.beginPath();
  g.moveTo(curve.x1, curve.y1);
  const segments = 18;
  const last = Math.max(1, Math.round(segments * t));
  for (let i = 1; i <= last; i += 1) {
    const s = i / segments;
    const x = (1 - s) * (1 - s) * curve.x1 + 2 * (1 - s) * s * curve.cx + s * s * curve.x2;
    const y = (1 - s) * (1 - s) * curve.y1 + 2 * (1 - s) * s * curve.cy + s * s * curve.y2;
    g.lineTo(x, y);
  }
  g.strokePath();
}

/** The usual stage background: a dark wall, a soft inner glow and a coloured border. */
export function drawWall(g: Phaser.GameObjects.Graphics, area: Rect, edge: number, edgeAlpha = 0.9, glowAlpha = 0.14): void {
  const { x, y, width, height } = area;
  g.fillStyle(0x0f0b2b, 0.92);
  g.fillRoundedRect(x, y, width, height, 18);
  g.fillStyle(PALETTE.stageGlow, glowAlpha);
  g.fillRoundedRect(x + 8, y + 8, width - 16, height - 16, 14);
  g.lineStyle(2, edge, edgeAlpha);
  g.strokeRoundedRect(x, y, width, height, 18);
}

/**
 * A stage's run, one step at a time, for the replay buttons under the stage: step `index`
 * (0 to count - 1) drawn as it was then, the spell line it ran, its words; `rest` puts back the
 * picture of the end.
 */
export interface StageReplay {
  count: number;
  show(index: number): void;
  rest(): void;
  /** The line of the kid's spell that step ran (1-based), or null when it was no line of theirs. */
  line(index: number): number | null;
  words(index: number): string;
}

export abstract class StageBase<D> {
  protected readonly scene: Phaser.Scene;
  protected readonly frame: Phaser.GameObjects.Graphics;
  protected readonly layer: Phaser.GameObjects.Container;
  #area: Rect = { x: 0, y: 0, width: 0, height: 0 };
  protected data: D | null = null;
  /** Where the frame and the layer were drawn (they move along with a scroll, see setArea). */
  #drawnAt: Rect = { x: 0, y: 0, width: 0, height: 0 };
  readonly #motion: MotionPreference;
  readonly #unwatch: () => void;
  readonly #wantFrames: (ms: number) => void;
  #timers: Phaser.Time.TimerEvent[] = [];
  #wallTimers = new Set<number>();
  /** The pace of what is shown now (timers follow it, see `after`). */
  #pace: StagePace = 'still';
  #tweens: Phaser.Tweens.Tween[] = [];
  #onDone: (() => void) | null = null;

  protected constructor(
    setup: StageSetup,
    private readonly insets: StageInsets,
  ) {
    this.scene = setup.scene;
    this.#motion = setup.motion;
    this.#wantFrames = setup.wantFrames ?? (() => {});
    this.frame = setup.scene.add.graphics();
    this.layer = setup.scene.add.container(0, 0);
    // the kid turned "reduce motion" on or off: what moves now stops, or the idle picture follows
    this.#unwatch = this.#motion.watch(() => this.#redrawStill());
  }

  /** Draws the frame (background and border) around `area`. */
  protected abstract drawFrame(g: Phaser.GameObjects.Graphics, area: Rect): void;
  /** The picture before the first cast, inside `inner` (never empty). */
  protected abstract drawIdle(inner: Rect): void;
  /**
   * Draws `data` at `pace` and calls `finish()` when it is over. At 'still' the end picture is
   * drawn at once (the base finishes right after).
   */
  protected abstract play(data: D, pace: StagePace): void;

  /** Moves the stage to `area` and redraws what it shows, without animating again. */
  setArea(area: Rect): void {
    // sub-pixel changes (scrollbars, rounding) are not worth redrawing, let alone ending an animation
    const near = (a: number, b: number) => Math.abs(a - b) < 1;
    const sameSize = near(area.width, this.#area.width) && near(area.height, this.#area.height);
    const samePlace = sameSize && near(area.x, this.#area.x) && near(area.y, this.#area.y);
    this.#area = area;
    this.wantFrames(300);
    if (samePlace) return;
    if (sameSize) {
      // moved, not resized (the page scrolled, at a big zoom): the picture goes along, the animation goes on
      this.frame.setPosition(area.x - this.#drawnAt.x, area.y - this.#drawnAt.y);
      this.layer.setPosition(area.x - this.#drawnAt.x, area.y - this.#drawnAt.y);
      return;
    }
    // a resize in the middle of an animation: finish it at once, in the new place
    this.#redrawStill();
  }

  /** Animates `data`; `onDone` runs once, when the animation is over. */
  show(data: D, onDone: () => void): void {
    this.data = data;
    this.#onDone = onDone;
    this.clear();
    this.#redrawFrame();
    const pace = stagePace(true, this.reducedMotion);
    this.#pace = pace;
    this.play(data, pace);
    if (pace === 'quick') {
      // less motion is not no feedback: the new picture fades in, briefly
      this.layer.setAlpha(0);
      this.tween({ targets: this.layer, alpha: 1, duration: QUICK_FADE_MS });
    }
  }

  /** Before the first cast (or when the spell stopped early). */
  showIdle(): void {
    this.data = null;
    this.clear();
    this.#redrawFrame();
    this.#pace = 'still';
    this.wantFrames(300);
    const inner = this.inner();
    if (inner.width <= 0 || inner.height <= 0) return;
    this.drawIdle(inner);
  }

  destroy(): void {
    this.#unwatch();
    this.clear();
    this.frame.destroy();
    this.layer.destroy();
  }

  /** Read at every cast: the preference can change while the game runs. */
  protected get reducedMotion(): boolean {
    return this.#motion.reduced();
  }

  /** Inside the frame, in the layer's coordinates (where it was last drawn; the layer moves with a scroll). */
  protected inner(): Rect {
    const { x, y, width, height } = this.#drawnAt;
    const { top, side, bottom } = this.insets;
    return { x: x + side, y: y + top, width: width - 2 * side, height: height - top - bottom };
  }

  protected wantFrames(ms: number): void {
    this.#wantFrames(ms);
  }

  /** The animation is over: runs `onDone` (once, however often this is called). */
  protected finish(): void {
    const done = this.#onDone;
    this.#onDone = null;
    done?.();
  }

  /** Stops every timer and tween and empties the layer. */
  protected clear(): void {
    this.stopTimers();
    this.layer.removeAll(true);
    this.layer.setAlpha(1);
  }

  /** Stops every timer and tween, and leaves the picture as it is (a replay step takes over). */
  protected stopTimers(): void {
    this.stopMotion();
    for (const timer of this.#timers) timer.remove(false);
    this.#timers = [];
    for (const handle of this.#wallTimers) window.clearTimeout(handle);
    this.#wallTimers.clear();
  }

  /** The shown run step by step, when this stage can replay it (a knights' or the wizard's run). */
  replay(): StageReplay | null {
    return null;
  }

  /**
   * A replay that redraws the whole picture at each step (`draw(step)`; `draw(null)` is the end),
   * with nothing moving: the tally's, the ghosts' and the runes' replays. None for fewer than two
   * steps: there is nothing to step through.
   */
  protected stillReplay<Step>(
    steps: readonly Step[],
    draw: (step: Step | null) => void,
    line: (step: Step, index: number) => number | null,
    words: (step: Step, index: number) => string,
  ): StageReplay | null {
    if (steps.length < 2) return null;
    const show = (step: Step | null) => {
      this.stopTimers();
      this.layer.removeAll(true);
      draw(step);
      this.wantFrames(300);
    };
    return {
      count: steps.length,
      show: (index) => {
        const step = steps[index];
        if (step !== undefined) show(step);
      },
      rest: () => show(null),
      line: (index) => {
        const step = steps[index];
        return step === undefined ? null : line(step, index);
      },
      words: (index) => {
        const step = steps[index];
        return step === undefined ? '' : words(step, index);
      },
    };
  }

  /** Stops the tweens only (what is drawn stays where it is). */
  protected stopMotion(): void {
    for (const tween of this.#tweens) tween.stop();
    this.#tweens = [];
  }

  /**
   * Runs `run` after `ms` (at once when `ms` <= 0). Moving stages count on the scene's clock, like
   * their tweens. A quick stage counts on the wall clock: Phaser's clock runs slow while frames
   * are slow (no graphics card, a busy laptop), which made "quick" take three times as long.
   */
  protected after(ms: number, run: () => void): void {
    if (ms <= 0) {
      run();
      return;
    }
    if (this.#pace !== 'quick') {
      this.#timers.push(this.scene.time.delayedCall(ms, run));
      return;
    }
    const handle = window.setTimeout(() => {
      this.#wallTimers.delete(handle);
      this.wantFrames(300);
      run();
    }, ms);
    this.#wallTimers.add(handle);
  }

  protected tween(config: Phaser.Types.Tweens.TweenBuilderConfig): Phaser.Tweens.Tween {
    const tween = this.scene.tweens.add(config);
    this.#tweens.push(tween);
    return tween;
  }

  /** A text in the layer (or `style.layer`), placed at its top left until the caller sets an origin. */
  protected label(x: number, y: number, words: string, size: number, color: number, style: LabelStyle = {}): Phaser.GameObjects.Text {
    const text = this.scene.add.text(x, y, words, { ...stageTextStyle(size, color, style.mono, style.bold), ...style.extra });
    (style.layer ?? this.layer).add(text);
    return text;
  }

  /**
   * The usual idle picture: an icon in a soft glow at the middle of `inner`, floating gently
   * unless the kid asked for less motion. Returns the icon for stages that add to it.
   */
  protected idleIcon(
    inner: Rect,
    icon: string,
    tint: number,
    options: { glowAlpha?: number; widthShare?: number; float?: number; floatMs?: number } = {},
  ): Phaser.GameObjects.Image {
    const { x, y, width, height } = inner;
    const size = Math.min(110, height * 0.45, width * (options.widthShare ?? 0.4));
    const glow = this.scene.add
      .image(x + width / 2, y + height / 2, EFFECT_TEXTURES.glow)
      .setTint(tint)
      .setAlpha(options.glowAlpha ?? 0.5);
    glow.setDisplaySize(size * 2.4, size * 2.4);
    const image = this.scene.add
      .image(x + width / 2, y + height / 2, iconTextureKey(icon))
      .setDisplaySize(size, size)
      .setAlpha(0.9);
    this.layer.add([glow, image]);
    this.idleFloat(image, options.float ?? 8, options.floatMs ?? 1800);
    return image;
  }

  /** A decoration that bobs up and down forever (nothing, when the kid asked for less motion). */
  protected idleFloat(target: Phaser.GameObjects.Image, distance: number, ms: number): void {
    if (this.reducedMotion || distance === 0) return;
    this.tween({ targets: target, y: target.y - distance, duration: ms, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }

  /** A burst of sparkles at (x, y): `count` of them, flying up to `speed` px/s, for `lifespan` ms. */
  protected sparkle(x: number, y: number, count: number, speed: number, lifespan: number, scale = 0.7): void {
    const burst = this.scene.add.particles(x, y, EFFECT_TEXTURES.sparkle, {
      speed: { min: speed / 3, max: speed },
      lifespan,
      scale: { start: scale, end: 0 },
      alpha: { start: 1, end: 0 },
      emitting: false,
    });
    this.layer.add(burst);
    burst.explode(count);
  }

  /** The frame at the stage's area, and the layer back in place (both may have moved with a scroll). */
  #redrawFrame(): void {
    this.#drawnAt = this.#area;
    this.frame.setPosition(0, 0);
    this.layer.setPosition(0, 0);
    this.frame.clear();
    if (this.#area.width > 0 && this.#area.height > 0) this.drawFrame(this.frame, this.#area);
  }

  #redrawStill(): void {
    if (this.data === null) {
      this.showIdle();
      return;
    }
    this.clear();
    this.#redrawFrame();
    this.#pace = 'still';
    this.play(this.data, 'still');
    this.finish();
  }
}
