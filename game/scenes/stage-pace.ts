import type { GhostLayoutOptions } from './ghost-layout.js';
import type { KnightsLayoutOptions } from './knight-layout.js';
import type { RuneLayoutOptions } from './rune-layout.js';
import type { TallyLayoutOptions } from './tally-layout.js';

/**
 * How fast a level's stage plays what the spell did. Pure, so the choice is tested without a
 * canvas; the stages (game/art/*-stage.ts) only follow it.
 *
 *   moving  the whole animation: things pop in, count, fly and sparkle
 *   quick   the kid asked for less motion (prefers-reduced-motion): the same facts in the same
 *           order, at once or with short fades only, nothing bounces, floats or flies, and the
 *           stage is over within QUICK_STAGE_MAX_MS (for the usual spells)
 *   still   the end picture at once, no timers (a redraw after the stage was resized)
 */
export type StagePace = 'moving' | 'quick' | 'still';

export function stagePace(animate: boolean, reducedMotion: boolean): StagePace {
  if (!animate) return 'still';
  return reducedMotion ? 'quick' : 'moving';
}

/** A quick stage fades its picture in over this long (a fade is not motion). */
export const QUICK_FADE_MS = 150;
/** A quick stage is done within this long for the scenes the levels make. */
export const QUICK_STAGE_MAX_MS = 1000;

/** How long a tween of `ms` lasts at this pace: short fades when quick, none when still. */
export function paceMs(pace: StagePace, ms: number): number {
  if (pace === 'still') return 0;
  return pace === 'quick' ? Math.min(ms, QUICK_FADE_MS) : ms;
}

/** Tally timing (counters count, vanished objects fade): quick shows the end counters at once. */
export function tallyTiming(pace: StagePace): Partial<TallyLayoutOptions> {
  if (pace === 'moving') return {};
  const quick = pace === 'quick';
  return { stepMs: quick ? 40 : 0, staggerMs: 0, vanishMs: quick ? 120 : 0 };
}

/**
 * Rune timing: quick lets every stone appear and light up together, briefly; specialised runes
 * still change their names one after another (that order is what the kid watches), but fast.
 */
export function runeTiming(pace: StagePace): Partial<RuneLayoutOptions> {
  if (pace === 'moving') return {};
  return {
    staggerMs: 0,
    maxAppearMs: 0,
    appearMs: paceMs(pace, 80),
    changeMs: paceMs(pace, 40),
    lightMs: paceMs(pace, 120),
  };
}

/**
 * Ghost timing: the events keep their measured order (freed by the tally first, then the
 * collector's visits), each one short, and the Ghost Collector does not fly across.
 */
export function ghostTiming(pace: StagePace): Partial<GhostLayoutOptions> {
  if (pace === 'moving') return {};
  return {
    staggerMs: 0,
    appearMs: paceMs(pace, 120),
    cutMs: paceMs(pace, 150),
    leaveMs: paceMs(pace, 150),
    freedGapMs: paceMs(pace, 100),
    sweepMs: paceMs(pace, 150),
    badgeMs: paceMs(pace, 120),
    gapMs: paceMs(pace, 60),
  };
}

/** Knights timing: quick and still show the whole run at once (the replay is the end picture). */
export function knightTiming(pace: StagePace): Partial<KnightsLayoutOptions> {
  return pace === 'moving' ? {} : { stepMs: 0 };
}

/** The kid's motion preference, read when a stage starts, and told when it changes. */
export interface MotionPreference {
  reduced(): boolean;
  /** Calls `changed` whenever the preference changes; returns the unsubscribe. */
  watch(changed: (reduced: boolean) => void): () => void;
}

interface MediaQueryLike {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

/**
 * `prefers-reduced-motion: reduce`, live: a kid (or teacher) who turns on "reduce motion" in the
 * system settings gets a quick stage from the next cast on, and a moving one stops at once.
 */
export function mediaMotionPreference(matchMedia: ((query: string) => MediaQueryLike) | undefined, fallback = false): MotionPreference {
  const query = matchMedia?.('(prefers-reduced-motion: reduce)');
  if (!query) return { reduced: () => fallback, watch: () => () => {} };
  return {
    reduced: () => query.matches,
    watch(changed) {
      const listener = () => changed(query.matches);
      query.addEventListener('change', listener);
      return () => query.removeEventListener('change', listener);
    },
  };
}

/** A preference that never changes (tests, and browsers without matchMedia). */
export function fixedMotionPreference(reduced: boolean): MotionPreference {
  return { reduced: () => reduced, watch: () => () => {} };
}
