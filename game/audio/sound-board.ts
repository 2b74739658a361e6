/**
 * The game's four sound effects, synthesised by zzfx (no sound files, nothing to download).
 * zzfx creates its AudioContext when its module loads, so it is imported on the first sound
 * (always after a click or key press), which keeps browsers from blocking or warning about audio.
 * Muting is a setting in the save; while muted nothing is even imported.
 */
export type SoundName = 'cast' | 'pass' | 'fail' | 'click';

/* eslint-disable no-sparse-arrays -- zzfx's own sound format: an empty slot takes zzfx's default for that parameter */
/** zzfx parameter lists (volume, randomness, frequency, attack, sustain, release, shape, ...). */
const SOUNDS: Record<SoundName, (number | undefined)[]> = {
  // a rising shimmer
  cast: [0.6, 0.05, 520, 0.02, 0.12, 0.25, 0, 1.6, 12, , , , , , , , , 0.6, 0.05],
  // a bright two-note fanfare
  pass: [0.7, 0, 660, 0.02, 0.2, 0.35, 0, 1.4, , , 330, 0.09, 0.1, , , , , 0.8, 0.06],
  // a soft falling "hmm" (never harsh: it is not a punishment)
  fail: [0.5, 0.05, 300, 0.02, 0.12, 0.3, 0, 1.2, -6, , , , , , , , , 0.7, 0.05],
  click: [0.35, 0.02, 900, , 0.01, 0.04, 0, 2],
};

export class SoundBoard {
  #muted: boolean;
  #zzfx: Promise<typeof import('zzfx')> | null = null;

  constructor(muted: boolean) {
    this.#muted = muted;
  }

  get muted(): boolean {
    return this.#muted;
  }

  setMuted(muted: boolean): void {
    this.#muted = muted;
  }

  /** Plays a sound unless muted. Never throws: a missing audio device must not stop the game. */
  play(name: SoundName): void {
    if (this.#muted) return;
    this.#zzfx ??= import('zzfx');
    this.#zzfx
      .then(({ ZZFX }) => {
        if (this.#muted) return;
        if (ZZFX.audioContext.state === 'suspended') void ZZFX.audioContext.resume();
        ZZFX.playSamples([ZZFX.buildSamples(...SOUNDS[name])]);
      })
      .catch(() => {
        // no audio available (headless, no device): sound is a bonus, not a requirement
      });
  }
}
