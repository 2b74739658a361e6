#!/usr/bin/env node
/**
 * Bundles the desktop shell with esbuild:
 *
 *   electron/main.ts     -> build/electron/main.cjs     (package.json "main")
 *   electron/preload.ts  -> build/electron/preload.cjs  (loaded by the game window)
 *
 * CommonJS because a sandboxed preload is loaded as a classic script and may require only
 * 'electron' (no local files), so it must be one self-contained file; main uses the same format
 * for `__dirname`. 'electron' stays external: the running app provides it.
 *
 * After bundling, it checks what each bundle still requires, so a stray import (a Node module in
 * the preload, a package the packaged app will not have) fails the build instead of the app.
 *
 * Usage: node scripts/build-electron.mjs [--outdir <dir>]
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir =
  outdirFlag > 0 && process.argv[outdirFlag + 1] ? path.resolve(process.argv[outdirFlag + 1]) : path.join(root, 'build', 'electron');

/** What each bundle may still require at run time. */
const ALLOWED_REQUIRES = {
  // sandboxed preloads get only 'electron' (plus events/timers/url, which we do not need)
  'preload.cjs': (name) => name === 'electron',
  // the main process has Node and Electron; every package must be bundled in
  'main.cjs': (name) => name === 'electron' || name.startsWith('node:') || builtinModules.includes(name),
};

const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 40 ships Node 24; node22 keeps the output valid for any Electron we might move to
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

const problems = [];
for (const [outputPath, output] of Object.entries(result.metafile.outputs)) {
  const name = path.basename(outputPath);
  const allowed = ALLOWED_REQUIRES[name];
  if (!allowed) continue;
  for (const imported of output.imports) {
    if (!imported.external || !allowed(imported.path)) problems.push(`${name} requires '${imported.path}' at run time`);
  }
}
if (problems.length > 0) {
  console.error(`build-electron: refusing the bundles:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
for (const name of Object.keys(ALLOWED_REQUIRES)) console.log(`build-electron: ${path.relative(process.cwd(), path.join(outdir, name))}`);
