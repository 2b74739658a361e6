import Phaser from 'phaser';
import type { Rect } from '../stages/shared/stage-geometry.js';
import type { SceneKey } from './scene-keys.js';

/** Frames drawn after a screen appears (its decorations settle in). */
const ENTRANCE_MS = 1200;
/**
 * With less motion nothing settles in: a few frames draw the new screen. Each frame costs ~70 ms
 * of main thread without a graphics card, so a long entrance made the first click lag.
 */
const STILL_ENTRANCE_MS = 250;
import type { GameServices } from './services.js';
import type { ScreenView } from '../ui/ui-root.js';

/**
 * What every screen scene shares: it mounts its accessible screen on create and takes it down
 * on shutdown, tells the debug hook which scene is active, and re-lays its drawings when the
 * window or the overlay changes size (the canvas draws around DOM elements it measures).
 */
export abstract class ScreenScene extends Phaser.Scene {
  #resizeObserver: ResizeObserver | null = null;
  /** Stops listening for a language switch (set while the scene shows a screen). */
  #unfollowLanguage: (() => void) | null = null;

  protected constructor(
    key: SceneKey,
    protected readonly services: GameServices,
  ) {
    super({ key });
  }

  protected mountScreen(view: ScreenView): void {
    this.#followLanguage();
    this.services.pacer.keepAwake(this.#entranceMs());
    this.services.ui.mount(view);
    this.services.debug.setScene(this.scene.key);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.services.ui.unmount(view));
  }

  /**
   * A language switch while this scene shows a screen: the scene draws itself again with the
   * same data, in the new words. A scene with something to keep (the spell being written, an
   * unlocked console) overrides this.
   */
  protected speakAgain(): void {
    this.restartInPlace();
  }

  /** Starts this scene again with its data. Like go(): the loop may be asleep, so it is woken first. */
  protected restartInPlace(): void {
    this.services.pacer.keepAwake(this.#entranceMs());
    this.scene.restart();
  }

  #followLanguage(): void {
    if (this.#unfollowLanguage) return;
    this.#unfollowLanguage = this.services.language.onChange(() => {
      if (this.scene.isActive()) this.speakAgain();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.#unfollowLanguage?.();
      this.#unfollowLanguage = null;
    });
  }

  /**
   * Goes to another scene. Scene changes happen inside Phaser's loop, so the loop is woken first
   * (it may be asleep, see render-pacer.ts).
   */
  protected go(key: SceneKey, data?: object): void {
    this.services.pacer.keepAwake(this.#entranceMs());
    this.scene.start(key, data);
  }

  /**
   * Calls `layout` now, when the window is resized and when any of `watched` changes size.
   * Removed automatically on shutdown.
   */
  protected keepLaidOut(layout: () => void, watched: Element[] = []): void {
    const run = () => {
      if (this.scene.isActive()) layout();
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, run);
    if (typeof ResizeObserver !== 'undefined' && watched.length > 0) {
      // the observer fires outside Phaser's loop: run the layout on the next frame instead
      this.#resizeObserver = new ResizeObserver(() => {
        this.services.pacer.keepAwake(400);
        window.requestAnimationFrame(run);
      });
      for (const element of watched) this.#resizeObserver.observe(element);
    }
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, run);
      this.#resizeObserver?.disconnect();
      this.#resizeObserver = null;
    });
    layout();
  }

  /**
   * Calls `layout` on the next frame after the page scrolls: what the canvas draws behind a page
   * that scrolls (a lesson at a big zoom, a map taller than the window) follows the elements it
   * was drawn around. Capture: scroll events do not bubble. Removed automatically on shutdown.
   */
  protected followScroll(layout: () => void): void {
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      this.services.pacer.keepAwake(300);
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        if (this.scene.isActive()) layout();
      });
    };
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.cancelAnimationFrame(frame);
    });
  }

  /** Where a DOM element is, in the canvas's coordinates (the canvas fills the window). */
  protected rectOf(element: Element): Rect {
    const box = element.getBoundingClientRect();
    const canvasBox = this.game.canvas.getBoundingClientRect();
    const scaleX = canvasBox.width > 0 ? this.scale.width / canvasBox.width : 1;
    const scaleY = canvasBox.height > 0 ? this.scale.height / canvasBox.height : 1;
    return {
      x: (box.left - canvasBox.left) * scaleX,
      y: (box.top - canvasBox.top) * scaleY,
      width: box.width * scaleX,
      height: box.height * scaleY,
    };
  }

  /** Read at every change of screen: the kid may turn "reduce motion" on while the game runs. */
  #entranceMs(): number {
    return this.services.reducedMotion ? STILL_ENTRANCE_MS : ENTRANCE_MS;
  }

  /** A gentle floating motion for decorative sprites (skipped when the kid asks for less motion). */
  protected bob(target: Phaser.GameObjects.GameObject, distance = 8, duration = 2200): void {
    if (this.services.reducedMotion) return;
    this.tweens.add({ targets: target, y: `-=${distance}`, duration, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }
}
