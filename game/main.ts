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
import { formatMessage } from './messages/format.js';
import { SAVE_WORDS } from './messages/save-words.js';
import { GameStore } from './model/game-store.js';
import { activeProfile } from './model/profiles.js';
import { defaultSaveBackend } from './storage/default-save-backend.js';
import { DebugState, installBenchHook } from './ui/debug-hook.js';
import { el, replaceChildren } from './ui/dom.js';
import { createLoadingScreen } from './ui/loading-screen.js';
import { PythonStatus } from './ui/python-status.js';
import { SoundSwitch } from './ui/sound-switch.js';
import { UiRoot } from './ui/ui-root.js';
import { iconImage } from './art/icons.js';
import { PythonTracker, withMuted, type GameServices } from './scenes/services.js';
import { RenderPacer } from './scenes/render-pacer.js';
import { SCENE_KEYS } from './scenes/scene-keys.js';

/** Asset steps and their share of the first progress bar. */
const ASSET_SHARE = { code: 0.35, font: 0.15, icons: 0.5 } as const;

async function main(): Promise<void> {
  document.title = formatMessage('app.name');
  const debug = new DebugState();
  debug.install(window);
  debug.setScene(SCENE_KEYS.loading);

  const ui = new UiRoot(document.getElementById('ui')!);
  const loading = createLoadingScreen();
  ui.mount(loading);

  // Python first: it takes longest, so it starts before anything else is loaded
  const python = new PythonTracker();
  const pythonStatus = new PythonStatus();
  python.watch((state) => {
    pythonStatus.set(state);
    if (state.kind === 'waking') loading.setPython(state.fraction);
  });
  const runtime = startPython(python, debug);

  const store = await GameStore.open(defaultSaveBackend(), SAVE_WORDS);
  performance.mark('pyland:save-opened');
  if (store.notice) ui.showNotice(formatMessage(store.notice));

  const sound = new SoundBoard(store.data.settings.muted);
  const soundSwitch = new SoundSwitch(store.data.settings.muted, (muted) => {
    sound.setMuted(muted);
    void store.update((save) => withMuted(save, muted));
    sound.play('click');
  });
  const playerChip = el('p', { className: 'player-chip' });
  replaceChildren(ui.topBarStart, [
    el('p', { className: 'top-bar-name' }, [iconImage('top-hat', 28), el('span', { text: formatMessage('app.name') })]),
    playerChip,
  ]);
  replaceChildren(ui.topBarEnd, [pythonStatus.element, soundSwitch.element]);
  let shownNotice = store.notice;
  const showSave = () => {
    const save = store.data;
    soundSwitch.set(save.settings.muted);
    const player = activeProfile(save);
    playerChip.hidden = player === null;
    playerChip.textContent = player?.name ?? '';
    // a failed write is told once per failure, not on every later change
    if (store.notice && store.notice !== shownNotice) ui.showNotice(formatMessage(store.notice));
    shownNotice = store.notice;
  };
  // the save's notice (a failed write) is only known once the write is done
  store.subscribe(() => {
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
