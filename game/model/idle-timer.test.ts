import { describe, expect, it } from 'vitest';
import { IdleTimer, type IdleClock } from './idle-timer.js';

/** A clock whose time only moves when the test says so; timers fire in time order. */
class FakeClock implements IdleClock {
  time = 0;
  #next = 1;
  timers = new Map<number, { at: number; run: () => void }>();
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.#next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers.delete(handle as number);
  };
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
  }
}

function setup(idleMs = 180_000, countdownSeconds = 30) {
  const clock = new FakeClock();
  const events: string[] = [];
  const timer = new IdleTimer(
    { idleMs, countdownSeconds },
    {
      onCountdown: (s) => events.push(`countdown ${s}`),
      onTick: (s) => events.push(`tick ${s}`),
      onCancel: () => events.push('cancel'),
      onExpire: () => events.push('expire'),
    },
    clock,
  );
  return { clock, events, timer };
}

describe('IdleTimer', () => {
  it('does nothing until started (no timer outside a kid’s session)', () => {
    const { clock, events, timer } = setup();
    clock.advance(3_600_000);
    expect(events).toEqual([]);
    expect(timer.state).toBe('off');
    expect(clock.timers.size).toBe(0);
  });

  it('shows the countdown after the idle minutes, one tick a second, and expires at 0', () => {
    const { clock, events, timer } = setup(180_000, 5);
    timer.start();
    clock.advance(179_999);
    expect(events).toEqual([]);
    clock.advance(1);
    expect(events).toEqual(['countdown 5']);
    expect(timer.state).toBe('countdown');
    expect(timer.secondsLeft).toBe(5);
    clock.advance(2_500);
    expect(events).toEqual(['countdown 5', 'tick 4', 'tick 3']);
    expect(timer.secondsLeft).toBe(3);
    clock.advance(2_500);
    expect(events).toEqual(['countdown 5', 'tick 4', 'tick 3', 'tick 2', 'tick 1', 'expire']);
    expect(timer.state).toBe('off');
    // nothing more happens once expired, until started again
    clock.advance(1_000_000);
    expect(events).toHaveLength(6);
  });

  it('any input while waiting pushes the countdown back by the whole idle time', () => {
    const { clock, events, timer } = setup(60_000, 10);
    timer.start();
    clock.advance(50_000);
    timer.input();
    clock.advance(50_000);
    expect(events).toEqual([]);
    clock.advance(10_000);
    expect(events).toEqual(['countdown 10']);
  });

  it('many inputs (a moving mouse) keep one timer only', () => {
    const { clock, timer } = setup(60_000, 10);
    timer.start();
    for (let i = 0; i < 1000; i += 1) {
      clock.advance(10);
      timer.input();
    }
    expect(clock.timers.size).toBe(1);
  });

  it('input during the countdown cancels it and starts the wait again', () => {
    const { clock, events, timer } = setup(10_000, 30);
    timer.start();
    clock.advance(10_000 + 3_000);
    timer.input();
    expect(events).toEqual(['countdown 30', 'tick 29', 'tick 28', 'tick 27', 'cancel']);
    expect(timer.state).toBe('waiting');
    clock.advance(9_999);
    expect(events.at(-1)).toBe('cancel');
    clock.advance(1);
    expect(events.at(-1)).toBe('countdown 30');
  });

  it('"I’m still here" cancels the countdown; the kiosk is not reset', () => {
    const { clock, events, timer } = setup(5_000, 5);
    timer.start();
    clock.advance(5_000 + 4_500);
    timer.stay();
    clock.advance(1_000);
    expect(events).toContain('cancel');
    expect(events).not.toContain('expire');
  });

  it('stop() ends everything silently, also in the middle of a countdown', () => {
    const { clock, events, timer } = setup(5_000, 5);
    timer.start();
    clock.advance(6_000);
    timer.stop();
    clock.advance(60_000);
    expect(events).toEqual(['countdown 5', 'tick 4']);
    expect(clock.timers.size).toBe(0);
    timer.input();
    expect(timer.state).toBe('off');
  });

  it('a countdown of 0 seconds expires as soon as the wait is over (the attract loop)', () => {
    const { clock, events, timer } = setup(20_000, 0);
    timer.start();
    clock.advance(20_000);
    expect(events).toEqual(['expire']);
  });

  it('start() twice does not restart the wait', () => {
    const { clock, events, timer } = setup(10_000, 5);
    timer.start();
    clock.advance(6_000);
    timer.start();
    clock.advance(4_000);
    expect(events).toEqual(['countdown 5']);
  });

  it('new timings apply from the next wait', () => {
    const { clock, events, timer } = setup(10_000, 5);
    timer.setTimings({ idleMs: 2_000, countdownSeconds: 7 });
    timer.start();
    clock.advance(2_000);
    expect(events).toEqual(['countdown 7']);
  });
});
