import { describe, expect, it } from 'vitest';
import { OUTPUT_CUT_MARKER, type CastResult } from '../../contracts/cast-protocol.js';
import { translatorFor } from '../messages/translator.js';
import { castResultView } from './cast-result-view.js';

const english = translatorFor('en').say;
const spanish = translatorFor('es').say;

function result(partial: Partial<CastResult>): CastResult {
  return {
    level: 'refcount/test',
    passed: false,
    messages: [],
    output: '',
    error: null,
    interrupted: false,
    ms: 5,
    scene: null,
    ...partial,
  };
}

describe('castResultView', () => {
  it('cheers a passed spell and keeps the checker messages in order', () => {
    const view = castResultView(
      result({
        passed: true,
        messages: [
          { key: 'levels.refcount/another-holder.msg.well-done', params: { delta: '+1' } },
          { key: 'levels.refcount/another-holder.msg.name-let-go' },
        ],
      }),
      english,
    );
    expect(view.tone).toBe('passed');
    expect(view.headline).toBe('You did it! The spell works.');
    expect(view.messages).toEqual([
      'The tally moved by +1: the hat has exactly one more holder now!',
      'The name hat does not hold the hat any more (it was deleted or given something else), so that holder let go.',
    ]);
    expect(view.error).toBeNull();
  });

  it('fills every message from the catalogue of the language spoken now: the runtime sends keys only', () => {
    const broken = result({ messages: [{ key: 'common.checker-broken', params: { detail: 'KeyError' } }] });
    const inEnglish = castResultView(broken, english);
    const inSpanish = castResultView(broken, spanish);
    expect(inEnglish.tone).toBe('failed');
    expect(inEnglish.messages[0]).toContain('(KeyError)');
    expect(inSpanish.messages[0]).toContain('(KeyError)');
    expect(inSpanish.messages[0]).not.toBe(inEnglish.messages[0]);
    expect(inSpanish.headline).toBe(translatorFor('es').catalogue.level['not-yet']);
  });

  it("shows Python's error with its line and the kind explanation", () => {
    const view = castResultView(
      result({
        error: {
          type: 'NameError',
          message: "name 'hta' is not defined",
          line: 2,
          explanation: { key: 'errors.NameError', params: { line: 2 } },
        },
      }),
      english,
    );
    expect(view.tone).toBe('error');
    expect(view.error).toEqual({
      summary: "NameError at line 2: name 'hta' is not defined",
      explanation: 'Python does not know a name used at line 2. Did you spell it the same way everywhere?',
      line: 2,
    });
  });

  it('says when an error is not on a line of the spell', () => {
    const view = castResultView(
      result({ error: { type: 'MemoryError', message: '', line: null, explanation: { key: 'errors.MemoryError' } } }),
      english,
    );
    expect(view.error!.summary).toBe('MemoryError: ');
    expect(view.error!.line).toBeNull();
  });

  it('treats a stopped spell as an error, not as a wrong answer', () => {
    expect(castResultView(result({ interrupted: true }), english).tone).toBe('error');
  });

  it('splits the cut marker off the printed output', () => {
    const view = castResultView(result({ output: `hat\nhat\n${OUTPUT_CUT_MARKER}` }), english);
    expect(view.output).toEqual({ text: 'hat\nhat\n', empty: false, cut: true, cutMarker: OUTPUT_CUT_MARKER.trim() });
    expect(castResultView(result({ output: 'hello\n' }), english).output.cut).toBe(false);
    expect(castResultView(result({ output: '' }), english).output.empty).toBe(true);
  });

  it('describes every object of the scene in words', () => {
    const view = castResultView(
      result({
        scene: {
          kind: 'tally',
          objects: [
            { label: 'hat', delta: 2, holders: ['hat', 'cap'], containers: [{ name: 'shelf', slots: 1 }], vanished: false },
            { label: 'wand', delta: -1, holders: [], containers: [], vanished: true },
          ],
        },
      }),
      english,
    );
    expect(view.objects).toEqual([
      'hat: its tally changed by +2. Held by the names: hat, cap. Slots of shelf holding it: 1.',
      'wand: its tally changed by \u22121. It vanished: nobody held it any more, so Python threw it away.',
    ]);
  });

  it('says a swept object was not freed by its tally but by the cycle cleaner', () => {
    const view = castResultView(
      result({
        scene: { kind: 'tally', objects: [{ label: 'hat', delta: -3, holders: [], containers: [], vanished: true, swept: true }] },
      }),
      english,
    );
    expect(view.objects[0]).toContain('not because its tally reached 0');
    expect(view.objects[0]).not.toContain('nobody held it');
  });
});
