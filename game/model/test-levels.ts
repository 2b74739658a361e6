import type { LevelDefinition } from '../../contracts/level-schema.js';

/**
 * A level for the model's unit tests: only its id and chapter matter to progress, pace and
 * reports, so the rest is empty. The chapter comes from the id ('gc/a' is in 'gc').
 */
export function testLevel(id: string, hintCount = 3): LevelDefinition {
  return {
    id,
    chapter: id.split('/')[0] as LevelDefinition['chapter'],
    scene: 'tally',
    starter: '',
    hintCount,
    reference: '',
    wrong: [],
  };
}
