/**
 * The game's entry point: wires the save store, Python and the levels to the scenes.
 *
 *   1. the loading screen appears at once (plain DOM, before Phaser is even parsed);
 *   2. Python starts loading in its worker right away (the slowest part, ~6 s cold);
 *   3. the save is opened; the game chunk (Phaser + scenes), the font and the icons load,
 *      each step moving the first progress bar;
 *   4. the title becomes interactive as soon as those are in; Python's progress moves on in
 *      the top bar ("the royal wizard is waking up") and Cast buttons wait for it.
 */
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-700.css';
// emoji in kids' names: the computer may have no emoji font (Twemoji as a 470 KB COLR font)
import 'twemoji-colr-font/twemoji.css';
import './styles/base.css';
import { LEVELS } from '../python-runtime/levels/index.js';
import { createBrowserRuntime } from '../python-runtime/browser-runtime.js';
import type { SpellRuntime } from '../python-runtime/spell-runtime.js';
import { SoundBoard } from './audio/sound-board.js';
import { LanguageState } from './messages/language-state.js';
import { saveWords } from './messages/save-words.js';
import { askedLanguage, chosenLanguage, type LanguageId } from './model/language-choice.js';
import { ClassFolderSync } from './model/class-folder-sync.js';
import { GameStore } from './model/game-store.js';
import { detectKiosk } from './model/kiosk-mode.js';
import { activeProfile, chooseLanguage } from './model/profiles.js';
import { defaultSaveBackend } from './storage/default-save-backend.js';
import { DebugState, installBenchHook } from './ui/debug-hook.js';
import { el, replaceChildren } from './ui/dom.js';
import { createLoadingScreen } from './ui/loading-screen.js';
import { ClassFolderStatusChip } from './ui/class-folder-status.js';
import { PythonStatus } from './ui/python-status.js';
import { LanguagePicker } from './ui/language-picker.js';
import { SoundSwitch } from './ui/sound-switch.js';
import { UiRoot } from './ui/ui-root.js';
import { iconImage } from './art/icons.js';
import { PythonTracker, withMuted, type GameServices } from './scenes/services.js';
import { RenderPacer } from './scenes/render-pacer.js';
import { SCENE_KEYS } from './scenes/scene-keys.js';

/** Asset steps and their share of the first progress bar. */
const ASSET_SHARE = { code: 0.35, font: 0.15, icons: 0.5 } as const;

async function main(): Promise<void> {
  // the language before the save is read: what this run asked for, else the system's
  let asked = askedLanguage(location.search);
  const system = navigator.languages?.length ? navigator.languages : [navigator.language];
  const language = new LanguageState(chosenLanguage({ asked, profile: null, device: null, system }));
  const words = () => language.words;
  const speak = () => {
    document.documentElement.lang = words().locale;
    document.title = words().t('app.name');
  };
  speak();
  language.onChange(speak);
  const debug = new DebugState();
  debug.install(window);
  debug.setScene(SCENE_KEYS.loading);

  const ui = new UiRoot(document.getElementById('ui')!, words);
  const loading = createLoadingScreen(words());
  ui.mount(loading);

  // Python first: it takes longest, so it starts before anything else is loaded
  const python = new PythonTracker();
  const pythonStatus = new PythonStatus(words);
  python.watch((state) => {
    pythonStatus.set(state);
    if (state.kind === 'waking') loading.setPython(state.fraction);
  });
  const runtime = startPython(python, debug);

  const store = await GameStore.open(defaultSaveBackend(), saveWords(words()));
  performance.mark('pyland:save-opened');
  // the kid's choice, else the computer's: followed on every change of the save (a profile picked)
  const follow = () => {
    const save = store.data;
    language.set(chosenLanguage({ asked, profile: activeProfile(save)?.language ?? null, device: save.settings.language, system }));
  };
  follow();
  if (store.notice) ui.showNotice(words().say(store.notice));

  // the desktop app's class folder: every named kid copied there after each save (never in a kiosk)
  const launch = await detectKiosk(location.search, window.pyland);
  const classFolder = new ClassFolderSync(store, launch.desktop ? (window.pyland ?? null) : null, { kiosk: launch.kiosk });
  const folderStatus = new ClassFolderStatusChip(words, classFolder);
  classFolder.start();

  const sound = new SoundBoard(store.data.settings.muted);
  const soundSwitch = new SoundSwitch(words, store.data.settings.muted, (muted) => {
    sound.setMuted(muted);
    void store.update((save) => withMuted(save, muted));
    sound.play('click');
  });
  const picker = new LanguagePicker(words(), (picked: LanguageId) => {
    // a pick is the kid's (or the computer's, with no kid playing) from now on
    asked = null;
    void store.update((save) => chooseLanguage(save, picked));
    language.set(picked);
    sound.play('click');
    ui.announce(words().t('settings.language-now'));
  });
  const playerChip = el('p', { className: 'player-chip' });
  const appName = el('span', { text: words().t('app.name') });
  replaceChildren(ui.topBarStart, [el('p', { className: 'top-bar-name' }, [iconImage('top-hat', 28), appName]), playerChip]);
  replaceChildren(ui.topBarEnd, [folderStatus.element, pythonStatus.element, picker.element, soundSwitch.element]);
  // what stays on screen says itself again; each scene draws itself again (screen-scene.ts)
  language.onChange(() => {
    appName.textContent = words().t('app.name');
    picker.set(words());
    soundSwitch.set(store.data.settings.muted);
    pythonStatus.refresh();
    folderStatus.refresh();
  });
  let shownNotice = store.notice;
  const showSave = () => {
    const save = store.data;
    soundSwitch.set(save.settings.muted);
    const player = activeProfile(save);
    playerChip.hidden = player === null;
    playerChip.textContent = player?.name ?? '';
    // a failed write is told once per failure, not on every later change
    if (store.notice && store.notice !== shownNotice) ui.showNotice(words().say(store.notice));
    shownNotice = store.notice;
  };
  // the save's notice (a failed write) is only known once the write is done
  store.subscribe(() => {
    follow();
    showSave();
    void store.flush().then(showSave);
  });
  showSave();

  let assets = 0;
  const setAssets = (value: number) => {
    assets = Math.max(assets, value);
    loading.setAssets(assets);
  };
  const { startGame } = await import('./scenes/start-game.js');
  setAssets(ASSET_SHARE.code);
  performance.mark('pyland:game-code-loaded');
  await loadFonts();
  performance.mark('pyland:fonts-loaded');
  setAssets(ASSET_SHARE.code + ASSET_SHARE.font);

  const motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  const services: GameServices = {
    store,
    runtime,
    levels: LEVELS,
    ui,
    sound,
    python,
    debug,
    pacer: new RenderPacer(),
    // read live: a kid (or teacher) who switches on less motion mid-game gets it on the next screen
    get reducedMotion() {
      return motionQuery?.matches ?? false;
    },
    language,
    get words() {
      return language.words;
    },
    classFolder,
  };
  startGame(document.getElementById('stage')!, services, (fraction) =>
    setAssets(ASSET_SHARE.code + ASSET_SHARE.font + ASSET_SHARE.icons * fraction),
  );
}

function startPython(python: PythonTracker, debug: DebugState): SpellRuntime {
  const runtime = createBrowserRuntime();
  installBenchHook(window, runtime);
  runtime.onProgress((fraction) => {
    if (python.state.kind === 'waking') python.set({ kind: 'waking', fraction: Math.min(0.99, fraction) });
  });
  runtime.ready.then(
    () => {
      performance.mark('pyland:python-ready');
      python.set({ kind: 'ready' });
      debug.setPythonReady('true');
    },
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      console.error('Python could not start:', detail);
      python.set({ kind: 'failed', detail });
      debug.setPythonReady('failed');
    },
  );
  return runtime;
}

/** The bundled font, so canvas text never draws in a fallback font. Missing fonts are not fatal. */
async function loadFonts(): Promise<void> {
  if (!document.fonts) return;
  try {
    await Promise.all([document.fonts.load('400 18px "Atkinson Hyperlegible"'), document.fonts.load('700 18px "Atkinson Hyperlegible"')]);
  } catch {
    // the system font will do
  }
}

void main();
