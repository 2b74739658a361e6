import { describe, expect, it } from 'vitest';
import { translatorFor, type MessageKey } from './translator.js';

/*
 * A screen's keys are checked by the compiler (npm run typecheck is part of npm test): a key the
 * catalogue lacks does not compile. The lines marked @ts-expect-error prove it; if the compiler
 * stopped checking, those marks would themselves fail the type check.
 */
describe('message keys', () => {
  const words = translatorFor('en');

  it('are the catalogue’s, checked when the game is built', () => {
    const key: MessageKey = 'level.not-yet';
    expect(words.t(key)).toBe(words.catalogue.level['not-yet']);
    // @ts-expect-error a key the catalogue does not have
    expect(words.t('level.not-yett')).toBe('[level.not-yett]');
    // @ts-expect-error a group of keys is not a message
    const group: MessageKey = 'level';
    expect(group).toBe('level');
  });

  it('that come at run time (a checker’s, the shell’s) are looked up by say(), a missing one shown, never a crash', () => {
    expect(words.say('common.spell-crashed')).toBe(words.catalogue.common['spell-crashed']);
    expect(words.say('common.no-such-message')).toBe('[common.no-such-message]');
  });
});
