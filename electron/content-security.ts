/**
 * The security headers every page, script, worker and file of the game is served with, in one
 * place so the desktop app (the app:// protocol) and the web build (vite dev and preview servers,
 * which import this file from vite.config.ts) behave the same. Plain data: no Node or Electron
 * imports, so any config can import it.
 */

/**
 * One entry per CSP directive, with the reason it is what it is. The game loads only its own
 * files; a kid's spell runs in Pyodide inside a worker and must not be able to reach anything else.
 */
const CSP_DIRECTIVES: ReadonlyArray<readonly [directive: string, sources: string]> = [
  // Anything not named below may come only from the game itself.
  ['default-src', "'self'"],
  // Our own bundled scripts only: no inline scripts, no eval. 'wasm-unsafe-eval' lets Pyodide
  // compile its WebAssembly (CPython); without it loadPyodide never settles in Chromium.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // The Python worker is a file of our build. No blob: workers: nothing we ship makes one, and
  // allowing them would let generated code start a worker.
  ['worker-src', "'self'"],
  // CodeMirror (the spell editor) injects its theme as <style> elements at run time.
  ['style-src', "'self' 'unsafe-inline'"],
  // Sprites and icons; Phaser and the icon set use data: and blob: URLs for generated textures.
  ['img-src', "'self' data: blob:"],
  // The bundled Atkinson Hyperlegible font (self); data: for fonts inlined by the bundler.
  ['font-src', "'self' data:"],
  // Pyodide fetches its own files (wasm, stdlib zip, lock file) from the game's origin; no network.
  // In the vite dev server, 'self' also covers its same-origin hot-reload websocket.
  ['connect-src', "'self'"],
  // Sound effects are generated (zzfx) or bundled; data:/blob: for generated audio.
  ['media-src', "'self' data: blob:"],
  // No plugins, ever.
  ['object-src', "'none'"],
  // No <base> tag can redirect our relative URLs somewhere else.
  ['base-uri', "'none'"],
  // Nobody may put the game in a frame (clickjacking); only works as a header, which is how we send it.
  ['frame-ancestors', "'none'"],
  // The game has no HTML forms; nothing may be posted anywhere.
  ['form-action', "'none'"],
];

/** The Content-Security-Policy header value. */
export const CONTENT_SECURITY_POLICY: string = CSP_DIRECTIVES.map(([directive, sources]) => `${directive} ${sources}`).join('; ');

/**
 * Cross-origin isolation: with COOP same-origin and COEP require-corp the page gets
 * `crossOriginIsolated === true`, which unlocks SharedArrayBuffer. The runtime needs it for the
 * interrupt buffer that stops a spell that runs forever. CORP same-origin marks our own files as
 * loadable only by our own origin (and satisfies require-corp for them).
 */
export const CROSS_ORIGIN_ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Every header to add to every response of the game (desktop protocol and web servers). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  ...CROSS_ORIGIN_ISOLATION_HEADERS,
  // Files are used only as the type we say (a .txt can never run as a script).
  'X-Content-Type-Options': 'nosniff',
};
