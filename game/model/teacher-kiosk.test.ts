import { describe, expect, it } from 'vitest';
import { translatorFor } from '../messages/translator.js';
import { defaultKioskOptions } from './kiosk-options.js';
import { saveWords } from '../messages/save-words.js';
import { emptySave, normalizeSave } from './save-data.js';
import { kioskAddress, setKioskOptions, type KioskOptionsChange } from './teacher-kiosk.js';

const SAVE_WORDS = saveWords(translatorFor('en'));

const english = translatorFor('en');

function problems(change: KioskOptionsChange): Record<string, string> {
  if (change.ok) throw new Error('accepted');
  return Object.fromEntries(change.problems.map((p) => [p.field, english.say(p.key, p.params)]));
}

describe('setKioskOptions', () => {
  it('stores what the host typed, and it survives the save being written and read back', () => {
    const change = setKioskOptions(emptySave(), { startInKiosk: true, idleMinutes: ' 10 ', countdownSeconds: '45' });
    if (!change.ok) throw new Error('refused');
    expect(change.save.teacher.kiosk).toEqual({ startInKiosk: true, idleMinutes: 10, countdownSeconds: 45, hideLab: false });
    expect(normalizeSave(JSON.parse(JSON.stringify(change.save)), SAVE_WORDS).teacher.kiosk).toEqual({
      startInKiosk: true,
      idleMinutes: 10,
      countdownSeconds: 45,
      hideLab: false,
    });
  });

  it('stores "Hide the Memory Lab", and keeps the stored choice when the input leaves it out', () => {
    const hidden = setKioskOptions(emptySave(), { startInKiosk: false, idleMinutes: '3', countdownSeconds: '30', hideLab: true });
    if (!hidden.ok) throw new Error('refused');
    expect(normalizeSave(JSON.parse(JSON.stringify(hidden.save)), SAVE_WORDS).teacher.kiosk.hideLab).toBe(true);
    const kept = setKioskOptions(hidden.save, { startInKiosk: false, idleMinutes: '5', countdownSeconds: '30' });
    expect(kept.ok && kept.options).toMatchObject({ idleMinutes: 5, hideLab: true });
    const shown = setKioskOptions(hidden.save, { startInKiosk: false, idleMinutes: '5', countdownSeconds: '30', hideLab: false });
    expect(shown.ok && shown.options.hideLab).toBe(false);
  });

  it('accepts the edges of each range and numbers as well as text', () => {
    for (const [idleMinutes, countdownSeconds] of [
      [1, 5],
      ['60', '120'],
    ] as const) {
      const change = setKioskOptions(emptySave(), { startInKiosk: false, idleMinutes, countdownSeconds });
      expect(change.ok).toBe(true);
    }
  });

  it('refuses minutes outside 1 to 60 with a message that says the range, and changes nothing', () => {
    const save = emptySave();
    for (const idleMinutes of ['0', '61', '-1', '2.5', '1e1', '', 'three', 0, 61, 1.5, Number.NaN]) {
      const change = setKioskOptions(save, { startInKiosk: true, idleMinutes, countdownSeconds: '30' });
      expect(problems(change)).toEqual({ idleMinutes: 'Minutes without play must be a whole number from 1 to 60.' });
    }
    expect(save.teacher.kiosk).toEqual(defaultKioskOptions());
  });

  it('refuses countdown seconds outside 5 to 120, and says every wrong field at once', () => {
    expect(problems(setKioskOptions(emptySave(), { startInKiosk: false, idleMinutes: '3', countdownSeconds: '4' }))).toEqual({
      countdownSeconds: 'The countdown must be a whole number of seconds from 5 to 120.',
    });
    expect(
      Object.keys(problems(setKioskOptions(emptySave(), { startInKiosk: false, idleMinutes: '99', countdownSeconds: '121' }))),
    ).toEqual(['idleMinutes', 'countdownSeconds']);
  });

  it('keeps everything else in the save as it was', () => {
    const save = { ...emptySave(), settings: { muted: true, language: null, computerId: 'pc-test-1234' } };
    const change = setKioskOptions(save, { startInKiosk: false, idleMinutes: 5, countdownSeconds: 20 });
    if (!change.ok) throw new Error('refused');
    expect(change.save.settings).toEqual({ muted: true, language: null, computerId: 'pc-test-1234' });
    expect(change.save.teacher.pin).toBeNull();
  });
});

describe('kioskAddress', () => {
  it("is the page's own address with ?kiosk=1 instead of its query and fragment", () => {
    expect(kioskAddress('http://localhost:4173/')).toBe('http://localhost:4173/?kiosk=1');
    expect(kioskAddress('https://school.example/pyland/index.html?kiosk=0&idle=5#teacher')).toBe(
      'https://school.example/pyland/index.html?kiosk=1',
    );
  });
});
