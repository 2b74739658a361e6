import type { Rune, RuneSceneData } from '../../../contracts/cast-protocol.js';
import { runeText } from './rune-scene.js';

/**
 * Words for a runes scene, one sentence per thing the stage shows (for the caption under the
 * stage and screen readers): the runes in order, each lit one, each change, each ghost.
 */
export function describeRunes(data: RuneSceneData, format: (key: string, params?: Record<string, string | number>) => string): string[] {
  if (data.runes.length === 0) {
    return [format('level.runes-none', { name: data.function }), ...data.missing.map((rune) => format('level.rune-missing', { rune }))];
  }
  const listed = data.runes.map(runeText);
  if (data.more > 0) listed.push(format('level.runes-more', { count: data.more }));
  const sentences = [format('level.runes-listed', { name: data.function, runes: listed.join(', ') })];
  for (const rune of data.runes) {
    if (rune.specialised) sentences.push(format('level.rune-changed', { rune: runeText(rune), specialised: rune.specialised }));
    if (rune.found)
      sentences.push(format('level.rune-lit', { rune: rune.specialised ? `${rune.specialised} ${rune.argument}`.trim() : runeText(rune) }));
  }
  for (const rune of data.missing) sentences.push(format('level.rune-missing', { rune }));
  return sentences;
}

/** Words for one step of a runes replay: the rune, whether the lesson looks for it, what it changed into. */
export function describeRuneStep(
  rune: Rune,
  number: number,
  format: (key: string, params?: Record<string, string | number>) => string,
): string {
  const sentences = [format('level.rune-step', { number, rune: runeText(rune) })];
  if (rune.specialised) sentences.push(format('level.rune-step-changed', { specialised: rune.specialised }));
  if (rune.found) sentences.push(format('level.rune-step-found'));
  return sentences.join(' ');
}
