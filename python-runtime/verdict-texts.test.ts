import { describe, expect, it } from 'vitest';
import type { CastResult } from '../contracts/cast-protocol.js';
import { translatorFor } from '../game/messages/translator.js';
import { withTexts } from './verdict-texts.js';

const english = translatorFor('en');
const spanish = translatorFor('es');

function result(fields: Partial<CastResult> = {}): CastResult {
  return {
    level: 'refcount/test',
    passed: false,
    messages: [],
    output: '',
    error: null,
    interrupted: false,
    scene: null,
    ms: 5,
    ...fields,
  };
}

describe('withTexts', () => {
  it('fills every message and the error explanation from the catalogue, keeping keys and parameters', () => {
    const filled = withTexts(
      result({
        messages: [{ key: 'common.spell-crashed', params: {} }, { key: 'common.spell-crashed' }],
        error: {
          type: 'NameError',
          message: "name 'hta' is not defined",
          line: 3,
          explanation: { key: 'errors.NameError', params: { line: 3, type: 'NameError' } },
        },
      }),
      english,
    );
    expect(filled.messages.map((message) => message.text)).toEqual([
      'The spell stopped with an error before it was finished.',
      'The spell stopped with an error before it was finished.',
    ]);
    expect(filled.messages[0]).toMatchObject({ key: 'common.spell-crashed', params: {} });
    expect(filled.error!.explanation).toMatchObject({ key: 'errors.NameError', params: { line: 3, type: 'NameError' } });
    expect(filled.error!.explanation.text).toContain('at line 3');
    expect(filled.error!.message).toBe("name 'hta' is not defined");
  });

  it('fills them in the language it is given: the same keys read in Spanish', () => {
    const crashed = result({ messages: [{ key: 'common.spell-crashed' }] });
    const inSpanish = withTexts(crashed, spanish).messages[0]!.text!;
    expect(inSpanish).toBe(spanish.t('common.spell-crashed'));
    expect(inSpanish).not.toBe(withTexts(crashed, english).messages[0]!.text);
  });

  it('leaves a result without an error without one, and the rest as it was', () => {
    const plain = result({ passed: true, output: 'hi\n' });
    expect(withTexts(plain, english)).toEqual(plain);
  });
});
