import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  contentRootsFor,
  createAppProtocolHandler,
  mimeTypeFor,
  PYODIDE_FILES,
  resolveAppRequest,
  type ContentRoots,
} from './app-protocol.js';
import { SECURITY_HEADERS } from './content-security.js';

const roots: ContentRoots = { webRoot: path.resolve('/srv/game/build/web'), pyodideRoot: path.resolve('/srv/game/pyodide') };

function resolvedPath(url: string): string {
  const resolution = resolveAppRequest(url, roots);
  if (!resolution.ok) throw new Error(`expected ${url} to resolve, got ${resolution.status} ${resolution.reason}`);
  return resolution.filePath;
}

describe('resolveAppRequest', () => {
  it('serves index.html for the origin and the entry URL', () => {
    expect(resolvedPath('app://game')).toBe(path.join(roots.webRoot, 'index.html'));
    expect(resolvedPath('app://game/')).toBe(path.join(roots.webRoot, 'index.html'));
    expect(resolvedPath(APP_ENTRY_URL)).toBe(path.join(roots.webRoot, 'index.html'));
  });

  it('maps paths under the web build, ignoring query and fragment', () => {
    expect(resolvedPath('app://game/assets/index-abc123.js?v=2#top')).toBe(path.join(roots.webRoot, 'assets', 'index-abc123.js'));
    expect(resolvedPath('app://game/assets/hat%20big.png')).toBe(path.join(roots.webRoot, 'assets', 'hat big.png'));
  });

  it('serves the shipped Pyodide files from the Pyodide folder, and nothing else from there', () => {
    for (const name of PYODIDE_FILES) {
      expect(resolvedPath(`app://game/pyodide/${name}`)).toBe(path.join(roots.pyodideRoot, name));
    }
    for (const url of [
      'app://game/pyodide/package.json',
      'app://game/pyodide/',
      'app://game/pyodide',
      'app://game/pyodide/x/pyodide.mjs',
    ]) {
      expect(resolveAppRequest(url, roots)).toMatchObject({ ok: false, status: 404 });
    }
  });

  it.each([
    ['dot-dot', 'app://game/../../etc/passwd'],
    ['dot-dot inside', 'app://game/assets/../../../etc/passwd'],
    ['encoded dot-dot', 'app://game/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dot-dot', 'app://game/%2E%2e/secret'],
    ['half encoded dot-dot', 'app://game/pyodide/.%2e/.%2e/etc/passwd'],
    ['encoded slash', 'app://game/..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', 'app://game/..%5c..%5cwindows%5cwin.ini'],
    ['raw backslash', 'app://game/assets\\..\\..\\secret'],
    ['absolute path as a segment', 'app://game/%2fetc%2fpasswd'],
    ['doubled slash', 'app://game//etc/passwd'],
    ['drive letter', 'app://game/C:%5cWindows%5cwin.ini'],
    ['NUL byte', 'app://game/index.html%00.png'],
    ['dot segment', 'app://game/./index.html'],
    ['malformed escape', 'app://game/%E0%A4%A'],
  ])('refuses %s', (_name, url) => {
    const resolution = resolveAppRequest(url, roots);
    expect(resolution.ok).toBe(false);
  });

  it.each([
    'https://example.com/index.html',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://game.evil.com/index.html',
    'app://game:8080/index.html',
    'app://user@game/index.html',
  ])('refuses other origins: %s', (url) => {
    expect(resolveAppRequest(url, roots)).toMatchObject({ ok: false, status: 404 });
  });
});

describe('mimeTypeFor', () => {
  it('gives Pyodide and the bundle the types Chromium insists on', () => {
    expect(mimeTypeFor('pyodide.asm.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('pyodide.mjs')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('index-abc.js')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('STYLE.CSS')).toMatch(/^text\/css/);
    expect(mimeTypeFor('pyodide-lock.json')).toMatch(/^application\/json/);
    expect(mimeTypeFor('python_stdlib.zip')).toBe('application/zip');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('hat.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('ding.mp3')).toBe('audio/mpeg');
  });

  it('serves unknown kinds as opaque bytes', () => {
    expect(mimeTypeFor('notes.xyz')).toBe('application/octet-stream');
    expect(mimeTypeFor('Makefile')).toBe('application/octet-stream');
  });
});

describe('contentRootsFor', () => {
  it('uses node_modules/pyodide in development and resources/pyodide when packaged', () => {
    const dev = contentRootsFor({ isPackaged: false, appPath: '/work/app', resourcesPath: '/opt/electron/resources' });
    expect(dev).toEqual({
      webRoot: path.join('/work/app', 'build', 'web'),
      pyodideRoot: path.join('/work/app', 'node_modules', 'pyodide'),
    });
    const packaged = contentRootsFor({
      isPackaged: true,
      appPath: '/opt/pyland/resources/app.asar',
      resourcesPath: '/opt/pyland/resources',
    });
    expect(packaged).toEqual({
      webRoot: path.join('/opt/pyland/resources/app.asar', 'build', 'web'),
      pyodideRoot: path.join('/opt/pyland/resources', 'pyodide'),
    });
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app:// as a standard, secure, fetchable scheme with a code cache', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });
});

describe('createAppProtocolHandler (with real files)', () => {
  let dir: string;
  let realRoots: ContentRoots;
  const fetched: string[] = [];
  // Stands in for Electron's net.fetch(file://...): reads the file or fails like it does.
  const readFromDisk = async (fileUrl: string): Promise<Response> => {
    fetched.push(fileUrl);
    return new Response(await readFile(fileURLToPath(fileUrl)));
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pyland-protocol-'));
    realRoots = { webRoot: path.join(dir, 'web'), pyodideRoot: path.join(dir, 'pyodide') };
    await mkdir(path.join(realRoots.webRoot, 'assets'), { recursive: true });
    await mkdir(realRoots.pyodideRoot, { recursive: true });
    await writeFile(path.join(realRoots.webRoot, 'index.html'), '<!doctype html><title>PyLand</title>');
    await writeFile(path.join(realRoots.pyodideRoot, 'pyodide.asm.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    await writeFile(path.join(dir, 'secret.txt'), 'not for the game');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers with the file, its type and every security header', async () => {
    const handler = createAppProtocolHandler(realRoots, readFromDisk);
    const response = await handler(new Request('app://game/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>PyLand</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers.get(name), name).toBe(value);
    }
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toMatch(/(^|, )camera=\(\)(,|$)/);
  });

  it('serves the Pyodide wasm as application/wasm', async () => {
    const handler = createAppProtocolHandler(realRoots, readFromDisk);
    const response = await handler(new Request('app://game/pyodide/pyodide.asm.wasm'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 4)).toEqual(new Uint8Array([0, 0x61, 0x73, 0x6d]));
  });

  it('never reads outside the roots and still sends the security headers on refusals', async () => {
    const handler = createAppProtocolHandler(realRoots, readFromDisk);
    fetched.length = 0;
    // Request() would normalise a literal "..", so the raw form reaches the handler as Electron may pass it
    const response = await handler({ method: 'GET', url: 'app://game/%2e%2e/secret.txt' } as Request);
    expect(response.status).toBe(400);
    expect(fetched).toEqual([]);
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(await response.text()).not.toContain('not for the game');
  });

  it('answers 404 for a missing file and 405 for writes', async () => {
    const handler = createAppProtocolHandler(realRoots, readFromDisk);
    expect((await handler(new Request('app://game/assets/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://game/pyodide/python_stdlib.zip'))).status).toBe(404);
    const post = await handler(new Request('app://game/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });

  it('answers HEAD with headers and no body', async () => {
    const handler = createAppProtocolHandler(realRoots, readFromDisk);
    const response = await handler(new Request('app://game/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
  });
});
