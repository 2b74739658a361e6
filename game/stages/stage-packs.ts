import type { Say } from '../messages/translator.js';
import type { SceneKind } from '../../contracts/level-schema.js';
import type { SceneData } from '../../contracts/cast-protocol.js';
import { GHOST_PACK } from './ghosts/ghost-pack.js';
import { KNIGHT_PACK } from './knights/knight-pack.js';
import { RUNE_PACK } from './runes/rune-pack.js';
import type { StagePack } from './shared/stage-pack.js';
import { TALLY_PACK } from './tally/tally-pack.js';
import { WIZARD_PACK } from './wizard/wizard-pack.js';

/** The scene data a stage kind draws (the kind a level's `scene` names). */
export type SceneDataOf<K extends SceneKind> = Extract<SceneData, { kind: K }>;

/**
 * Every stage kind's pack, by the SceneKind a level names (see README.md beside this file). A
 * kind added to SceneKind without a pack here, or with another kind's pack, does not compile.
 * Pure, so the caption and the tests read it without Phaser; the drawings are in level-stages.ts.
 */
export const STAGE_PACKS: { readonly [K in SceneKind]: StagePack<SceneDataOf<K>> } = {
  tally: TALLY_PACK,
  runes: RUNE_PACK,
  ghosts: GHOST_PACK,
  knights: KNIGHT_PACK,
  wizard: WIZARD_PACK,
};

/** The pack of a scene's kind when the scene is well-formed for it, else null. */
export function stagePackOf(scene: SceneData): StagePack | null {
  if (!Object.hasOwn(STAGE_PACKS, scene.kind)) return null;
  const pack: StagePack = STAGE_PACKS[scene.kind as SceneKind];
  return pack.accepts(scene) ? pack : null;
}

/**
 * Words for what a level's stage shows, one sentence per thing, for the people who cannot see
 * the animation (the caption under the stage and screen readers). Empty when there is no scene
 * or no pack knows its kind.
 */
export function describeScene(scene: SceneData | null, format: Say): string[] {
  if (scene === null) return [];
  return stagePackOf(scene)?.describe(scene, format) ?? [];
}
