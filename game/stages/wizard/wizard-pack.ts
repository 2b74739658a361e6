import type { WizardSceneData } from '../../../contracts/cast-protocol.js';
import type { StagePack } from '../shared/stage-pack.js';
import { isWizardScene, wizardSummary } from './wizard-scene.js';
import { describeWizard } from './wizard-words.js';

/** The wizard stage (the interpreter reading bytecode on the value stack) to the rest of the game. */
export const WIZARD_PACK: StagePack<WizardSceneData> = {
  accepts: isWizardScene,
  animates: () => true,
  summary: wizardSummary,
  describe: describeWizard,
};
