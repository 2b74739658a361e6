import type { Say } from '../messages/translator.js';
import type Phaser from 'phaser';
import type { SceneKind } from '../../contracts/level-schema.js';
import type { SceneData } from '../../contracts/cast-protocol.js';
import { GhostStage } from './ghosts/ghost-stage.js';
import { KnightStage } from './knights/knight-stage.js';
import { RuneStage } from './runes/rune-stage.js';
import type { StageBase, StageReplay, StageSetup } from './shared/stage-base.js';
import type { Rect } from './shared/stage-geometry.js';
import type { StagePack } from './shared/stage-pack.js';
import type { MotionPreference } from './shared/stage-pace.js';
import { STAGE_PACKS, type SceneDataOf } from './stage-packs.js';
import { TallyStage } from './tally/tally-stage.js';
import { WizardStage } from './wizard/wizard-stage.js';

/**
 * The stage of a level: the part of the canvas that animates what the kid's spell really did.
 * Each scene kind (LevelDefinition.scene) has one: its drawing below, its pack (data guard,
 * summary, words) in stage-packs.ts. Both are keyed by SceneKind, so a kind without either does
 * not compile.
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
  /** The stage's words, in the language spoken now (a switch builds the stage again). */
  say: Say;
}

/** Each kind's drawing (Phaser), kept apart from the packs so the words load without a canvas. */
const STAGE_DRAWINGS: { readonly [K in SceneKind]: (setup: StageSetup, say: Say) => StageBase<SceneDataOf<K>> } = {
  knights: (setup, say) => new KnightStage(setup, say),
  tally: (setup, say) => new TallyStage(setup, say),
  runes: (setup, say) => new RuneStage(setup, say),
  ghosts: (setup, say) => new GhostStage(setup, say),
  wizard: (setup, say) => new WizardStage(setup, say),
};

/** A stage class as a LevelStage: it shows only the data of its kind, and says what it showed. */
function levelStage<D extends SceneData>(stage: StageBase<D>, pack: StagePack<D>): LevelStage {
  return {
    setArea: (area) => stage.setArea(area),
    show: (data, onDone) => {
      if (!pack.accepts(data) || !pack.animates(data)) return false;
      stage.show(data, () => onDone(pack.summary(data)));
      return true;
    },
    replay: () => stage.replay(),
    showIdle: () => stage.showIdle(),
    destroy: () => stage.destroy(),
  };
}

export function createLevelStage<K extends SceneKind>(kind: K, { scene, motion, keepAwake, say }: StageContext): LevelStage {
  const setup: StageSetup = { scene, motion, wantFrames: keepAwake };
  return levelStage<SceneDataOf<K>>(STAGE_DRAWINGS[kind](setup, say), STAGE_PACKS[kind]);
}
