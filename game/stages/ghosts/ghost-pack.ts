import type { GhostsSceneData } from '../../../contracts/cast-protocol.js';
import type { StagePack } from '../shared/stage-pack.js';
import { isGhostScene } from './ghost-scene.js';
import { ghostSummary } from './ghost-summary.js';
import { catalogueHoldText, describeGhosts } from './ghost-words.js';

/** The ghosts stage (the cycle collector's chapter) to the rest of the game. */
export const GHOST_PACK: StagePack<GhostsSceneData> = {
  accepts: isGhostScene,
  animates: () => true,
  summary: ghostSummary,
  describe: (data, format) => describeGhosts(data, format, catalogueHoldText(format)),
};
