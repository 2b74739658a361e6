import type { TallyMoment, TallySceneData } from '../../../contracts/cast-protocol.js';

/**
 * The data guard of the tally stage (reference counts: a tally is an object's reference count),
 * the moments of its replay, and the summary the e2e tests read.
 */

/** Narrows CastResult.scene to tally data (other chapters add other kinds). */
export function isTallyScene(scene: unknown): scene is TallySceneData {
  return (
    typeof scene === 'object' &&
    scene !== null &&
    (scene as { kind?: unknown }).kind === 'tally' &&
    Array.isArray((scene as { objects?: unknown }).objects)
  );
}

/** The moments of a tally scene for its replay: only well-formed ones, and only when there is a change to step through. */
export function tallyMoments(data: TallySceneData): TallyMoment[] {
  const moments = Array.isArray(data.moments) ? data.moments : [];
  const wellFormed = moments.filter(
    (moment): moment is TallyMoment =>
      typeof moment === 'object' && moment !== null && Array.isArray(moment.objects) && moment.objects.length === data.objects.length,
  );
  return wellFormed.length >= 2 ? wellFormed : [];
}

/** A moment's objects, with what only the whole run knows (the weak-reference ghost) from the final objects. */
export function momentScene(data: TallySceneData, moment: TallyMoment): TallySceneData {
  return {
    kind: 'tally',
    objects: moment.objects.map((object, index) => ({ ...object, weakGhost: data.objects[index]?.weakGhost === true })),
  };
}

/** For `data-tally-animated`: the measured change of each object's tally, in order (`1,-1,0`). */
export function tallySummary(data: TallySceneData): string {
  return data.objects.map((o) => o.delta).join(',');
}
