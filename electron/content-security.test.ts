import { describe, expect, it } from 'vitest';
import viteConfig from '../vite.config.js';
import { CONTENT_SECURITY_POLICY, CROSS_ORIGIN_ISOLATION_HEADERS, PERMISSIONS_POLICY, SECURITY_HEADERS } from './content-security.js';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `directive ${name} appears twice`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('lets Pyodide compile WebAssembly but never runs inline or eval-ed JavaScript', () => {
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('loads everything from the game itself: no host, scheme-wide or wildcard sources', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        const allowed = ["'self'", "'none'", "'wasm-unsafe-eval'", "'unsafe-inline'", 'data:', 'blob:'];
        expect(allowed, `${name} ${source}`).toContain(source);
      }
    }
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
  });

  it('allows inline styles only (the spell editor injects them), not inline scripts', () => {
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('allows generated images, fonts and sounds', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('media-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('shuts plugins, <base>, framing and form posts', () => {
    for (const name of ['object-src', 'base-uri', 'frame-ancestors', 'form-action']) {
      expect(csp.get(name), name).toEqual(["'none'"]);
    }
  });
});

/** `feature=(allowlist)` entries of a Permissions-Policy header, each feature once. */
function permissions(policy: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of policy.split(',')) {
    const match = /^\s*([a-z-]+)=(\(.*\))\s*$/.exec(entry);
    expect(match, `malformed entry ${entry}`).not.toBeNull();
    const [, feature, allowlist] = match!;
    expect(map.has(feature!), `feature ${feature} appears twice`).toBe(false);
    map.set(feature!, allowlist!);
  }
  return map;
}

describe('PERMISSIONS_POLICY', () => {
  it('denies to everyone the powerful features the game never uses', () => {
    const policy = permissions(PERMISSIONS_POLICY);
    const denied = [
      'camera',
      'microphone',
      'geolocation',
      'usb',
      'serial',
      'hid',
      'bluetooth',
      'payment',
      'midi',
      'display-capture',
      'screen-wake-lock',
      'xr-spatial-tracking',
      'clipboard-read',
      'clipboard-write',
      'publickey-credentials-get',
      'publickey-credentials-create',
      'gamepad',
      'idle-detection',
      'accelerometer',
      'gyroscope',
      'magnetometer',
      'window-management',
      'local-fonts',
      'browsing-topics',
    ];
    for (const feature of denied) expect(policy.get(feature), feature).toBe('()');
  });

  it('allows the game full screen for its browser kiosk, and nothing to another origin', () => {
    const policy = permissions(PERMISSIONS_POLICY);
    expect(policy.get('fullscreen')).toBe('(self)');
    for (const [feature, allowlist] of policy) expect(['()', '(self)'], `${feature}=${allowlist}`).toContain(allowlist);
    expect([...policy].filter(([, allowlist]) => allowlist !== '()').map(([feature]) => feature)).toEqual(['fullscreen']);
  });

  it('never takes away what the game runs on: cross-origin isolation and its sounds', () => {
    const policy = permissions(PERMISSIONS_POLICY);
    for (const feature of ['cross-origin-isolated', 'autoplay', 'sync-xhr']) expect(policy.has(feature), feature).toBe(false);
  });
});

describe('SECURITY_HEADERS', () => {
  it('makes the page cross-origin isolated (SharedArrayBuffer for spell interrupts)', () => {
    expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(SECURITY_HEADERS['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(SECURITY_HEADERS['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(SECURITY_HEADERS).toMatchObject(CROSS_ORIGIN_ISOLATION_HEADERS);
  });

  it('sends the CSP as a header (frame-ancestors only works there) and forbids MIME sniffing', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('sends no referrer and the permissions policy', () => {
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['Permissions-Policy']).toBe(PERMISSIONS_POLICY);
  });

  it('are what the vite dev and preview servers send too', () => {
    expect(viteConfig.server?.headers).toEqual(SECURITY_HEADERS);
    expect(viteConfig.preview?.headers).toEqual(SECURITY_HEADERS);
  });
});
