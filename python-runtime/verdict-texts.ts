/**
 * The kid-facing texts of a verdict. The worker sends message keys and their parameters only (a
 * spell cannot write words the school shows); the client fills each text from the message
 * catalogue (game/messages) before a caller sees the result.
 */
import { formatMessage } from '../game/messages/format.js';
import type { CastResult, KidMessage } from '../contracts/cast-protocol.js';

function withText(message: KidMessage): KidMessage {
  return { ...message, text: formatMessage(message.key, message.params ?? {}) };
}

/** Fill every kid-facing text from the message catalogue. */
export function withTexts(result: CastResult): CastResult {
  return {
    ...result,
    messages: result.messages.map(withText),
    error: result.error === null ? null : { ...result.error, explanation: withText(result.error.explanation) },
  };
}
