import type Phaser from 'phaser';
import type { SceneKind } from '../../python-runtime/levels/level-types.js';
import type { SceneData } from '../../python-runtime/protocol.js';
import { GhostStage } from '../art/ghost-stage.js';
import { KnightStage } from '../art/knight-stage.js';
import { RuneStage } from '../art/rune-stage.js';
import { TallyStage } from '../art/tally-stage.js';
import { WizardStage } from '../art/wizard-stage.js';
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
  showIdle(): void;
  destroy(): void;
}

export interface StageContext {
  scene: Phaser.Scene;
  reducedMotion: boolean;
  /** Asks the sleeping game loop for frames (see render-pacer.ts). */
  keepAwake: (ms: number) => void;
}

const STAGE_FACTORIES: Record<SceneKind, (context: StageContext) => LevelStage> = {
  knights: ({ scene, reducedMotion, keepAwake }) => {
    const stage = new KnightStage(scene, reducedMotion, formatMessage, keepAwake);
    return {
      setArea: (area) => stage.setArea(area),
      show: (data, onDone) => {
        if (!isKnightsScene(data)) return false;
        stage.show(data, () => onDone(knightsSummary(data)));
        return true;
      },
      showIdle: () => stage.showIdle(),
      destroy: () => stage.destroy(),
    };
  },
  tally: ({ scene, reducedMotion, keepAwake }) => {
    const stage = new TallyStage(scene, reducedMotion, keepAwake);
    return {
      setArea: (area) => stage.setArea(area),
      show: (data, onDone) => {
        if (!isTallyScene(data) || data.objects.length === 0) return false;
        const deltas = data.objects.map((o) => o.delta).join(',');
        stage.show(data, () => onDone(deltas));
        return true;
      },
      showIdle: () => stage.showIdle(),
      destroy: () => stage.destroy(),
    };
  },
  runes: ({ scene, reducedMotion, keepAwake }) => {
    const stage = new RuneStage(scene, reducedMotion, keepAwake);
    return {
      setArea: (area) => stage.setArea(area),
      show: (data, onDone) => {
        if (!isRuneScene(data)) return false;
        stage.show(data, () => onDone(runeSummary(data)));
        return true;
      },
      showIdle: () => stage.showIdle(),
      destroy: () => stage.destroy(),
    };
  },
  ghosts: ({ scene, reducedMotion, keepAwake }) => {
    const stage = new GhostStage(scene, reducedMotion, formatMessage, keepAwake);
    return {
      setArea: (area) => stage.setArea(area),
      show: (data, onDone) => {
        if (!isGhostScene(data)) return false;
        stage.show(data, () => onDone(ghostSummary(data)));
        return true;
      },
      showIdle: () => stage.showIdle(),
      destroy: () => stage.destroy(),
    };
  },
  wizard: ({ scene, reducedMotion, keepAwake }) => {
    const stage = new WizardStage(scene, reducedMotion, formatMessage, keepAwake);
    return {
      setArea: (area) => stage.setArea(area),
      show: (data, onDone) => {
        if (!isWizardScene(data)) return false;
        stage.show(data, () => onDone(wizardSummary(data)));
        return true;
      },
      showIdle: () => stage.showIdle(),
      destroy: () => stage.destroy(),
    };
  },
};

export function createLevelStage(kind: SceneKind, context: StageContext): LevelStage {
  return STAGE_FACTORIES[kind](context);
}
