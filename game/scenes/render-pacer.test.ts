import { describe, expect, it } from 'vitest';
import { RenderPacer, type PacerClock, type SleepableLoop } from './render-pacer.js';

/** A clock whose timers run only when the test moves time on. */
class FakeClock implements PacerClock {
  time = 0;
  #timers = new Map<number, { at: number; run: () => void }>();
  #next = 1;
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.#next++;
    this.#timers.set(id, { at: this.time + ms, run });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.#timers.delete(id as number);
  };
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
  }
}

class FakeLoop implements SleepableLoop {
  running = true;
  sleeps = 0;
  wakes = 0;
  sleep() {
    this.running = false;
    this.sleeps += 1;
  }
  wake() {
    this.running = true;
    this.wakes += 1;
  }
}

function setup() {
  const clock = new FakeClock();
  const loop = new FakeLoop();
  const pacer = new RenderPacer(clock);
  return { clock, loop, pacer };
}

describe('RenderPacer', () => {
  it('lets the loop sleep once the asked-for frames are drawn', () => {
    const { clock, loop, pacer } = setup();
    pacer.keepAwake(1000);
    pacer.attach(loop);
    clock.advance(999);
    expect(loop.running).toBe(true);
    clock.advance(2);
    expect(loop.running).toBe(false);
  });

  it('wakes a sleeping loop when frames are needed again, and sleeps after', () => {
    const { clock, loop, pacer } = setup();
    pacer.attach(loop);
    expect(loop.running).toBe(false);
    pacer.keepAwake(500);
    expect(loop.running).toBe(true);
    clock.advance(501);
    expect(loop.running).toBe(false);
    expect(loop.wakes).toBe(1);
  });

  it('keeps the longest of overlapping requests', () => {
    const { clock, loop, pacer } = setup();
    pacer.attach(loop);
    pacer.keepAwake(2000);
    clock.advance(500);
    pacer.keepAwake(100);
    clock.advance(1000);
    expect(loop.running).toBe(true);
    clock.advance(600);
    expect(loop.running).toBe(false);
  });

  it('never sleeps while held, and draws a little more after the release', () => {
    const { clock, loop, pacer } = setup();
    pacer.attach(loop);
    const release = pacer.hold();
    clock.advance(60_000);
    expect(loop.running).toBe(true);
    release();
    release();
    clock.advance(100);
    expect(loop.running).toBe(true);
    clock.advance(200);
    expect(loop.running).toBe(false);
  });

  it('does nothing to the loop before it is attached', () => {
    const { clock, loop, pacer } = setup();
    pacer.keepAwake(10);
    clock.advance(100);
    expect(loop.sleeps).toBe(0);
    expect(pacer.sleeping).toBe(false);
  });
});
