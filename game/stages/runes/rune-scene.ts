import type { Rune, RuneSceneData } from '../../../contracts/cast-protocol.js';

/**
 * The data guard of the runes stage (runes are bytecode: the instructions CPython compiled the
 * kid's function into), how a rune is written, and the summary the e2e tests read.
 */

/** Narrows CastResult.scene to rune data. */
export function isRuneScene(scene: unknown): scene is RuneSceneData {
  return (
    typeof scene === 'object' &&
    scene !== null &&
    (scene as { kind?: unknown }).kind === 'runes' &&
    Array.isArray((scene as { runes?: unknown }).runes) &&
    Array.isArray((scene as { missing?: unknown }).missing)
  );
}

/** `LOAD_CONST 'Hello!'`: how dis names a rune and its argument on one line. */
export function runeText(rune: Pick<Rune, 'opname' | 'argument'>): string {
  return rune.argument ? `${rune.opname} ${rune.argument}` : rune.opname;
}

/**
 * What the stage lit up, for `data-runes-animated`: the found runes in order, a specialised one
 * as `PLAIN>SPECIALISED` (`LOAD_CONST,RETURN_VALUE` or `BINARY_OP>BINARY_OP_ADD_INT`).
 */
export function runeSummary(data: RuneSceneData): string {
  return data.runes
    .filter((rune) => rune.found)
    .map((rune) => (rune.specialised ? `${rune.opname}>${rune.specialised}` : rune.opname))
    .join(',');
}
