import Phaser from 'phaser';
import { EFFECT_TEXTURES, makeEffectTextures } from '../art/effect-textures.js';
import { moonClearance, paintSky, seededRandom } from '../art/sky-painter.js';
import { SCENE_KEYS } from './scene-keys.js';

const SKY_TEXTURE = 'sky:night';

/**
 * The night sky behind every screen. It runs for the whole game under the other scenes:
 * the sky is painted once per window size into a canvas texture, and a few stars twinkle.
 */
export class SkyScene extends Phaser.Scene {
  #image: Phaser.GameObjects.Image | null = null;
  #twinkles: Phaser.GameObjects.Image[] = [];
  #repaintTimer: Phaser.Time.TimerEvent | null = null;

  /** `reducedMotion` is asked at each paint, so switching less motion on or off takes effect at once. */
  constructor(private readonly reducedMotion: () => boolean) {
    super({ key: SCENE_KEYS.sky });
  }

  create(): void {
    makeEffectTextures(this);
    this.#paint();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.#scheduleRepaint, this);
    const motion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    const onMotionChange = () => this.#scheduleRepaint();
    motion?.addEventListener('change', onMotionChange);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.#scheduleRepaint, this);
      motion?.removeEventListener('change', onMotionChange);
    });
  }

  #scheduleRepaint(): void {
    // painting the sky takes a few milliseconds: do it once the window stops changing size
    this.#repaintTimer?.remove();
    this.#repaintTimer = this.time.delayedCall(120, () => this.#paint());
  }

  #paint(): void {
    const width = Math.max(1, Math.round(this.scale.width));
    const height = Math.max(1, Math.round(this.scale.height));
    let texture = this.textures.exists(SKY_TEXTURE) ? (this.textures.get(SKY_TEXTURE) as Phaser.Textures.CanvasTexture) : null;
    if (!texture) texture = this.textures.createCanvas(SKY_TEXTURE, width, height);
    if (!texture) return;
    texture.setSize(width, height);
    paintSky(texture.getContext(), width, height);
    // headings over the sky (a lesson's title) keep clear of the moon: it is bright, and a
    // title on it is hard to read
    document.documentElement.style.setProperty('--moon-clearance', `${moonClearance(width, height)}px`);
    texture.refresh();
    if (!this.#image) this.#image = this.add.image(0, 0, SKY_TEXTURE).setOrigin(0, 0);
    this.#image.setTexture(SKY_TEXTURE).setDisplaySize(width, height);
    this.#placeTwinkles(width, height);
  }

  #placeTwinkles(width: number, height: number): void {
    for (const star of this.#twinkles) {
      this.tweens.killTweensOf(star);
      star.destroy();
    }
    this.#twinkles = [];
    const random = seededRandom(42);
    const count = Math.round(Math.min(28, (width * height) / 40000));
    for (let i = 0; i < count; i += 1) {
      const star = this.add
        .image(random() * width, random() * height * 0.75, EFFECT_TEXTURES.sparkle)
        .setScale(0.35 + random() * 0.5)
        .setAlpha(0.3);
      this.#twinkles.push(star);
      if (!this.reducedMotion()) {
        this.tweens.add({
          targets: star,
          alpha: { from: 0.15, to: 0.95 },
          duration: 1400 + random() * 2200,
          delay: random() * 3000,
          yoyo: true,
          repeat: -1,
          ease: 'Sine.easeInOut',
        });
      }
    }
  }
}
