import type { TallySceneData } from '../../../contracts/cast-protocol.js';
import type { StagePack } from '../shared/stage-pack.js';
import { isTallyScene, tallySummary } from './tally-scene.js';
import { describeTally } from './tally-words.js';

/** The tally stage (reference counts) to the rest of the game. */
export const TALLY_PACK: StagePack<TallySceneData> = {
  accepts: isTallyScene,
  // a spell that made none of the story's objects leaves the stage on its idle picture
  animates: (data) => data.objects.length > 0,
  summary: tallySummary,
  describe: describeTally,
};
