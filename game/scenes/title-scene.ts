import Phaser from 'phaser';
import { EFFECT_TEXTURES } from '../art/effect-textures.js';
import { iconTextureKey } from '../art/icons.js';
import { formatMessage } from '../messages/format.js';
import { createTitleScreen } from '../ui/title-screen.js';
import { SCENE_KEYS } from './scene-keys.js';
import { ScreenScene } from './screen-scene.js';
import type { GameServices } from './services.js';

const SPARKLE_MS = 2600;

/** The title: a floating magic hat over the school's name; interactive before Python is ready. */
export class TitleScene extends ScreenScene {
  constructor(services: GameServices) {
    super(SCENE_KEYS.title, services);
  }

  create(data: { assetsFailed?: boolean }): void {
    const view = createTitleScreen(
      () => {
        this.services.sound.play('click');
        this.go(SCENE_KEYS.profile);
      },
      () => {
        this.services.sound.play('click');
        this.go(SCENE_KEYS.teacher);
      },
    );
    this.mountScreen(view);
    if (data?.assetsFailed) this.services.ui.showNotice(formatMessage('loading.assets-failed'));
    this.services.debug.markTitleReady();

    // the hat is a dark emoji: a moonlight glow behind it lifts it off the night sky
    const hatGlow = this.add.image(0, 0, EFFECT_TEXTURES.glow).setTint(0xfff1c1).setAlpha(0.55);
    const hat = this.add.image(0, 0, iconTextureKey('top-hat'));
    const sparkleZone = new Phaser.Geom.Circle(0, 0, 60);
    const sparkles = this.add.particles(0, 0, EFFECT_TEXTURES.sparkle, {
      lifespan: 1800,
      speed: { min: 10, max: 40 },
      scale: { start: 0.6, end: 0 },
      alpha: { start: 1, end: 0 },
      frequency: this.services.reducedMotion ? -1 : 220,
      emitting: !this.services.reducedMotion,
      emitZone: { type: 'random', source: sparkleZone, quantity: 1 },
    });
    const owl = this.add.image(0, 0, iconTextureKey('owl'));
    const mage = this.add.image(0, 0, iconTextureKey('person-mage'));
    const ball = this.add.image(0, 0, iconTextureKey('crystal-ball'));
    const heading = view.element.querySelector('h1')!;

    this.keepLaidOut(() => {
      const { width, height } = this.scale;
      const title = this.rectOf(heading);
      const hatSize = Math.min(150, Math.max(90, height * 0.16));
      hat.setDisplaySize(hatSize, hatSize).setPosition(width / 2, Math.max(hatSize / 2 + 10, title.y - hatSize * 0.62));
      hatGlow.setDisplaySize(hatSize * 2.2, hatSize * 2.2).setPosition(hat.x, hat.y);
      sparkles.setPosition(hat.x, hat.y);
      sparkleZone.radius = hatSize * 0.6;
      const side = Math.min(140, height * 0.17);
      owl.setDisplaySize(side, side).setPosition(width * 0.1 + side / 2, height - side * 0.95);
      mage.setDisplaySize(side * 1.15, side * 1.15).setPosition(width * 0.86, height - side * 0.95);
      ball.setDisplaySize(side * 0.6, side * 0.6).setPosition(width * 0.86 - side * 0.85, height - side * 0.55);
    }, [view.element]);
    // sparkle while the title settles in, then let the canvas rest (Python is still loading)
    this.services.pacer.keepAwake(SPARKLE_MS + 1900);
    this.time.delayedCall(SPARKLE_MS, () => sparkles.stop());
    this.bob(hat, 10, 2400);
    this.bob(hatGlow, 10, 2400);
    this.bob(owl, 5, 3000);
  }
}
