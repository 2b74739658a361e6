import Phaser from 'phaser';
import { ICON_SVGS, iconTextureKey, iconUrl } from '../art/icons.js';
import { SCENE_KEYS } from './scene-keys.js';
import type { GameServices } from './services.js';

/**
 * Loads every icon into a Phaser texture, reporting real progress (one step per icon) to the
 * loading screen, then opens the title. Python keeps loading in its worker meanwhile; the title
 * does not wait for it.
 */
export class LoadingScene extends Phaser.Scene {
  constructor(
    private readonly services: GameServices,
    private readonly onProgress: (fraction: number) => void,
  ) {
    // active from the start, alongside the sky (the first scene in the list)
    super({ key: SCENE_KEYS.loading, active: true });
  }

  #releaseLoop: (() => void) | null = null;

  preload(): void {
    this.#releaseLoop = this.services.pacer.hold();
    this.services.debug.setScene(SCENE_KEYS.loading);
    this.load.on(Phaser.Loader.Events.PROGRESS, (fraction: number) => this.onProgress(fraction));
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, () => {
      // a missing picture is not worth stopping the school for; say so once
      this.#failed = true;
    });
    for (const name of Object.keys(ICON_SVGS)) this.load.image(iconTextureKey(name), iconUrl(name));
  }

  #failed = false;

  create(): void {
    this.onProgress(1);
    this.services.pacer.keepAwake(1500);
    this.#releaseLoop?.();
    this.scene.start(SCENE_KEYS.title, { assetsFailed: this.#failed });
  }
}
