import { describe, expect, it } from 'vitest';
import { CloseGuard } from './close-guard.js';

function closeEvent() {
  let prevented = false;
  return { event: { preventDefault: () => (prevented = true) }, prevented: () => prevented };
}

describe('CloseGuard', () => {
  it('outside a kiosk never stands in the way: closing and quitting work as before', () => {
    const guard = new CloseGuard(false);
    const close = closeEvent();
    expect(guard.refuse(close.event)).toBe(false);
    expect(close.prevented()).toBe(false);
    expect(guard.mayClose).toBe(true);
    expect(guard.state).toBe('not-kiosk');
    guard.allowQuit();
    expect(guard.state).toBe('not-kiosk');
  });

  it('in a kiosk refuses every close and quit until the PIN was right, and counts the refusals', () => {
    const guard = new CloseGuard(true);
    expect(guard.state).toBe('kiosk-locked');
    for (let i = 0; i < 3; i += 1) {
      const close = closeEvent();
      expect(guard.refuse(close.event)).toBe(true);
      expect(close.prevented()).toBe(true);
    }
    expect(guard.refusals).toBe(3);
    expect(guard.mayClose).toBe(false);
  });

  it('once the PIN was right, lets the window close and the app quit, and stays open', () => {
    const guard = new CloseGuard(true);
    guard.allowQuit();
    expect(guard.state).toBe('kiosk-unlocked');
    // the quit closes the window and then the app: both must go through
    for (let i = 0; i < 2; i += 1) {
      const close = closeEvent();
      expect(guard.refuse(close.event)).toBe(false);
      expect(close.prevented()).toBe(false);
    }
    guard.allowQuit();
    expect(guard.mayClose).toBe(true);
    expect(guard.refusals).toBe(0);
  });
});
