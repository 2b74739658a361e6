import type { GhostMoment, GhostsSceneData } from '../../../contracts/cast-protocol.js';

/**
 * The data guard of the ghosts stage (the cycle collector's chapter): what a cast sent is a
 * `ghosts` scene, and which of its moments are well-formed enough to step through.
 */

export function isGhostScene(scene: unknown): scene is GhostsSceneData {
  return (
    typeof scene === 'object' &&
    scene !== null &&
    (scene as { kind?: unknown }).kind === 'ghosts' &&
    Array.isArray((scene as { spirits?: unknown }).spirits) &&
    Array.isArray((scene as { holds?: unknown }).holds) &&
    Array.isArray((scene as { events?: unknown }).events)
  );
}

/** The moments of a ghosts scene for its replay: well-formed ones only, and only when there is a change to step through. */
export function ghostMoments(data: GhostsSceneData): GhostMoment[] {
  const moments = Array.isArray(data.moments) ? data.moments : [];
  const wellFormed = moments.filter(
    (moment): moment is GhostMoment =>
      typeof moment === 'object' &&
      moment !== null &&
      Array.isArray(moment.holds) &&
      typeof moment.ends === 'object' &&
      moment.ends !== null,
  );
  return wellFormed.length >= 2 ? wellFormed : [];
}
