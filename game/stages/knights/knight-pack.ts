import type { KnightsSceneData } from '../../../contracts/cast-protocol.js';
import type { StagePack } from '../shared/stage-pack.js';
import { isKnightsScene, knightsSummary } from './knight-scene.js';
import { describeKnights } from './knight-words.js';

/** The knights stage (threads and the GIL) to the rest of the game. */
export const KNIGHT_PACK: StagePack<KnightsSceneData> = {
  accepts: isKnightsScene,
  animates: () => true,
  summary: knightsSummary,
  describe: describeKnights,
};
