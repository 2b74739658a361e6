/**
 * The web build of the game (also what the desktop app loads through app://).
 *
 *   game/                      source root (index.html, main.ts, scenes, ui ...)
 *   build/web/                 output (emptied on every build, never committed)
 *     index.html, assets/...   bundled game code, styles, fonts
 *     pyodide/                 CPython in WebAssembly, copied from node_modules/pyodide at build time
 *
 * Nothing is fetched from the network at run time: fonts, icons (picked out of the icon set at
 * build time) and Python all come from this build. Every response carries the same security
 * headers as the desktop app (CSP with wasm-unsafe-eval, COOP/COEP for crossOriginIsolated,
 * Referrer-Policy and Permissions-Policy: electron/content-security.ts).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { SECURITY_HEADERS } from './electron/content-security.js';
import { ICON_NAMES } from './game/art/icon-names.js';
import { iconSvg, type IconifySet } from './game/art/icon-svg.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The Pyodide files the runtime needs offline (the npm package ships no wheels; none are used). */
export const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

const PYODIDE_DIR = `${root}node_modules/pyodide/`;

const CONTENT_TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json',
};

function contentTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return CONTENT_TYPES[file.slice(dot)] ?? 'application/octet-stream';
}

/**
 * Serves node_modules/pyodide at /pyodide/ in dev and copies the same files into
 * build/web/pyodide/ at build time, so no copy of Pyodide is ever committed.
 */
function pyodideFiles(): Plugin {
  return {
    name: 'pyland-pyodide-files',
    configureServer(server) {
      server.middlewares.use('/pyodide/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        if (!(PYODIDE_FILES as readonly string[]).includes(name)) return next();
        const path = PYODIDE_DIR + name;
        for (const [header, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(header, value);
        // instantiateStreaming refuses wasm served with any other type, and Pyodide has no fallback
        res.setHeader('Content-Type', contentTypeOf(name));
        res.setHeader('Content-Length', String(statSync(path).size));
        createReadStream(path).pipe(res);
      });
    },
    generateBundle() {
      for (const name of PYODIDE_FILES) {
        this.emitFile({ type: 'asset', fileName: `pyodide/${name}`, source: readFileSync(PYODIDE_DIR + name) });
      }
    },
  };
}

const ICONS_MODULE_ID = 'virtual:pyland-icons';

/**
 * `import icons from 'virtual:pyland-icons'` gives `{ [iconName]: svgMarkup }` for exactly the
 * icons in game/art/icon-names.ts, read from the 9 MB fluent-emoji-flat set at build time.
 */
function pylandIcons(): Plugin {
  const resolved = `\0${ICONS_MODULE_ID}`;
  return {
    name: 'pyland-icons',
    resolveId(id) {
      return id === ICONS_MODULE_ID ? resolved : null;
    },
    load(id) {
      if (id !== resolved) return null;
      const setPath = `${root}node_modules/@iconify-json/fluent-emoji-flat/icons.json`;
      this.addWatchFile(setPath);
      const set = JSON.parse(readFileSync(setPath, 'utf8')) as IconifySet;
      // 256 px: the largest size any scene draws an icon at, so Phaser textures stay crisp
      const icons = Object.fromEntries(ICON_NAMES.map((name) => [name, iconSvg(set, name, 256)]));
      return `export default ${JSON.stringify(icons)};`;
    },
  };
}

export default defineConfig({
  root: 'game',
  base: './',
  publicDir: false,
  plugins: [pyodideFiles(), pylandIcons()],
  build: {
    outDir: '../build/web',
    emptyOutDir: true,
    target: 'es2022',
    // Phaser alone is ~1.2 MB minified; it is loaded from disk, never over a network
    chunkSizeWarningLimit: 2000,
  },
  worker: {
    format: 'es',
  },
  optimizeDeps: {
    // Pyodide loads its own files from /pyodide/ at run time; pre-bundling it breaks those URLs
    exclude: ['pyodide'],
  },
  server: {
    headers: { ...SECURITY_HEADERS },
    fs: { allow: [root] },
  },
  preview: {
    headers: { ...SECURITY_HEADERS },
  },
});
