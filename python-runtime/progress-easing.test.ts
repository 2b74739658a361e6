import { describe, expect, it, vi } from 'vitest';
import { client, useFakeWorkers, workers } from './fake-spell-worker.js';
import { StartProgress } from './progress-easing.js';

useFakeWorkers();

describe('starting', () => {
  it('moves the bar through the silent boot stage without passing the next real milestone, never backwards', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    const runtime = client({ startTimeoutMs: 120_000 });
    const seen: number[] = [];
    runtime.onProgress((fraction) => seen.push(fraction));
    const worker = workers[0]!;
    worker.send({ type: 'progress', stage: 'loading-python', fraction: 0.1 });
    await vi.advanceTimersByTimeAsync(2000);
    const eased = seen.filter((fraction) => fraction > 0.1);
    expect(eased.length).toBeGreaterThan(5);
    expect(Math.max(...eased)).toBeLessThan(0.8);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(Math.max(...seen)).toBeLessThanOrEqual(0.75);
    worker.send({ type: 'progress', stage: 'loading-harness', fraction: 0.8 });
    worker.send({ type: 'ready', restored: false, ms: 3000 });
    await runtime.ready;
    const count = seen.length;
    await vi.advanceTimersByTimeAsync(5000);
    // the easing stopped with the stage
    expect(seen.length).toBe(count);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('StartProgress', () => {
  it('tells a new listener the last progress at once, and never goes backwards', () => {
    const progress = new StartProgress();
    const seen: [number, string][] = [];
    progress.emit(0.4, 'loading-python');
    progress.onProgress((fraction, stage) => seen.push([fraction, stage]));
    // a failed restore followed by a cold start reports from 0 again
    progress.emit(0.1, 'loading-python');
    progress.emit(1, 'ready');
    expect(seen).toEqual([
      [0.4, 'loading-python'],
      [0.4, 'loading-python'],
      [1, 'ready'],
    ]);
  });

  it('eases only through the silent boot stage, faster for a restore, and stops when told', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const progress = new StartProgress();
    const seen: number[] = [];
    progress.onProgress((fraction) => seen.push(fraction));
    // the harness stage is not silent: no easing
    progress.workerProgress({ type: 'progress', stage: 'loading-harness', fraction: 0.8 });
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([0, 0.8]);

    const cold = new StartProgress();
    const restore = new StartProgress();
    const coldSeen: number[] = [];
    const restoreSeen: number[] = [];
    cold.onProgress((fraction) => coldSeen.push(fraction));
    restore.onProgress((fraction) => restoreSeen.push(fraction));
    cold.workerProgress({ type: 'progress', stage: 'loading-python', fraction: 0.1 });
    restore.workerProgress({ type: 'progress', stage: 'restoring', fraction: 0.1 });
    vi.advanceTimersByTime(600);
    expect(restoreSeen.at(-1)!).toBeGreaterThan(coldSeen.at(-1)!);
    expect(Math.max(...coldSeen, ...restoreSeen)).toBeLessThanOrEqual(0.75);
    cold.stopEasing();
    const count = coldSeen.length;
    vi.advanceTimersByTime(1000);
    expect(coldSeen).toHaveLength(count);
    restore.stopEasing();
  });
});
