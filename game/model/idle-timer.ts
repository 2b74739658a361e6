/**
 * The kiosk's idle timer, as a small state machine over an injected clock (tested with a fake
 * one): after `idleMs` without input a countdown of `countdownSeconds` starts ("Still there?");
 * any input, or the kid's "I'm still here", cancels it and starts the wait again; when it reaches
 * 0 the kiosk resets. A countdown of 0 seconds expires at once when the wait is over (the title's
 * attract loop uses it that way).
 *
 * Input can come many times a second (pointer moves): `input()` only notes the time while
 * waiting, and the single timer checks it when it fires, so a moving mouse costs no timers.
 */
export interface IdleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface IdleHandlers {
  /** The countdown started with this many whole seconds left. */
  onCountdown(secondsLeft: number): void;
  /** A second went by in the countdown (called with 1..countdownSeconds-1). */
  onTick(secondsLeft: number): void;
  /** The countdown was cancelled by input (the wait starts again). */
  onCancel(): void;
  /** The countdown ran out; the timer is off until started again. */
  onExpire(): void;
}

export type IdleState = 'off' | 'waiting' | 'countdown';

export const systemIdleClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class IdleTimer {
  #state: IdleState = 'off';
  #lastInput = 0;
  #countdownEnd = 0;
  #timer: unknown = null;
  #idleMs: number;
  #countdownSeconds: number;

  constructor(
    timings: { idleMs: number; countdownSeconds: number },
    private readonly handlers: IdleHandlers,
    private readonly clock: IdleClock = systemIdleClock,
  ) {
    this.#idleMs = Math.max(0, timings.idleMs);
    this.#countdownSeconds = Math.max(0, Math.floor(timings.countdownSeconds));
  }

  get state(): IdleState {
    return this.#state;
  }

  /** New timings (the console changed them): used from the next wait on. */
  setTimings(timings: { idleMs: number; countdownSeconds: number }): void {
    this.#idleMs = Math.max(0, timings.idleMs);
    this.#countdownSeconds = Math.max(0, Math.floor(timings.countdownSeconds));
  }

  /** Starts waiting from now (does nothing when already running). */
  start(): void {
    if (this.#state !== 'off') return;
    this.#wait();
  }

  /** Stops without calling anything (the caller knows why: the kid went back to the title). */
  stop(): void {
    this.#clear();
    this.#state = 'off';
  }

  /** The kid did something: the wait starts again, a running countdown is cancelled. */
  input(): void {
    if (this.#state === 'waiting') {
      this.#lastInput = this.clock.now();
    } else if (this.#state === 'countdown') {
      this.#wait();
      this.handlers.onCancel();
    }
  }

  /** "I'm still here": the same as any input. */
  stay(): void {
    this.input();
  }

  /** Whole seconds left in the countdown (0 when none runs). */
  get secondsLeft(): number {
    if (this.#state !== 'countdown') return 0;
    return Math.max(0, Math.ceil((this.#countdownEnd - this.clock.now()) / 1000));
  }

  #wait(): void {
    this.#clear();
    this.#state = 'waiting';
    this.#lastInput = this.clock.now();
    this.#schedule(this.#idleMs, () => this.#checkIdle());
  }

  #checkIdle(): void {
    const left = this.#lastInput + this.#idleMs - this.clock.now();
    if (left > 0) {
      this.#schedule(left, () => this.#checkIdle());
      return;
    }
    if (this.#countdownSeconds === 0) {
      this.#expire();
      return;
    }
    this.#state = 'countdown';
    this.#countdownEnd = this.clock.now() + this.#countdownSeconds * 1000;
    this.handlers.onCountdown(this.#countdownSeconds);
    this.#scheduleTick();
  }

  #scheduleTick(): void {
    const left = this.#countdownEnd - this.clock.now();
    // the next whole second boundary: 30 → 29 happens when 29 s are left, and so on
    const untilNext = left - (Math.ceil(left / 1000) - 1) * 1000;
    this.#schedule(Math.max(1, untilNext), () => this.#tick());
  }

  #tick(): void {
    const secondsLeft = this.secondsLeft;
    if (secondsLeft <= 0) {
      this.#expire();
      return;
    }
    this.handlers.onTick(secondsLeft);
    this.#scheduleTick();
  }

  #expire(): void {
    this.#clear();
    this.#state = 'off';
    this.handlers.onExpire();
  }

  #schedule(ms: number, run: () => void): void {
    this.#clear();
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = null;
      run();
    }, ms);
  }

  #clear(): void {
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
