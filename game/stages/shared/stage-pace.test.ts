import { describe, expect, it } from 'vitest';
import { fixedMotionPreference, mediaMotionPreference, paceMs, QUICK_FADE_MS, stagePace } from './stage-pace.js';

describe('stage pace', () => {
  it('moves only when it animates and the kid did not ask for less motion', () => {
    expect(stagePace(true, false)).toBe('moving');
    expect(stagePace(true, true)).toBe('quick');
    expect(stagePace(false, false)).toBe('still');
    expect(stagePace(false, true)).toBe('still');
  });

  it('keeps tweens whole when moving, cuts them to a short fade when quick, and to nothing when still', () => {
    expect(paceMs('moving', 1800)).toBe(1800);
    expect(paceMs('quick', 1800)).toBe(QUICK_FADE_MS);
    expect(paceMs('quick', 80)).toBe(80);
    expect(paceMs('still', 1800)).toBe(0);
  });
});

describe('motion preference', () => {
  function fakeQuery(matches: boolean) {
    const listeners = new Set<() => void>();
    const query = {
      matches,
      addEventListener: (_: 'change', listener: () => void) => listeners.add(listener),
      removeEventListener: (_: 'change', listener: () => void) => listeners.delete(listener),
      flip(to: boolean) {
        query.matches = to;
        for (const listener of listeners) listener();
      },
      listeners,
    };
    return query;
  }

  it('reads prefers-reduced-motion live and tells watchers when it changes', () => {
    const query = fakeQuery(false);
    const asked: string[] = [];
    const motion = mediaMotionPreference((text) => {
      asked.push(text);
      return query;
    });
    expect(asked).toEqual(['(prefers-reduced-motion: reduce)']);
    expect(motion.reduced()).toBe(false);
    const seen: boolean[] = [];
    const unwatch = motion.watch((reduced) => seen.push(reduced));
    query.flip(true);
    expect(motion.reduced()).toBe(true);
    expect(seen).toEqual([true]);
    unwatch();
    query.flip(false);
    expect(seen).toEqual([true]);
    expect(query.listeners.size).toBe(0);
  });

  it('falls back to a fixed answer where there is no matchMedia', () => {
    expect(mediaMotionPreference(undefined, true).reduced()).toBe(true);
    expect(mediaMotionPreference(undefined).reduced()).toBe(false);
    expect(fixedMotionPreference(true).reduced()).toBe(true);
  });
});
