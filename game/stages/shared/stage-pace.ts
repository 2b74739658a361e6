/**
 * How fast a level's stage plays what the spell did. Pure, so the choice is tested without a
 * canvas; the stages (game/stages/<kind>/*-stage.ts) only follow it.
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
