/**
 * Reads the snapshot shipped with the build inside the spell worker, so that fetching 6.5 MB and
 * unpacking 30 MB never holds up the page's frames (the title keeps its 60 frames a second while
 * Python starts).
 */
import { SHIPPED_SNAPSHOT_FILE, SHIPPED_SNAPSHOT_MANIFEST, type ShippedSnapshotManifest } from '../snapshot-key.js';

/** Reading it from disk takes a fraction of a second; past this a cold start wins. */
const SHIPPED_TIMEOUT_MS = 4000;

/**
 * The snapshot made at build time (scripts/ship-snapshot.ts), when it was made for this very
 * Pyodide and harness: a kid's first start restores it (about 1 s) instead of booting Python
 * cold (about 4 s). Anything else (no snapshot in this build, another key, a broken file) is
 * undefined, and the runtime boots cold as before; a snapshot that fails to restore is dropped
 * the same way (worker-pool.ts).
 */
export async function readShippedSnapshot(baseURL: string, key: string): Promise<Uint8Array | undefined> {
  try {
    return await timeLimited(
      (async () => {
        const manifestResponse = await fetch(new URL(SHIPPED_SNAPSHOT_MANIFEST, baseURL));
        if (!manifestResponse.ok) return undefined;
        const manifest = (await manifestResponse.json()) as Partial<ShippedSnapshotManifest>;
        if (manifest.key !== key || typeof manifest.bytes !== 'number') return undefined;
        const response = await fetch(new URL(SHIPPED_SNAPSHOT_FILE, baseURL));
        if (!response.ok) return undefined;
        const bytes = new Uint8Array(await response.arrayBuffer());
        // gzip's magic number, unless a server already unpacked it on the way (Content-Encoding)
        const packed = bytes[0] === 0x1f && bytes[1] === 0x8b;
        const unpacked = packed
          ? new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer())
          : bytes;
        return unpacked.byteLength === manifest.bytes ? unpacked : undefined;
      })(),
      SHIPPED_TIMEOUT_MS,
    );
  } catch {
    return undefined;
  }
}

function timeLimited<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}
