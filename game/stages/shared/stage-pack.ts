import type { Say } from '../../messages/translator.js';
import type { SceneData } from '../../../contracts/cast-protocol.js';

/** The catalogue's words, as every stage's describer receives them (`formatMessage`, or a test's). */

/**
 * What the game needs to know of a stage kind besides its drawing, all pure (no Phaser), so the
 * caption under the stage and the tests read it without a canvas. Every kind has one pack, in
 * game/stages/<kind>/<kind>-pack.ts; game/stages/stage-packs.ts lists them by SceneKind.
 */
export interface StagePack<D extends SceneData = SceneData> {
  /** The data guard: the scene a cast sent is this kind's, with the lists the stage reads. */
  accepts(scene: SceneData): scene is D;
  /**
   * Whether the stage has a picture of this data to animate; when not, it shows its idle picture
   * (a tally of no objects). The words are said either way.
   */
  animates(data: D): boolean;
  /** The short summary the e2e tests read when the animation is over (`data-<kind>-animated`). */
  summary(data: D): string;
  /** One sentence per thing the stage shows, for the caption under it and screen readers. */
  describe(data: D, format: Say): string[];
}
