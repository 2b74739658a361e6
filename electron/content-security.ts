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

/**
 * The browser features the game may use, one entry per feature with the reason. The game needs
 * none of the powerful ones (no camera, no devices, no payments, no location): a kid's spell
 * runs in a worker and cannot ask for them, and with the policy a page script could not either.
 * `()` allows a feature to nobody; `(self)` to the game's own pages.
 *
 * Left to the browser's default ('self'), because the game uses them: `cross-origin-isolated`
 * (SharedArrayBuffer for spell interrupts, see below), `autoplay` (the sound effects) and
 * `sync-xhr` (nothing of ours uses it, but Pyodide's file system may). Every feature named here
 * is one Chromium knows, except bluetooth, which Chrome and Electron know where they have Web
 * Bluetooth (a browser that does not know a feature warns once in its console, nothing more).
 */
const PERMISSIONS_POLICY_FEATURES: ReadonlyArray<readonly [feature: string, allowlist: '()' | '(self)']> = [
  // The browser build's kiosk asks for full screen (game/ui/kiosk-controller.ts); the desktop
  // kiosk is a full-screen window and needs no permission.
  ['fullscreen', '(self)'],
  // No camera, microphone or screen capture: the game records nothing.
  ['camera', '()'],
  ['microphone', '()'],
  ['display-capture', '()'],
  ['speaker-selection', '()'],
  // No location, motion or other sensors.
  ['geolocation', '()'],
  ['accelerometer', '()'],
  ['gyroscope', '()'],
  ['magnetometer', '()'],
  // No devices: the game is played with a keyboard, a mouse or a touch screen (Phaser's gamepad input is off).
  ['usb', '()'],
  ['serial', '()'],
  ['hid', '()'],
  ['bluetooth', '()'],
  ['midi', '()'],
  ['gamepad', '()'],
  ['xr-spatial-tracking', '()'],
  // The spell editor copies and pastes with the keyboard's own clipboard events, never the
  // Clipboard API, so no page script can read what is on the computer's clipboard.
  ['clipboard-read', '()'],
  ['clipboard-write', '()'],
  // No payments, accounts, passkeys or one-time codes: a kid never signs in or buys anything.
  ['payment', '()'],
  ['publickey-credentials-get', '()'],
  ['publickey-credentials-create', '()'],
  ['identity-credentials-get', '()'],
  ['otp-credentials', '()'],
  // Nothing that watches the kid or the computer (the kiosk's idle timer counts the game's own input).
  ['idle-detection', '()'],
  ['compute-pressure', '()'],
  ['browsing-topics', '()'],
  // Nothing of the computer beyond the game's window: no other screens, fonts, keyboard layouts or wake lock.
  ['window-management', '()'],
  ['local-fonts', '()'],
  ['keyboard-map', '()'],
  ['screen-wake-lock', '()'],
  // No protected video, no picture-in-picture, no storage shared with other sites.
  ['encrypted-media', '()'],
  ['picture-in-picture', '()'],
  ['storage-access', '()'],
];

/** The Permissions-Policy header value. */
export const PERMISSIONS_POLICY: string = PERMISSIONS_POLICY_FEATURES.map(([feature, allowlist]) => `${feature}=${allowlist}`).join(', ');

/** Every header to add to every response of the game (desktop protocol and web servers). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  ...CROSS_ORIGIN_ISOLATION_HEADERS,
  // Files are used only as the type we say (a .txt can never run as a script).
  'X-Content-Type-Options': 'nosniff',
  // The game links nowhere, and whatever it might open one day learns nothing of where it came from.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
};
