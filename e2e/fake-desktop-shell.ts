import type { Page } from '@playwright/test';

/**
 * A stand-in for the desktop shell's window.pyland, installed in the web build before the game
 * loads, so the desktop paths (the save through the shell, exports through the save dialog, the
 * kiosk's quit) are driven in Chromium. The real window.pyland is the preload's; the e2e/electron
 * specs run it where an Electron binary exists. Each method answers as the shell would, from
 * answers a test queues, and records what the game asked.
 */
export interface FakeShell {
  /** The save document as the shell holds it. */
  stored: string | null;
  /** saveFile requests, in order. */
  requests: { kind: string; suggestedName: string; text: string }[];
  /** saveFile's next answers; 'cancelled' once they run out. */
  answers: { outcome: string; fileName?: string; problem?: string }[];
  /** PINs that reached quitKiosk, in order. */
  quitPins: string[];
  /** quitKiosk's next answers; a refusal once they run out. */
  quitAnswers: { quitting: boolean; problem?: string }[];
}

/** The page's way to the Node side's class folder service (exposed by e2e/fake-class-folder.ts). */
type ClassFolderBinding = (operation: 'choose' | 'sync' | 'list', args: unknown[]) => Promise<unknown>;

export async function installFakeDesktopShell(
  page: Page,
  options: { save: string | null; kiosk: boolean; answers?: FakeShell['answers']; quitAnswers?: FakeShell['quitAnswers'] },
): Promise<void> {
  await page.addInitScript((options) => {
    const shell: FakeShell = {
      stored: options.save,
      requests: [],
      answers: options.answers ?? [],
      quitPins: [],
      quitAnswers: options.quitAnswers ?? [],
    };
    Object.assign(window, {
      __fakeShell: shell,
      pyland: {
        loadSave: async () => ({ text: shell.stored, recoveredFrom: 'none', problem: null }),
        writeSave: async (text: string) => {
          shell.stored = text;
          return { ok: true };
        },
        appInfo: async () => ({ version: 'e2e', platform: 'linux', desktop: true, kiosk: options.kiosk }),
        saveFile: async (request: FakeShell['requests'][number]) => {
          shell.requests.push(request);
          return shell.answers.shift() ?? { outcome: 'cancelled' };
        },
        quitKiosk: async (pin: string) => {
          shell.quitPins.push(pin);
          return shell.quitAnswers.shift() ?? { quitting: false, problem: options.kiosk ? 'kiosk.pin-wrong' : 'kiosk.not-kiosk' };
        },
        // the class folder: the real main-side service in the test's Node process when a spec
        // connected one (e2e/fake-class-folder.ts), else a shell with no folder chosen
        chooseClassFolder: async () => {
          const folder = (window as unknown as { __pylandClassFolder?: ClassFolderBinding }).__pylandClassFolder;
          return folder ? folder('choose', []) : { outcome: 'cancelled' };
        },
        syncClassKid: async (text: string) => {
          const folder = (window as unknown as { __pylandClassFolder?: ClassFolderBinding }).__pylandClassFolder;
          return folder ? folder('sync', [text]) : { ok: false, reason: 'no-folder', problem: 'classFolder.no-folder' };
        },
        listClassFolder: async () => {
          const folder = (window as unknown as { __pylandClassFolder?: ClassFolderBinding }).__pylandClassFolder;
          return folder ? folder('list', []) : { folder: null, files: [], problems: [] };
        },
      },
    });
  }, options);
}

/** What the stand-in shell holds and was asked, now. */
export function fakeShell(page: Page): Promise<FakeShell> {
  return page.evaluate(() => (window as unknown as { __fakeShell: FakeShell }).__fakeShell);
}

/** Queues the save dialog's next answer. */
export async function answerNextSave(page: Page, answer: FakeShell['answers'][number]): Promise<void> {
  await page.evaluate((a) => (window as unknown as { __fakeShell: FakeShell }).__fakeShell.answers.push(a), answer);
}
