import type { LevelDefinition, PredictionRule } from '../../contracts/level-schema.js';
import type { CastResult } from '../../contracts/cast-protocol.js';
import type { LevelProgress } from './save-data.js';

/**
 * Predict, then cast: before the first cast of some lessons the kid picks a guess (how the
 * hat's tally will change, who frees Pip, whether the knights take turns, which rune carries the
 * word, whether 6 * 7 is already worked out, whether an add gets lost), and the cast shows
 * whether it came true. The answer is read from what the cast really measured (its scene), so a
 * kid who changes the spell is judged on what their spell did. Words: `predict.<measure>.*`.
 */
export function predictionChoices(rule: PredictionRule): readonly string[] {
  switch (rule.measure) {
    case 'tally-change':
      return ['down', 'same', 'up-one', 'up-more'];
    case 'spirit-end':
      return ['tally', 'collector', 'stays'];
    case 'knights-turns':
      return ['one-go', 'turns', 'together'];
    case 'lit-rune':
      return rule.choices;
    case 'folded':
      return ['folded', 'multiplies'];
    case 'update-lost':
      return ['safe', 'lost'];
  }
}

/** What the cast really did, as one of the rule's choices; null when it did not get that far. */
export function measuredAnswer(rule: PredictionRule, result: CastResult): string | null {
  const scene = result.scene;
  if (result.error !== null || result.interrupted || scene === null) return null;
  switch (rule.measure) {
    case 'tally-change': {
      if (scene.kind !== 'tally') return null;
      const object = (scene as Extract<typeof scene, { kind: 'tally' }>).objects.find((entry) => entry.label === rule.label);
      if (!object) return null;
      return object.delta < 0 ? 'down' : object.delta === 0 ? 'same' : object.delta === 1 ? 'up-one' : 'up-more';
    }
    case 'spirit-end': {
      if (scene.kind !== 'ghosts') return null;
      const spirit = (scene as Extract<typeof scene, { kind: 'ghosts' }>).spirits.find((entry) => entry.label === rule.label);
      if (!spirit) return null;
      return spirit.end === 'freed' ? 'tally' : spirit.end === 'swept' ? 'collector' : 'stays';
    }
    case 'knights-turns': {
      if (scene.kind !== 'knights') return null;
      const knights = scene as Extract<typeof scene, { kind: 'knights' }>;
      if (knights.steps.length === 0) return null;
      // two turns: one knight's whole job, then the other's; with the GIL never both at once
      return knights.turns > 2 ? 'turns' : 'one-go';
    }
    case 'lit-rune': {
      if (scene.kind !== 'runes') return null;
      const lit = (scene as Extract<typeof scene, { kind: 'runes' }>).runes.find((rune) => rune.found);
      return lit && rule.choices.includes(lit.opname) ? lit.opname : null;
    }
    case 'folded': {
      if (scene.kind !== 'wizard') return null;
      const wizard = scene as Extract<typeof scene, { kind: 'wizard' }>;
      if (wizard.runes.length === 0) return null;
      // the worked-out value loaded as it is, or a multiply rune still in the runes
      if (wizard.runes.some((rune) => rune.opname.startsWith('BINARY_OP') && rune.argument.includes('*'))) return 'multiplies';
      return wizard.runes.some((rune) => /^LOAD_(CONST|SMALL_INT)$/.test(rune.opname) && rune.argument === rule.value) ? 'folded' : null;
    }
    case 'update-lost': {
      if (scene.kind !== 'knights') return null;
      const knights = scene as Extract<typeof scene, { kind: 'knights' }>;
      if (knights.final === null || knights.expected === null) return null;
      return knights.lost.length > 0 || knights.final !== knights.expected ? 'lost' : 'safe';
    }
  }
}

/**
 * The lesson still asks for a guess: it has one to ask, and no guess was checked by a cast yet
 * (a cast that measured nothing to judge it by leaves it open).
 */
export function asksForGuess(level: Pick<LevelDefinition, 'predict'>, progress: Pick<LevelProgress, 'prediction'>): boolean {
  return level.predict !== undefined && progress.prediction === null;
}

/** Predict, then cast: while the lesson asks for a guess, the first cast waits for one. */
export function castWaitsForGuess(
  level: Pick<LevelDefinition, 'predict'>,
  progress: Pick<LevelProgress, 'prediction'>,
  guess: string | null,
): boolean {
  return asksForGuess(level, progress) && guess === null;
}
