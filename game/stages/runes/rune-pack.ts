import type { RuneSceneData } from '../../../contracts/cast-protocol.js';
import type { StagePack } from '../shared/stage-pack.js';
import { isRuneScene, runeSummary } from './rune-scene.js';
import { describeRunes } from './rune-words.js';

/** The runes stage (bytecode) to the rest of the game. */
export const RUNE_PACK: StagePack<RuneSceneData> = {
  accepts: isRuneScene,
  animates: () => true,
  summary: runeSummary,
  describe: describeRunes,
};
