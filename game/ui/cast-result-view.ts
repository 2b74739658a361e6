import type { Say } from '../messages/translator.js';
import { OUTPUT_CUT_MARKER, type CastResult, type KidMessage } from '../../contracts/cast-protocol.js';
import { describeScene } from '../stages/stage-packs.js';

/**
 * What the level screen shows after a cast, worked out from the CastResult alone (pure, tested):
 * a kind headline, the checker's messages, Python's error with its line, the printed output
 * (with the cut marker split off so it can be shown as a marker, not as spell output) and one
 * sentence per object for the people who cannot see the animation.
 */
export type CastTone = 'passed' | 'failed' | 'error';

export interface CastResultView {
  tone: CastTone;
  headline: string;
  messages: string[];
  /** Python's error; `column` and `length` mark the construct a lesson does not allow (the editor underlines it). */
  error: { summary: string; explanation: string; line: number | null; column?: number; length?: number } | null;
  output: { text: string; empty: boolean; cut: boolean; cutMarker: string };
  /** One sentence per object of the scene; empty when the spell did not get that far. */
  objects: string[];
}

/** A checker's message in the kid's words: the runtime sends only its key and values. */
export function kidText(message: KidMessage, format: Say): string {
  return format(message.key, message.params ?? {});
}

export function castResultView(result: CastResult, format: Say): CastResultView {
  const tone: CastTone = result.passed ? 'passed' : result.error || result.interrupted ? 'error' : 'failed';
  const refused = result.error?.type === 'NotAllowed';
  const headline = format(
    tone === 'passed' ? 'level.passed' : refused ? 'level.not-allowed-heading' : tone === 'error' ? 'level.error-heading' : 'level.not-yet',
  );
  const error = result.error
    ? {
        summary:
          result.error.type === 'NotAllowed' && result.error.line !== null
            ? format('level.not-allowed-at-line', { line: result.error.line, construct: result.error.message })
            : result.error.line !== null
              ? format('level.error-at-line', { type: result.error.type, line: result.error.line, message: result.error.message })
              : format('level.error-no-line', { type: result.error.type, message: result.error.message }),
        explanation: kidText(result.error.explanation, format),
        line: result.error.line,
        ...(result.error.column !== undefined ? { column: result.error.column, length: result.error.length ?? 1 } : {}),
      }
    : null;
  const cut = result.output.endsWith(OUTPUT_CUT_MARKER);
  const text = cut ? result.output.slice(0, -OUTPUT_CUT_MARKER.length) : result.output;
  return {
    tone,
    headline,
    messages: result.messages.map((m) => kidText(m, format)),
    error,
    output: { text, empty: text.length === 0 && !cut, cut, cutMarker: OUTPUT_CUT_MARKER.trim() },
    objects: describeScene(result.scene, format),
  };
}
