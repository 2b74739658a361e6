/**
 * Part of `npm run build:web`: makes the memory snapshot a kid's very first start restores, so
 * Python is ready in about a second instead of a cold boot of about four (browser-runtime.ts,
 * readShippedSnapshot). Python is booted once in the Node runtime with the game's own harness,
 * and its snapshot is written gzipped into build/web/snapshot/ with a manifest naming the key it
 * is valid for (the Pyodide version and the harness). A game whose key differs, or whose restore
 * fails, boots cold as before.
 *
 * Made in Node, restored in Chromium and Electron: a snapshot holds the WebAssembly memory, which
 * is the same build in both; what differs between them lives in JavaScript and is set up again
 * at every restore. The end-to-end tests play the whole school on a runtime restored from it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { version as pyodideVersion } from 'pyodide/package.json' with { type: 'json' };
import { createNodeRuntime, readHarnessFiles } from '../python-runtime/node-runtime.js';
import {
  SHIPPED_SNAPSHOT_DIR,
  SHIPPED_SNAPSHOT_FILE,
  SHIPPED_SNAPSHOT_MANIFEST,
  snapshotKey,
  type ShippedSnapshotManifest,
} from '../python-runtime/snapshot-key.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'build', 'web', SHIPPED_SNAPSHOT_DIR);

async function main(): Promise<void> {
  const started = performance.now();
  let snapshot: Uint8Array | undefined;
  // no checkers: a snapshot holds the interpreter and the harness, checkers come with each start
  const runtime = createNodeRuntime({ withoutLevels: true, reuseWorker: true, onSnapshot: (made) => (snapshot = made) });
  try {
    await runtime.ready;
  } finally {
    runtime.dispose();
  }
  if (snapshot === undefined) throw new Error('Python started but made no snapshot');
  const manifest: ShippedSnapshotManifest = { key: snapshotKey(pyodideVersion, readHarnessFiles()), bytes: snapshot.length };
  const packed = gzipSync(snapshot, { level: 6 });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, SHIPPED_SNAPSHOT_FILE), packed);
  writeFileSync(join(OUT, SHIPPED_SNAPSHOT_MANIFEST), `${JSON.stringify(manifest)}\n`);
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `ship-snapshot: ${mb(snapshot.length)} MB snapshot (${mb(packed.length)} MB gzipped) for ${manifest.key} in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(`ship-snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
