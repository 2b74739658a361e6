import Phaser from 'phaser';
import { EFFECT_TEXTURES } from './effect-textures.js';
import { cssColor, FONT_FAMILY, PALETTE } from './palette.js';

/**
 * The kiosk title's attract loop, while nobody plays: the magic hat hops, and each time it lands
 * its tally counter counts one up (sparkles) and later back down (0 1 2 3 2 1 0 ...), the way the
 * first chapter shows a hat being held and let go; a caption invites the next kid. With reduced
 * motion it is a still picture: the hat at rest, its tally at 3, the caption.
 * It only draws: the title scene starts and stops it (any input stops it). The canvas is asked to
 * draw only around each hop (render-pacer.ts): on a computer without a graphics card, drawing
 * a full window all the time would take a whole CPU core while nobody even plays. The beat is a
 * page timer for that reason, not a Phaser one (Phaser's clock stops while the loop sleeps).
 */
export interface AttractPlace {
  /** The hat's resting centre and size. */
  hatX: number;
  hatY: number;
  hatSize: number;
  /** Where the caption's centre goes, and how wide it may be. */
  captionX: number;
  captionY: number;
  captionWidth: number;
}

/** The tally's path: up to three holders, then let go one by one. */
export const ATTRACT_TALLY = [0, 1, 2, 3, 2, 1] as const;
const HOP_MS = 460;
/** One hop per beat; between hops (after the sparkles have faded) the canvas may rest. */
const BEAT_MS = 2400;
const AWAKE_PER_HOP_MS = HOP_MS + 1100;
const STILL_TALLY = 3;
/** The caption is 36 px; this keeps it at 23 px or more. */
const MIN_CAPTION_SCALE = 0.65;

export class AttractLoop {
  readonly #scene: Phaser.Scene;
  readonly #layer: Phaser.GameObjects.Container;
  readonly #badge: Phaser.GameObjects.Container;
  readonly #badgeText: Phaser.GameObjects.Text;
  readonly #caption: Phaser.GameObjects.Text;
  readonly #sparkles: Phaser.GameObjects.Particles.ParticleEmitter;
  readonly #hat: Phaser.GameObjects.Image;
  readonly #followers: Phaser.GameObjects.Components.Transform[];
  #timer: number | null = null;
  readonly #keepAwake: (ms: number) => void;
  #tweens: Phaser.Tweens.Tween[] = [];
  #paused: Phaser.Tweens.Tween[] = [];
  #step = 0;
  #place: AttractPlace | null = null;
  #running = false;
  #badgeScale = 1;

  /**
   * `hat` is the title's own hat (it hops instead of floating while the loop runs); `followers`
   * move with it (its glow).
   */
  constructor(
    scene: Phaser.Scene,
    options: {
      hat: Phaser.GameObjects.Image;
      followers?: Phaser.GameObjects.Components.Transform[];
      caption: string;
      reducedMotion: boolean;
      keepAwake: (ms: number) => void;
    },
  ) {
    this.#scene = scene;
    this.#keepAwake = options.keepAwake;
    this.#hat = options.hat;
    this.#followers = options.followers ?? [];
    const badgeBack = scene.add.graphics();
    badgeBack.fillStyle(0x000000, 0.35);
    badgeBack.fillCircle(3, 4, 30);
    badgeBack.fillStyle(PALETTE.gold, 1);
    badgeBack.fillCircle(0, 0, 30);
    badgeBack.lineStyle(4, 0xffffff, 0.95);
    badgeBack.strokeCircle(0, 0, 30);
    this.#badgeText = scene.add
      .text(0, 1, '0', {
        fontFamily: FONT_FAMILY,
        fontSize: '34px',
        fontStyle: 'bold',
        color: cssColor(0x1b1442),
        resolution: resolution(),
      })
      .setOrigin(0.5);
    this.#badge = scene.add.container(0, 0, [badgeBack, this.#badgeText]);
    this.#caption = scene.add
      .text(0, 0, options.caption, {
        fontFamily: FONT_FAMILY,
        fontSize: '36px',
        fontStyle: 'bold',
        color: cssColor(PALETTE.gold),
        align: 'center',
        stroke: cssColor(0x1b1442),
        strokeThickness: 8,
        resolution: resolution(),
      })
      .setOrigin(0.5)
      .setShadow(0, 4, 'rgba(0, 0, 0, 0.6)', 10, true, true);
    this.#sparkles = scene.add.particles(0, 0, EFFECT_TEXTURES.sparkle, {
      speed: { min: 50, max: 150 },
      lifespan: 900,
      scale: { start: 0.75, end: 0 },
      alpha: { start: 1, end: 0 },
      emitting: false,
    });
    this.#layer = scene.add.container(0, 0, [this.#sparkles, this.#badge, this.#caption]).setVisible(false).setDepth(10);
    this.#reducedMotion = options.reducedMotion;
  }

  readonly #reducedMotion: boolean;

  get running(): boolean {
    return this.#running;
  }

  /** Where things go (the title lays out around its DOM text); call again on resize. */
  place(place: AttractPlace): void {
    this.#place = place;
    this.#badge.setPosition(place.hatX + place.hatSize * 0.62, place.hatY - place.hatSize * 0.3);
    this.#badgeScale = Math.min(1.25, Math.max(0.8, place.hatSize / 120));
    this.#badge.setScale(this.#badgeScale);
    // one line when it fits: a narrow window makes the caption smaller (to a readable limit), then wraps it
    this.#caption.setScale(1).setWordWrapWidth(null);
    const fit = Math.max(MIN_CAPTION_SCALE, Math.min(1, place.captionWidth / Math.max(1, this.#caption.width)));
    this.#caption.setWordWrapWidth(Math.max(200, place.captionWidth / fit), true).setScale(fit);
    this.#caption.setPosition(place.captionX, place.captionY);
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#layer.setVisible(true);
    if (this.#reducedMotion) {
      this.#showTally(STILL_TALLY, false);
      this.#caption.setAlpha(1);
      this.#keepAwake(300);
      return;
    }
    // the title's gentle float pauses while the hat hops
    this.#paused = this.#scene.tweens.getTweensOf([this.#hat, ...this.#followers]).filter((t) => t.isPlaying());
    for (const tween of this.#paused) tween.pause();
    this.#step = 0;
    this.#showTally(ATTRACT_TALLY[0], false);
    this.#tweens.push(
      this.#scene.tweens.add({
        targets: this.#caption,
        alpha: { from: 1, to: 0.6 },
        duration: 1300,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      }),
    );
    this.#timer = window.setInterval(() => this.#hop(), BEAT_MS);
    this.#hop();
  }

  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    if (this.#timer !== null) window.clearInterval(this.#timer);
    this.#timer = null;
    for (const tween of this.#tweens) tween.remove();
    this.#tweens = [];
    this.#layer.setVisible(false);
    this.#sparkles.killAll();
    // the hat lands where it floated before, and floats on
    if (this.#place) {
      const dy = this.#place.hatY - this.#hat.y;
      for (const target of [this.#hat, ...this.#followers]) target.y += dy;
    }
    for (const tween of this.#paused) tween.resume();
    this.#paused = [];
  }

  destroy(): void {
    this.stop();
    this.#layer.destroy();
  }

  /** One hop: up, down, and on landing the tally takes its next step. */
  #hop(): void {
    if (!this.#place || !this.#running) return;
    this.#keepAwake(AWAKE_PER_HOP_MS);
    const lift = this.#place.hatSize * 0.28;
    const targets = [this.#hat, ...this.#followers];
    const startY = targets.map((t) => t.y);
    const progress = { t: 0 };
    const hop = this.#scene.tweens.add({
      targets: progress,
      t: 1,
      duration: HOP_MS,
      ease: 'Linear',
      onUpdate: () => {
        // a parabola: up and back down in one go
        const height = 4 * progress.t * (1 - progress.t) * lift;
        targets.forEach((target, i) => (target.y = startY[i]! - height));
        this.#hat.setAngle(Math.sin(progress.t * Math.PI * 2) * 6);
      },
      onComplete: () => {
        targets.forEach((target, i) => (target.y = startY[i]!));
        this.#hat.setAngle(0);
        this.#step = (this.#step + 1) % ATTRACT_TALLY.length;
        const value = ATTRACT_TALLY[this.#step]!;
        const previous = ATTRACT_TALLY[(this.#step + ATTRACT_TALLY.length - 1) % ATTRACT_TALLY.length]!;
        this.#showTally(value, value > previous);
      },
    });
    this.#tweens = this.#tweens.filter((t) => t.isActive() || t.isPlaying());
    this.#tweens.push(hop);
  }

  #showTally(value: number, up: boolean): void {
    this.#badgeText.setText(String(value));
    if (!this.#running || this.#reducedMotion) return;
    const scale = this.#badgeScale;
    this.#tweens.push(
      this.#scene.tweens.add({ targets: this.#badge, scale: { from: scale * 1.3, to: scale }, duration: 280, ease: 'Quad.easeOut' }),
    );
    // a new holder brings sparkles; letting go is quieter
    if (up) this.#sparkles.explode(14, this.#badge.x, this.#badge.y);
  }
}

function resolution(): number {
  return Math.min(2, window.devicePixelRatio || 1);
}
