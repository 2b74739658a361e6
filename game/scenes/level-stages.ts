import type Phaser from 'phaser';
import type { SceneKind } from '../../python-runtime/levels/level-types.js';
import type { SceneData, TallySceneData } from '../../python-runtime/protocol.js';
import { GhostStage } from '../art/ghost-stage.js';
import { KnightStage } from '../art/knight-stage.js';
import { RuneStage } from '../art/rune-stage.js';
import { TallyStage } from '../art/tally-stage.js';
import { WizardStage } from '../art/wizard-stage.js';
import type { StageBase, StageReplay } from '../art/stage-base.js';
import type { MotionPreference } from './stage-pace.js';
import type { Rect } from './tally-layout.js';
import { isTallyScene } from './tally-layout.js';
import { isRuneScene, runeSummary } from './rune-layout.js';
import { ghostSummary, isGhostScene } from './ghost-layout.js';
import { isKnightsScene, knightsSummary } from './knight-layout.js';
import { isWizardScene, wizardSummary } from './wizard-layout.js';
import { formatMessage } from '../messages/format.js';

/**
 * The stage of a level: the part of the canvas that animates what the kid's spell really did.
 * Each scene kind (LevelDefinition.scene) has one; a chapter that adds a kind adds a line to
 * STAGE_FACTORIES and its words to stage-words.ts.
 */
export interface LevelStage {
  setArea(area: Rect): void;
  /**
   * Animates the measured scene. `onDone(summary)` runs when the animation is over, with a short
   * summary of what was shown (for the e2e tests: `data-<kind>-animated`). Returns false when
   * the data is not this stage's kind (the stage then shows its idle picture).
   */
  show(scene: SceneData, onDone: (summary: string) => void): boolean;
  /** The shown run step by step, when the stage can replay it. */
  replay(): StageReplay | null;
  showIdle(): void;
  destroy(): void;
}

export interface StageContext {
  scene: Phaser.Scene;
  /** The kid's motion preference, read at every cast (see stage-pace.ts). */
  motion: MotionPreference;
  /** Asks the sleeping game loop for frames (see render-pacer.ts). */
  keepAwake: (ms: number) => void;
}

/** A stage class as a LevelStage: it shows only the data of its kind, and says what it showed. */
function levelStage<D extends SceneData>(stage: StageBase<D>, accepts: (data: SceneData) => data is D, summary: (data: D) => string): LevelStage {
  return {
    setArea: (area) => stage.setArea(area),
    show: (data, onDone) => {
      if (!accepts(data)) return false;
      stage.show(data, () => onDone(summary(data)));
      return true;
    },
    replay: () => stage.replay(),
    showIdle: () => stage.showIdle(),
    destroy: () => stage.destroy(),
  };
}

const STAGE_FACTORIES: Record<SceneKind, (context: StageContext) => LevelStage> = {
  knights: ({ scene, motion, keepAwake }) =>
    levelStage(new KnightStage({ scene, motion, wantFrames: keepAwake }, formatMessage), isKnightsScene, knightsSummary),
  tally: ({ scene, motion, keepAwake }) =>
    levelStage(
      new TallyStage({ scene, motion, wantFrames: keepAwake }),
      (data): data is TallySceneData => isTallyScene(data) && data.objects.length > 0,
      (data) => data.objects.map((o) => o.delta).join(','),
    ),
  runes: ({ scene, motion, keepAwake }) => levelStage(new RuneStage({ scene, motion, wantFrames: keepAwake }), isRuneScene, runeSummary),
  ghosts: ({ scene, motion, keepAwake }) =>
    levelStage(new GhostStage({ scene, motion, wantFrames: keepAwake }, formatMessage), isGhostScene, ghostSummary),
  wizard: ({ scene, motion, keepAwake }) =>
    levelStage(new WizardStage({ scene, motion, wantFrames: keepAwake }, formatMessage), isWizardScene, wizardSummary),
};

export function createLevelStage(kind: SceneKind, context: StageContext): LevelStage {
  return STAGE_FACTORIES[kind](context);
}
