import { describe, expect, it } from 'vitest';
import { lookup } from '../game/messages/format.js';
import { en } from '../game/messages/en.js';
import { KIOSK_QUIT_PROBLEMS } from './kiosk-quit.js';
import { FILE_PROBLEMS } from './save-file.js';
import { SAVE_PROBLEMS } from './save-store.js';

/**
 * The main process answers the page with catalogue keys (never words), and the page shows
 * the words of the key in its language. A key the catalogue lacks would show up as "[kiosk.pin-wrong]" to a teacher.
 */
describe('catalogue keys the desktop shell sends', () => {
  const keys = [...Object.values(KIOSK_QUIT_PROBLEMS), ...Object.values(FILE_PROBLEMS), ...Object.values(SAVE_PROBLEMS)];

  it.each(keys)('%s is a plain sentence in the catalogue, without placeholders the shell never fills', (key) => {
    const text = lookup(en, key);
    expect(typeof text).toBe('string');
    expect(text as string).not.toMatch(/\{\w+\}/);
    expect((text as string).length).toBeGreaterThan(10);
  });
});
