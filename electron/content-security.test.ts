import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CROSS_ORIGIN_ISOLATION_HEADERS, SECURITY_HEADERS } from './content-security.js';

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
});
