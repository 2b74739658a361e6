/**
 * The kid-facing texts of a verdict, for the command line and the tests. The worker sends
 * message keys and their parameters only (a spell cannot write words the school shows), and the
 * runtime client passes them on as they are: the game fills them in the language spoken at the
 * moment it shows them (game/ui/cast-result-view.ts), the command line in its --lang.
 */
import type { Translator } from '../game/messages/translator.js';
import type { CastResult, KidMessage } from '../contracts/cast-protocol.js';

/** One message's words in one language. */
export function messageText(message: KidMessage, words: Translator): string {
  return words.say(message.key, message.params ?? {});
}

function withText(message: KidMessage, words: Translator): KidMessage {
  return { ...message, text: messageText(message, words) };
}

/** Every kid-facing text of a result, in the words of one language. */
export function withTexts(result: CastResult, words: Translator): CastResult {
  return {
    ...result,
    messages: result.messages.map((message) => withText(message, words)),
    error: result.error === null ? null : { ...result.error, explanation: withText(result.error.explanation, words) },
  };
}
