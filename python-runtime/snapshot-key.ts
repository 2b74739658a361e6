/**
 * The key a memory snapshot is valid under: the Pyodide build and the harness it imported (a
 * snapshot holds the whole Python heap, imported harness included). The browser keeps its
 * snapshot in IndexedDB under it, and the snapshot shipped with the build says which key it
 * was made for (scripts/ship-snapshot.ts).
 */

/** Where the build puts the snapshot made at build time, relative to the page. */
export const SHIPPED_SNAPSHOT_DIR = 'snapshot/';
export const SHIPPED_SNAPSHOT_MANIFEST = 'pyland-snapshot.json';
/**
 * Gzipped, but not named .gz: a server that sees .gz may send it with Content-Encoding: gzip (vite
 * preview does), and the browser would unpack it on the way; the reader looks at the bytes instead.
 */
export const SHIPPED_SNAPSHOT_FILE = 'pyland-snapshot.pack';

/** What the manifest beside the shipped snapshot says. */
export interface ShippedSnapshotManifest {
  key: string;
  /** Size of the snapshot once unpacked. */
  bytes: number;
}

/**
 * The cache key of a snapshot: it is only valid for this Pyodide and this harness. `harnessFiles`
 * is every harness file (harness-files.ts says which: the packages' modules too), path -> text;
 * a file's path and its text are both in the key.
 */
export function snapshotKey(version: string, harnessFiles: Record<string, string>): string {
  const text = Object.entries(harnessFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, source]) => `${name}\n${source}`)
    .join('\n');
  return `pyodide-${version}-harness-${hash53(text).toString(36)}`;
}

/** cyrb53: a fast 53-bit string hash, plenty to tell harness versions apart. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
