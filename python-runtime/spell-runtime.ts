import type { CastRequest, CastResult } from '../contracts/cast-protocol.js';

/**
 * What scenes, the command line and tests hold: a thin client over the Python worker.
 * Implementations: createBrowserRuntime (browser-runtime.ts, a module Web Worker) and
 * createNodeRuntime (node-runtime.ts, worker_threads). Both run the same worker core.
 */
export interface SpellRuntime {
  /** Resolves when Python is ready to cast; rejects (with a clear message) if it cannot start. */
  readonly ready: Promise<void>;
  /** Start-up progress, 0..1, for the loading bar. Called with 1 when ready. */
  onProgress(listener: (fraction: number, stage: string) => void): void;
  /** Run a spell through its level's checker. Never throws for anything the spell does. */
  cast(request: CastRequest): Promise<CastResult>;
  /** Stop the worker for good. */
  dispose(): void;
}
