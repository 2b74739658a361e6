import type { CastRequest, CastResult } from '../../contracts/cast-protocol.js';
import type { MeasuredSpellRuntime, RuntimeStats } from '../../python-runtime/runtime-client.js';

/**
 * A small read-only window into the running game for the e2e tests (e2e/) and the benchmark
 * (scripts/bench.ts). Nothing here can change the game.
 *
 *   window.__pyland.scene()       key of the active screen scene ('title', 'map', 'level' ...)
 *   window.__pyland.lastResult()  the CastResult of the last cast, or null
 *   window.__pyland.ready()       true once Python can cast spells
 *
 * The same moments are also marked on <body> for `page.waitForSelector`/`waitForFunction`:
 *   data-scene="<key>"             the active screen scene
 *   data-title-ready="true"        the title screen is interactive (assets loaded)
 *   data-python-ready="true"       Python is ready; "failed" when it could not start
 *   data-cast-state="casting|done" a cast is running / its result is shown
 *   data-<kind>-animated="…"       the level stage of that scene kind finished animating, with a summary:
 *                                  data-tally-animated="1,-1" are the deltas shown, in object order
 *                                  (removed when a new cast starts)
 *   data-kiosk="1"                 the game runs as a kiosk (?kiosk=1, or the desktop shell said so)
 *   data-still-there="1"           the kiosk's "Still there?" countdown is showing
 *   data-attract="1"               the kiosk's title plays its attract loop (nobody is playing)
 *
 * Start-up milestones are performance marks (performance.getEntriesByType('mark')):
 *   pyland:save-opened, pyland:game-code-loaded, pyland:fonts-loaded, pyland:title-ready,
 *   pyland:python-ready
 */
export interface PylandDebugHook {
  scene(): string;
  lastResult(): CastResult | null;
  ready(): boolean;
}

declare global {
  interface Window {
    __pyland?: PylandDebugHook;
  }
}

export class DebugState {
  #scene = '';
  #lastResult: CastResult | null = null;
  #ready = false;
  #casting = false;

  install(target: Window): void {
    const hook: PylandDebugHook = Object.freeze({
      scene: () => this.#scene,
      lastResult: () => this.#lastResult,
      ready: () => this.#ready,
    });
    Object.defineProperty(target, '__pyland', { value: hook, configurable: false, writable: false });
  }

  setScene(key: string): void {
    this.#scene = key;
    document.body.dataset['scene'] = key;
  }

  setLastResult(result: CastResult): void {
    this.#lastResult = result;
  }

  setPythonReady(state: 'true' | 'failed'): void {
    this.#ready = state === 'true';
    document.body.dataset['pythonReady'] = state;
  }

  markTitleReady(): void {
    performance.mark('pyland:title-ready');
    document.body.dataset['titleReady'] = 'true';
  }

  /** A spell is being cast right now (the kiosk waits for it before clearing a guest). */
  get casting(): boolean {
    return this.#casting;
  }

  setCastState(state: 'casting' | 'done'): void {
    this.#casting = state === 'casting';
    document.body.dataset['castState'] = state;
    if (state === 'casting') {
      for (const key of Object.keys(document.body.dataset)) if (key.endsWith('Animated')) delete document.body.dataset[key];
    }
  }

  /** A kiosk state on <body> (`data-kiosk`, `data-still-there`, `data-attract`): "1" while on, absent when off. */
  setKioskFlag(flag: 'kiosk' | 'stillThere' | 'attract', on: boolean): void {
    if (on) document.body.dataset[flag] = '1';
    else delete document.body.dataset[flag];
  }

  /** A level stage finished animating: `data-<kind>-animated="<summary>"` (tally: the deltas shown). */
  markStageAnimated(kind: string, summary: string): void {
    document.body.dataset[`${kind}Animated`] = summary;
  }
}

/**
 * For `npm run bench` (scripts/bench.ts): casts through the game's own runtime and its timings.
 * It reaches nothing a kid's spell could not already do from the level scene.
 */
export interface PylandBenchHook {
  cast(request: CastRequest): Promise<CastResult>;
  stats(): RuntimeStats;
}

export function installBenchHook(target: Window, runtime: MeasuredSpellRuntime): void {
  const hook: PylandBenchHook = Object.freeze({
    cast: (request: CastRequest) => runtime.cast(request),
    stats: () => structuredClone(runtime.stats),
  });
  Object.defineProperty(target, '__pylandBench', { value: hook, configurable: false, writable: false });
}
