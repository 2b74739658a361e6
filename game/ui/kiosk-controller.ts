import type { GameApi } from '../../contracts/ipc-channels.js';
import type { Translator } from '../messages/translator.js';
import { guestFirstLesson, hasGuests, readyForNextKid, startGuest } from '../model/guest-profiles.js';
import { IdleTimer } from '../model/idle-timer.js';
import { detectKiosk, isExitChord, kioskTimings, type KioskLaunch } from '../model/kiosk-mode.js';
import { kioskNeedsPin, withFirstKioskSetup, withPinCounters } from '../model/kiosk-pin.js';
import { checkPin, hashPin, lockoutRemainingMs, validateNewPin } from '../model/teacher-pin.js';
import { SCENE_KEYS } from '../scenes/scene-keys.js';
import type { GameServices } from '../scenes/services.js';
import { createExitPrompt, type ExitPrompt } from './kiosk-exit-prompt.js';
import { createStillThereDialog, type StillThereDialog } from './still-there-dialog.js';
import type { ModalHandle } from './ui-root.js';

/**
 * Kiosk mode in the running game (the rules are in game/model/kiosk-*.ts, idle-timer.ts and
 * guest-profiles.ts; this wires them to the page):
 *   - learns whether this is a kiosk (?kiosk=1 in the browser, appInfo().kiosk on desktop);
 *   - watches input (pointer, keys, wheel, touch) for the idle timer, which runs only while a kid
 *     is in a session (any scene but the title), shows "Still there?" and, when it runs out,
 *     takes the game back to the title, where the guests are removed;
 *   - opens the PIN prompt on the exit chord (Ctrl/Cmd+Alt+Shift+K);
 *   - in the browser: asks before the page is left, turns the context menu off and asks for full
 *     screen on Play now (a refusal is fine).
 * Nothing here runs when the game is not a kiosk. Its words are read from the services each time
 * it shows or says something, so a dialog opened after a language switch speaks the new language.
 */

/** How the controller moves the game between scenes (start-game.ts gives it Phaser's scene manager). */
export interface SceneSwitcher {
  goTo(key: string, data?: object): void;
}

export type ActivityListener = (event: Event) => void;

const PLATFORM_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
/** Scenes that are not a kid's session: the idle timer does not run there. */
// the teacher's console is the host's, not a kid's session: "Still there?" never opens over it
const NOT_A_SESSION = new Set<string>([SCENE_KEYS.loading, SCENE_KEYS.title, SCENE_KEYS.sky, SCENE_KEYS.teacher]);
/** A pointer that moved less than this (in CSS pixels) did not move: browsers send such moves on their own. */
const POINTER_SLOP = 3;
/** How long a reset waits for a running cast (runaway spells are stopped well before). */
const CAST_WAIT_MAX_MS = 15_000;
const CAST_WAIT_STEP_MS = 250;

export class KioskController {
  readonly known: Promise<void>;
  #launch: KioskLaunch = { kiosk: false, idleSecondsOverride: null, desktop: false };
  #switcher: SceneSwitcher | null = null;
  #scene = '';
  #activity = new Set<ActivityListener>();
  #idle: IdleTimer;
  #stillThere: { dialog: StillThereDialog; modal: ModalHandle } | null = null;
  #exit: { prompt: ExitPrompt; modal: ModalHandle } | null = null;
  #lastPointer: { x: number; y: number } | null = null;

  constructor(
    private readonly services: GameServices,
    private readonly api: GameApi | undefined = window.pyland,
    search: string = window.location.search,
  ) {
    this.#idle = new IdleTimer(
      { idleMs: 180_000, countdownSeconds: 30 },
      {
        onCountdown: (seconds) => this.#showStillThere(seconds),
        onTick: (seconds) => this.#stillThere?.dialog.setSeconds(seconds),
        onCancel: () => this.#hideStillThere(true),
        onExpire: () => this.#reset(),
      },
    );
    this.known = detectKiosk(search, api).then((launch) => {
      this.#launch = launch;
      if (launch.kiosk) this.#begin();
    });
  }

  get active(): boolean {
    return this.#launch.kiosk;
  }

  get desktop(): boolean {
    return this.#launch.desktop;
  }

  /** The host has not chosen a teacher PIN yet: the kiosk asks for one before the title. */
  get needsPin(): boolean {
    return kioskNeedsPin(this.services.store.data);
  }

  /** Called by start-game.ts once Phaser runs. */
  attach(switcher: SceneSwitcher): void {
    this.#switcher = switcher;
  }

  /** Every scene tells the controller when it has been created (start-game.ts listens for it). */
  sceneCreated(key: string): void {
    this.#scene = key;
    if (!this.active) return;
    if (NOT_A_SESSION.has(key)) {
      this.#idle.stop();
      this.#hideStillThere(false);
      if (key === SCENE_KEYS.title) this.#clearForNextKid();
      return;
    }
    if (this.#idle.state === 'off') {
      // the console may have changed the minutes since the last session
      this.#idle.setTimings(kioskTimings(this.services.store.data.teacher.kiosk, this.#launch.idleSecondsOverride));
      this.#idle.start();
    }
  }

  /** Input anywhere on the page while in a kiosk (the title's attract loop listens). */
  onActivity(listener: ActivityListener): () => void {
    this.#activity.add(listener);
    return () => this.#activity.delete(listener);
  }

  /**
   * "Play now": a new guest becomes the player. Returns the lesson to open, or null for the map.
   * In the browser it also asks for full screen (inside the click, as browsers require).
   */
  startGuest(): string | null {
    if (!this.#launch.desktop && document.fullscreenElement === null && document.fullscreenEnabled) {
      document.documentElement.requestFullscreen?.().catch(() => {
        // refused (a browser setting, or no user gesture): the kiosk works in a window too
      });
    }
    let guestId = '';
    void this.services.store.update((save) => {
      const started = startGuest(save, this.services.words.t('kiosk.guest-name'), new Date());
      guestId = started.profile.id;
      return started.save;
    });
    this.services.ui.announce(this.services.words.t('kiosk.guest-welcome'));
    return guestFirstLesson(this.services.store.data, guestId, this.services.levels);
  }

  /**
   * The host's first PIN from the setup screen, and whether the kiosk hides the Memory Lab: the
   * worded problem, or null once it is stored.
   */
  async setFirstPin(pin: string, repeated: string, hideLab: boolean): Promise<string | null> {
    const problem = validateNewPin(pin, repeated);
    if (problem !== null) return this.services.words.say(problem);
    const record = await hashPin(pin);
    await this.services.store.update((save) => withFirstKioskSetup(save, record, hideLab));
    this.services.ui.announce(this.services.words.t('kiosk.setup-done'));
    return null;
  }

  /** Closes the PIN prompt if it is open (the title's attract loop starts: nobody is there). */
  closeExitPrompt(): void {
    if (!this.#exit) return;
    this.#exit.prompt.destroy();
    this.#exit.modal.close();
    this.#exit = null;
    // the host went away again: a kid's session counts idle time from now
    if (this.active && !NOT_A_SESSION.has(this.#scene) && this.#idle.state === 'off') this.#idle.start();
  }

  #begin(): void {
    this.services.debug.setKioskFlag('kiosk', true);
    // a guest left by a crash (or a closed window) is removed before anyone plays
    this.#clearForNextKid();
    const options = { capture: true, passive: true } as const;
    for (const type of ['pointerdown', 'wheel', 'touchstart'] as const)
      window.addEventListener(type, (event) => this.#input(event), options);
    window.addEventListener('pointermove', (event) => this.#pointerMoved(event), options);
    // not passive: the exit chord is taken from the page
    window.addEventListener('keydown', (event) => this.#key(event), { capture: true });
    window.addEventListener('contextmenu', (event) => event.preventDefault(), { capture: true });
    if (!this.#launch.desktop) {
      // a kid must not close the workshop's tab by accident (the browser asks; it words the question itself)
      window.addEventListener('beforeunload', (event) => {
        event.preventDefault();
        event.returnValue = '';
      });
    }
    // the scene that was created before the answer came (desktop: appInfo is asynchronous)
    if (this.#scene !== '') this.sceneCreated(this.#scene);
  }

  #clearForNextKid(): void {
    const save = this.services.store.data;
    if (hasGuests(save) || save.activeProfileId !== null) void this.services.store.update(readyForNextKid);
  }

  #pointerMoved(event: PointerEvent): void {
    const last = this.#lastPointer;
    this.#lastPointer = { x: event.clientX, y: event.clientY };
    if (last && Math.abs(last.x - event.clientX) < POINTER_SLOP && Math.abs(last.y - event.clientY) < POINTER_SLOP) return;
    this.#input(event);
  }

  #key(event: KeyboardEvent): void {
    if (isExitChord(event, PLATFORM_MAC)) {
      event.preventDefault();
      event.stopPropagation();
      this.#openExitPrompt();
    }
    // Enter or Space on "I'm still here" press the button (its click says stay): let it
    if (this.#stillThere && (event.key === 'Enter' || event.key === ' ') && event.target === this.#stillThere.dialog.stayButton) return;
    this.#input(event);
  }

  #input(event: Event): void {
    this.#idle.input();
    for (const listener of this.#activity) listener(event);
  }

  #showStillThere(seconds: number): void {
    this.#hideStillThere(false);
    const dialog = createStillThereDialog(this.services.words, seconds, () => this.#idle.stay());
    const modal = this.services.ui.openModal(dialog.element, dialog.stayButton, 'still-there-overlay');
    this.#stillThere = { dialog, modal };
    this.services.debug.setKioskFlag('stillThere', true);
    this.services.sound.play('click');
  }

  #hideStillThere(stayed: boolean): void {
    if (!this.#stillThere) return;
    // a tap that said "still here" must not also press the button under the dialog: fade it out
    this.#stillThere.modal.close(stayed ? 300 : 0);
    this.#stillThere = null;
    this.services.debug.setKioskFlag('stillThere', false);
    if (stayed) this.services.ui.announce(this.services.words.t('kiosk.still-here-done'));
  }

  /**
   * The countdown ran out: back to the title for the next kid (guests are removed there). A spell
   * still being cast (a slow one, or a runaway being stopped) is waited for first, a few seconds
   * at most: its result is written to the guest's profile, which must still exist then.
   */
  #reset(waited = 0): void {
    if (this.services.debug.casting && waited < CAST_WAIT_MAX_MS) {
      window.setTimeout(() => this.#reset(waited + CAST_WAIT_STEP_MS), CAST_WAIT_STEP_MS);
      return;
    }
    this.#hideStillThere(false);
    this.closeExitPrompt();
    closeCertificate();
    this.services.pacer.keepAwake(1500);
    this.#switcher?.goTo(SCENE_KEYS.title, { attract: true });
    this.services.ui.announce(this.services.words.t('kiosk.reset-done'));
  }

  #openExitPrompt(): void {
    // an unguarded kiosk is on its setup screen: there is no PIN to check yet
    if (this.#exit || this.needsPin) return;
    const { store, sound } = this.services;
    let busy = false;
    const prompt = createExitPrompt(this.services.words, this.#launch.desktop, {
      onCancel: () => this.closeExitPrompt(),
      onTry: (pin) => {
        if (busy) return;
        busy = true;
        prompt.setBusy(true, this.services.words.t('teacher.checking'));
        void this.#tryPin(pin, prompt).finally(() => {
          busy = false;
        });
      },
    });
    // the host is at the keyboard: no "Still there?" over the PIN prompt, no reset under it
    this.#idle.stop();
    this.#hideStillThere(false);
    const modal = this.services.ui.openModal(prompt.element, prompt.input, 'kiosk-exit-overlay');
    this.#exit = { prompt, modal };
    sound.play('click');
    const locked = lockoutRemainingMs(store.data.teacher, new Date());
    if (locked > 0) prompt.showFeedback(null, Date.now() + locked);
  }

  /** The console's PIN rules through the store: tries counted, lockout kept, also after a restart. */
  async #tryPin(pin: string, prompt: ExitPrompt): Promise<void> {
    const { store, sound } = this.services;
    const result = await checkPin(store.data.teacher, pin, new Date());
    if (this.#exit?.prompt !== prompt) return; // closed meanwhile
    if (result.outcome === 'no-pin') {
      this.closeExitPrompt();
      return;
    }
    if (result.outcome !== 'locked') await store.update((save) => withPinCounters(save, result.teacher));
    if (result.outcome === 'right') {
      sound.play('pass');
      if (this.#launch.desktop && this.api) {
        prompt.setBusy(true, this.services.words.t('kiosk.quitting'));
        // the main process re-reads the lockout from the stored save: make sure it is written
        await store.flush();
        const outcome = await this.api.quitKiosk(pin).catch(() => ({ quitting: false, problem: undefined }));
        if (!outcome.quitting) {
          prompt.setBusy(false);
          prompt.showFeedback(problemText(this.services.words, outcome.problem));
        }
        return;
      }
      // the browser cannot close its own tab: the way out is the teacher's console
      this.closeExitPrompt();
      this.#idle.stop();
      this.services.pacer.keepAwake(1500);
      this.#switcher?.goTo(SCENE_KEYS.teacher, { pinChecked: true });
      return;
    }
    sound.play('fail');
    prompt.setBusy(false);
    if (result.lockedForMs > 0) prompt.showFeedback(null, Date.now() + result.lockedForMs);
    else if (result.outcome === 'wrong') {
      const { words } = this.services;
      prompt.showFeedback(
        result.triesLeft > 0 ? words.t('teacher.wrong-pin', { tries: result.triesLeft }) : words.t('teacher.wrong-pin-last'),
      );
    }
  }
}

/** The shell's reason (a catalogue key), or the kiosk's general one when it gave none we know. */
function problemText(words: Translator, problem: string | undefined): string {
  const text = problem ? words.say(problem) : '';
  return text === '' || text.startsWith('[') ? words.t('kiosk.quit-refused') : text;
}

/**
 * A graduation certificate left open by a guest goes with the reset. Its dialog closes on Escape
 * (and gives its keyboard trap back), so that is how it is asked to close.
 */
function closeCertificate(): void {
  if (!document.querySelector('.certificate-overlay')) return;
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
}
