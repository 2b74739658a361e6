import { describe, expect, it } from 'vitest';
import { emptySave } from './save-data.js';
import { checkPin, FREE_TRIES, hashPin } from './teacher-pin.js';
import { kioskNeedsPin, withFirstKioskSetup, withFirstPin, withPinCounters } from './kiosk-pin.js';

// few iterations keep the test fast; the rules do not depend on the count
const FAST = { iterations: 1000 };

describe('kiosk PIN', () => {
  it('a save without a PIN needs one before the kiosk starts; with one it does not', async () => {
    const save = emptySave();
    expect(kioskNeedsPin(save)).toBe(true);
    const record = await hashPin('2468', FAST);
    const guarded = withFirstPin(save, record);
    expect(kioskNeedsPin(guarded)).toBe(false);
    expect((await checkPin(guarded.teacher, '2468', new Date())).outcome).toBe('right');
  });

  it('never replaces a PIN that exists', async () => {
    const first = withFirstPin(emptySave(), await hashPin('2468', FAST));
    const again = withFirstPin(first, await hashPin('1111', FAST));
    expect(again).toBe(first);
    expect((await checkPin(again.teacher, '1111', new Date())).outcome).toBe('wrong');
  });

  it('stores the setup screen\'s "Hide the Memory Lab" with the first PIN, and neither over a PIN that exists', async () => {
    const first = withFirstKioskSetup(emptySave(), await hashPin('2468', FAST), true);
    expect(kioskNeedsPin(first)).toBe(false);
    expect(first.teacher.kiosk.hideLab).toBe(true);
    expect(withFirstKioskSetup(emptySave(), await hashPin('2468', FAST), false).teacher.kiosk.hideLab).toBe(false);
    const again = withFirstKioskSetup(first, await hashPin('1111', FAST), false);
    expect(again).toBe(first);
  });

  it('wrong tries from the prompt count like the console’s and lock it after five', async () => {
    let save = withFirstPin(emptySave(), await hashPin('2468', FAST));
    save = { ...save, teacher: { ...save.teacher, classChapters: { gc: 'open' } } };
    const now = new Date('2026-01-01T10:00:00Z');
    for (let i = 0; i < FREE_TRIES; i += 1) {
      const result = await checkPin(save.teacher, '0000', now);
      expect(result.outcome).toBe('wrong');
      save = withPinCounters(save, result.teacher);
    }
    expect(save.teacher.failedTries).toBe(FREE_TRIES);
    expect((await checkPin(save.teacher, '2468', now)).outcome).toBe('locked');
    // the counters are all that changed
    expect(save.teacher.classChapters).toEqual({ gc: 'open' });
  });
});
