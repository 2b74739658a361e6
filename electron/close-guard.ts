/**
 * Whether the game window may close and the app may quit. Outside a kiosk: always, as before.
 * In a kiosk: never (the close button, Alt+F4 from the window manager, Cmd+Q, a page's
 * window.close(), app.quit() from a stray SIGINT), until the main process has checked the
 * teacher's PIN (kiosk-quit.ts) and opened the guard; from then on it stays open, so the quit that
 * follows can close every window.
 *
 * main.ts wires it: `window.on('close', e => guard.refuse(e))` and `app.on('before-quit', e => guard.refuse(e))`.
 * app.exit() and the OS killing the process are not stopped by anything (and need not be).
 */
export type CloseGuardState = 'not-kiosk' | 'kiosk-locked' | 'kiosk-unlocked';

export class CloseGuard {
  #state: CloseGuardState;
  #refusals = 0;

  constructor(kiosk: boolean) {
    this.#state = kiosk ? 'kiosk-locked' : 'not-kiosk';
  }

  get state(): CloseGuardState {
    return this.#state;
  }

  /** How many closes or quits were refused (a log line, and the e2e test, read it). */
  get refusals(): number {
    return this.#refusals;
  }

  get mayClose(): boolean {
    return this.#state !== 'kiosk-locked';
  }

  /** The right PIN was given: closing and quitting work from now on. Nothing to do outside a kiosk. */
  allowQuit(): void {
    if (this.#state === 'kiosk-locked') this.#state = 'kiosk-unlocked';
  }

  /**
   * For a 'close' or 'before-quit' event: cancels it while the kiosk is locked.
   * Returns true when it refused.
   */
  refuse(event: { preventDefault(): void }): boolean {
    if (this.mayClose) return false;
    event.preventDefault();
    this.#refusals += 1;
    return true;
  }
}
