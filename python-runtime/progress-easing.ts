/**
 * The loading bar's progress while the first worker starts: what the worker reports, eased
 * through the silent boot stage, never backwards, and 1 once the runtime is ready
 * (runtime-client.ts reports that one).
 */
import type { FromWorker } from '../contracts/cast-protocol.js';

/**
 * How long the silent boot stage usually takes, to ease the loading bar through it
 * (measured: cold 2.3-2.7 s in a Node worker, 2.7-6 s in a Chromium worker; a restore 0.4-0.9 s).
 */
const EXPECTED_BOOT_MS = { cold: 4000, restore: 800 } as const;
/** The boot stage covers 0.1 -> 0.8 of the bar; easing never passes this, the worker's next message does. */
const BOOT_EASING_CAP = 0.75;

export type ProgressListener = (fraction: number, stage: string) => void;

export class StartProgress {
  private readonly listeners: ProgressListener[] = [];
  private last: { fraction: number; stage: string } = { fraction: 0, stage: 'starting' };
  private easing: ReturnType<typeof setInterval> | undefined;

  /** A new listener hears the last progress at once, then every change. */
  onProgress(listener: ProgressListener): void {
    this.listeners.push(listener);
    listener(this.last.fraction, this.last.stage);
  }

  /**
   * A progress message of the first worker. The boot stage is silent and blocks the worker's
   * thread, so from its start the client moves the bar itself, easing towards the stage's end
   * with the usual boot time, until the worker reports the next stage.
   */
  workerProgress(message: Extract<FromWorker, { type: 'progress' }>): void {
    clearInterval(this.easing);
    this.easing = undefined;
    const fraction = Math.min(message.fraction, 0.99);
    this.emit(fraction, message.stage);
    if (message.stage === 'loading-harness' || fraction < 0.1) return;
    const started = performance.now();
    const expected = message.stage === 'restoring' ? EXPECTED_BOOT_MS.restore : EXPECTED_BOOT_MS.cold;
    this.easing = setInterval(() => {
      const eased = 1 - Math.exp(-(performance.now() - started) / expected);
      this.emit(fraction + (BOOT_EASING_CAP - fraction) * eased, message.stage);
    }, 200);
  }

  stopEasing(): void {
    clearInterval(this.easing);
    this.easing = undefined;
  }

  emit(fraction: number, stage: string): void {
    // never backwards (a failed restore followed by a cold start would start over at 0)
    fraction = Math.max(fraction, this.last.fraction);
    this.last = { fraction, stage };
    for (const listener of this.listeners) listener(fraction, stage);
  }
}
