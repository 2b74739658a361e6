import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CustomScheme } from 'electron';
import { SECURITY_HEADERS } from './content-security.js';

/**
 * The game's own origin inside the desktop app. `file://` cannot send headers, and the game needs
 * COOP/COEP (SharedArrayBuffer for spell interrupts), a CSP header and `application/wasm` for
 * Pyodide, so every file is served through this privileged scheme instead:
 *
 *   app://game/                 -> <webRoot>/index.html
 *   app://game/<path>           -> <webRoot>/<path>           (webRoot = <app>/build/web)
 *   app://game/pyodide/<file>   -> <pyodideRoot>/<file>       (only the files we ship, PYODIDE_FILES)
 *
 * pyodideRoot is node_modules/pyodide in development and <resources>/pyodide when packaged
 * (electron-builder copies it there as extraResources, outside the asar archive).
 * Nothing in this file touches the disk or Electron at run time: resolution is pure, so it is tested
 * under Node, and the wiring passes in the real file fetcher.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'game';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The first page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the scheme real origins (relative URLs, localStorage, module workers), `secure`
 * makes it a secure context (needed for crossOriginIsolated), `supportFetchAPI` lets Pyodide
 * fetch its files, `codeCache` keeps V8's compiled code between runs (faster second start).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** The Pyodide files the game loads offline, shipped next to the app (see electron-builder.yml). */
export const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

const PYODIDE_PREFIX = 'pyodide';

export interface ContentRoots {
  /** The web build's output folder (index.html, bundled scripts, assets). */
  webRoot: string;
  /** The folder holding PYODIDE_FILES. */
  pyodideRoot: string;
}

export interface ShellLocation {
  isPackaged: boolean;
  /** app.getAppPath(): the project folder in development, the app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: where extraResources land when packaged. */
  resourcesPath: string;
}

/** Where the game's files are on this machine. */
export function contentRootsFor(location: ShellLocation): ContentRoots {
  return {
    webRoot: path.join(location.appPath, 'build', 'web'),
    pyodideRoot: location.isPackaged
      ? path.join(location.resourcesPath, 'pyodide')
      : path.join(location.appPath, 'node_modules', 'pyodide'),
  };
}

export type AppRequestResolution = { ok: true; filePath: string; mimeType: string } | { ok: false; status: 400 | 404; reason: string };

// The raw text after the origin, before any query or fragment. Matched on the raw string on purpose:
// WHATWG URL parsing would silently fold `..` away, and we want to refuse such requests outright.
const APP_URL_PATTERN = /^app:\/\/game(\/[^?#]*)?(?:[?#].*)?$/i;

/** Maps an app:// URL to the one file it may read, or says why not. Never touches the disk. */
export function resolveAppRequest(url: string, roots: ContentRoots): AppRequestResolution {
  const match = APP_URL_PATTERN.exec(url);
  if (!match) return { ok: false, status: 404, reason: `not a ${APP_ORIGIN}/ URL` };
  const rawPath = match[1] ?? '/';
  if (rawPath === '/') return file(path.join(roots.webRoot, 'index.html'));
  if (rawPath.endsWith('/')) return { ok: false, status: 404, reason: 'folders are not listed' };

  const segments: string[] = [];
  for (const rawSegment of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return { ok: false, status: 400, reason: 'malformed percent-encoding' };
    }
    const problem = segmentProblem(segment);
    if (problem) return { ok: false, status: 400, reason: problem };
    segments.push(segment);
  }

  if (segments[0] === PYODIDE_PREFIX) {
    const name = segments[1];
    // Only the files we ship, so development serves exactly what a packaged app can serve.
    if (segments.length !== 2 || !(PYODIDE_FILES as readonly string[]).includes(name ?? '')) {
      return { ok: false, status: 404, reason: 'not a shipped Pyodide file' };
    }
    return within(roots.pyodideRoot, segments.slice(1));
  }
  return within(roots.webRoot, segments);
}

function segmentProblem(segment: string): string | null {
  if (segment === '') return 'empty path segment (a folder or a doubled slash)';
  if (segment === '.' || segment === '..') return 'path traversal';
  // Decoded separators (%2f, %5c), drive letters and NUL would let a segment escape the root.
  if (/[/\\:\0]/.test(segment)) return 'path separator, drive or NUL in a segment';
  return null;
}

function within(root: string, segments: string[]): AppRequestResolution {
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(path.resolve(root), resolved);
  // belt and braces: segmentProblem already refuses everything that could get here
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, status: 400, reason: 'path outside the content root' };
  }
  return file(resolved);
}

function file(filePath: string): AppRequestResolution {
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  // Pyodide compiles with instantiateStreaming, which refuses any other type (no fallback).
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.py': 'text/x-python; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
};

/** The Content-Type for a file; unknown kinds are opaque bytes (and nosniff keeps them that way). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Reads a file URL (Electron's net.fetch in the app; a disk reader in tests). */
export type FileFetcher = (fileUrl: string) => Promise<Response>;

/**
 * The protocol.handle callback: resolves the request, reads the file through `fetchFile`, and
 * answers with our headers (CSP, COOP/COEP/CORP, Referrer- and Permissions-Policy, the right
 * Content-Type) on every response, errors included, so nothing of ours is ever served without them.
 */
export function createAppProtocolHandler(roots: ContentRoots, fetchFile: FileFetcher): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, 'method not allowed', { Allow: 'GET, HEAD' });
    }
    const resolution = resolveAppRequest(request.url, roots);
    if (!resolution.ok) return plainResponse(resolution.status, resolution.reason);
    let upstream: Response;
    try {
      upstream = await fetchFile(pathToFileURL(resolution.filePath).href);
    } catch {
      return plainResponse(404, 'not found');
    }
    if (!upstream.ok) {
      await upstream.body?.cancel();
      return plainResponse(404, 'not found');
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': resolution.mimeType, 'Cache-Control': 'no-cache' };
    if (request.method === 'HEAD') {
      await upstream.body?.cancel();
      return new Response(null, { status: 200, headers });
    }
    return new Response(upstream.body, { status: 200, headers });
  };
}

function plainResponse(status: number, reason: string, extra: Record<string, string> = {}): Response {
  return new Response(`${status} ${reason}\n`, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}
