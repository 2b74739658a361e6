/**
 * Draws only while something moves. Phaser redraws the whole canvas 60 times a second; on a
 * computer without a graphics card (many school laptops, virtual machines, headless test
 * browsers) that is a whole CPU core, taken from Python. The pacer lets the game loop sleep
 * when nothing animates and wakes it for scene changes, resizes and the tally animations.
 *
 * Anything that needs frames either holds the loop awake (`hold()` ... `release()`) or asks
 * for a while of frames (`keepAwake(ms)`). Decorations that loop forever (twinkles, a floating
 * hat) simply pause where they are while the loop sleeps.
 */
export interface SleepableLoop {
  readonly running: boolean;
  sleep(): void;
  wake(seamless?: boolean): void;
}

export interface PacerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserClock: PacerClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class RenderPacer {
  #loop: SleepableLoop | null = null;
  #awakeUntil = 0;
  #holds = 0;
  #timer: unknown = null;

  constructor(private readonly clock: PacerClock = browserClock) {}

  /** Starts pacing `loop` (until then every request is remembered, nothing sleeps). */
  attach(loop: SleepableLoop): void {
    this.#loop = loop;
    this.#schedule();
  }

  /** Draw for at least `ms` from now. */
  keepAwake(ms: number): void {
    this.#awakeUntil = Math.max(this.#awakeUntil, this.clock.now() + ms);
    this.#wake();
    this.#schedule();
  }

  /** Draw until the returned function is called (calling it twice does nothing more). */
  hold(): () => void {
    this.#holds += 1;
    this.#wake();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holds -= 1;
      // a few more frames so the last change is drawn
      this.keepAwake(250);
    };
  }

  get sleeping(): boolean {
    return this.#loop !== null && !this.#loop.running;
  }

  #wake(): void {
    if (this.#loop && !this.#loop.running) this.#loop.wake(true);
  }

  #schedule(): void {
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#loop || this.#holds > 0) return;
    const left = this.#awakeUntil - this.clock.now();
    if (left > 0) {
      this.#timer = this.clock.setTimeout(() => this.#schedule(), left);
    } else if (this.#loop.running) {
      this.#loop.sleep();
    }
  }
}
