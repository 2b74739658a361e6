import Phaser from 'phaser';
import { AttractLoop } from '../art/attract-loop.js';
import { EFFECT_TEXTURES } from '../art/effect-textures.js';
import { iconTextureKey } from '../art/icons.js';
import { IdleTimer } from '../model/idle-timer.js';
import type { KioskController } from '../ui/kiosk-controller.js';
import { createKioskSetupScreen } from '../ui/kiosk-setup-screen.js';
import { createKioskTitleScreen, createTitleScreen, type TitleScreen } from '../ui/title-screen.js';
import { SCENE_KEYS, type LevelSceneData } from './scene-keys.js';
import { ScreenScene } from './screen-scene.js';
import type { GameServices } from './services.js';

const SPARKLE_MS = 2600;
/** In a kiosk, the title starts its attract loop after this long without input. */
export const ATTRACT_AFTER_MS = 20_000;

export interface TitleSceneData {
  assetsFailed?: boolean;
  /** The kiosk has just reset: nobody is here, the attract loop starts at once. */
  attract?: boolean;
}

/**
 * The title: a floating magic hat over the school's name; interactive before Python is ready.
 * In a kiosk: a big "Play now" for a guest instead of the Teacher button, the host's PIN setup
 * first when there is no PIN yet, and the attract loop while nobody plays.
 */
export class TitleScene extends ScreenScene {
  #visit = 0;

  constructor(
    services: GameServices,
    private readonly kiosk: KioskController,
  ) {
    super(SCENE_KEYS.title, services);
  }

  create(data: TitleSceneData): void {
    const visit = ++this.#visit;
    if (data?.assetsFailed) this.services.ui.showNotice(this.services.words.t('loading.assets-failed'));
    // the desktop app says "kiosk" asynchronously (the browser knows at once from the address)
    void this.kiosk.known.then(() => {
      if (visit !== this.#visit || !this.scene.isActive()) return;
      if (this.kiosk.active && this.kiosk.needsPin) this.#showKioskSetup(data);
      else this.#showTitle(data);
    });
  }

  #showTitle(data: TitleSceneData): void {
    const { sound, words } = this.services;
    const view: TitleScreen = this.kiosk.active
      ? createKioskTitleScreen(words, {
          onPlayNow: () => {
            sound.play('click');
            const levelId = this.kiosk.startGuest();
            if (levelId) this.go(SCENE_KEYS.level, { levelId } satisfies LevelSceneData);
            else this.go(SCENE_KEYS.map);
          },
          onNamed: () => {
            sound.play('click');
            this.go(SCENE_KEYS.profile);
          },
        })
      : createTitleScreen(
          words,
          () => {
            sound.play('click');
            this.go(SCENE_KEYS.profile);
          },
          () => {
            sound.play('click');
            this.go(SCENE_KEYS.teacher);
          },
        );
    this.mountScreen(view);
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
    const attract = this.kiosk.active
      ? new AttractLoop(this, {
          hat,
          followers: [hatGlow],
          caption: words.t('kiosk.attract-caption'),
          reducedMotion: this.services.reducedMotion,
          keepAwake: (ms) => this.services.pacer.keepAwake(ms),
        })
      : null;

    this.keepLaidOut(() => {
      const { width, height } = this.scale;
      const title = this.rectOf(heading);
      const hatSize = Math.min(150, Math.max(90, height * 0.16));
      const wasRunning = attract?.running ?? false;
      // the loop moves the hat: put it back to rest before measuring again
      if (wasRunning) attract?.stop();
      hat.setDisplaySize(hatSize, hatSize).setPosition(width / 2, Math.max(hatSize / 2 + 10, title.y - hatSize * 0.62));
      hatGlow.setDisplaySize(hatSize * 2.2, hatSize * 2.2).setPosition(hat.x, hat.y);
      sparkles.setPosition(hat.x, hat.y);
      sparkleZone.radius = hatSize * 0.6;
      const side = Math.min(140, height * 0.17);
      owl.setDisplaySize(side, side).setPosition(width * 0.1 + side / 2, height - side * 0.95);
      mage.setDisplaySize(side * 1.15, side * 1.15).setPosition(width * 0.86, height - side * 0.95);
      ball.setDisplaySize(side * 0.6, side * 0.6).setPosition(width * 0.86 - side * 0.85, height - side * 0.55);
      if (attract) {
        // the caption goes under the title's buttons, between the owl and the wizard
        const screen = this.rectOf(view.element);
        attract.place({
          hatX: hat.x,
          hatY: hat.y,
          hatSize,
          captionX: width / 2,
          captionY: Math.min(height - 36, Math.max(screen.y + screen.height + 44, height - side * 0.9)),
          captionWidth: width * 0.86 - side * 1.6 - (width * 0.1 + side),
        });
        if (wasRunning) attract.start();
      }
    }, [view.element]);
    // sparkle while the title settles in, then let the canvas rest (Python is still loading)
    this.services.pacer.keepAwake(SPARKLE_MS + 1900);
    this.time.delayedCall(SPARKLE_MS, () => sparkles.stop());
    this.bob(hat, 10, 2400);
    this.bob(hatGlow, 10, 2400);
    this.bob(owl, 5, 3000);

    if (attract) this.#runAttract(attract, view, data?.attract === true);
  }

  /**
   * The attract loop runs while nobody plays: after ATTRACT_AFTER_MS without input, or at once
   * after a reset. Any input stops it and puts focus on Play now. The loop asks for frames around
   * each hop only (with reduced motion it is drawn once, still).
   */
  #runAttract(attract: AttractLoop, view: TitleScreen, now: boolean): void {
    const { debug, pacer } = this.services;
    const start = () => {
      if (attract.running) return;
      // a PIN prompt nobody finished goes too: the next kid must not find it
      this.kiosk.closeExitPrompt();
      attract.start();
      debug.setKioskFlag('attract', true);
    };
    const stop = () => {
      if (!attract.running) return;
      attract.stop();
      debug.setKioskFlag('attract', false);
      pacer.keepAwake(400);
      view.mainButton.focus({ preventScroll: true });
    };
    const waiting = new IdleTimer(
      { idleMs: ATTRACT_AFTER_MS, countdownSeconds: 0 },
      { onCountdown() {}, onTick() {}, onCancel() {}, onExpire: start },
    );
    const unwatch = this.kiosk.onActivity(() => {
      if (attract.running) {
        stop();
        waiting.start();
      } else waiting.input();
    });
    if (now) start();
    else waiting.start();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unwatch();
      waiting.stop();
      attract.destroy();
      debug.setKioskFlag('attract', false);
    });
  }

  /** A kiosk without a teacher PIN: the host chooses one before any kid can play. */
  #showKioskSetup(data: TitleSceneData): void {
    const { sound, words } = this.services;
    let busy = false;
    const view = createKioskSetupScreen(words, { hideLab: this.services.store.data.teacher.kiosk.hideLab }, (pin, repeated, hideLab) => {
      if (busy) return;
      busy = true;
      view.setBusy(true);
      void this.kiosk.setFirstPin(pin, repeated, hideLab).then((problem) => {
        busy = false;
        view.setBusy(false);
        if (problem !== null) {
          sound.play('fail');
          view.showProblem(problem);
          return;
        }
        sound.play('pass');
        this.go(SCENE_KEYS.title, { ...data, attract: false });
      });
    });
    this.mountScreen(view);
    this.services.debug.markTitleReady();
  }
}
