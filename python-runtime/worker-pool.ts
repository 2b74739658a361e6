/**
 * The workers behind a RuntimeClient (runtime-client.ts): starting them, a standby restoring in
 * advance, replacing and retiring them.
 *
 *   - start-up: a time limit (Pyodide can hang forever when the page's CSP lacks
 *     'wasm-unsafe-eval'), the first worker's progress for the loading bar, and the memory
 *     snapshot the first cold start sends back;
 *   - every later worker restores from that snapshot (a cold start if the restore fails), each
 *     with an interrupt buffer of its own;
 *   - a standby restoring while a runaway spell gets its grace period, or while the kid reads the
 *     verdict, so the next worker is ready when it is needed;
 *   - a worker is replaced when the client asks (after every cast unless it reuses workers), when
 *     its interpreter broke, when Python's heap grew past HEAP_LIMIT_BYTES (it never shrinks), or
 *     when it died; anything a worker sends that the protocol does not describe makes it
 *     untrusted: the job waiting on it crashed (worker-messages.ts).
 */
import { newStopBuffer, type FromWorker, type ToWorker } from '../contracts/cast-protocol.js';
import { checkFromWorker } from './worker-messages.js';

/** Python's wasm heap never shrinks: past this a fresh worker replaces the grown one. */
export const HEAP_LIMIT_BYTES = 256 * 1024 * 1024;
/** How long the first start may take before the runtime gives up with a clear message. */
export const DEFAULT_START_TIMEOUT_MS = 45_000;

/** The part of a worker the client uses. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  /**
   * Called after a stop request was written to the interrupt buffer, for a worker in another
   * process that cannot see this buffer (the Node sandbox relays it into its own).
   */
  interrupt?(): void;
}

/**
 * What the client listens to on a worker it spawned. Verdicts and stepper answers come only on
 * the answer channel: a MessagePort the spawner hands the worker's own JavaScript before any
 * Python runs, which Python never sees. A spell that reached JavaScript anyway could post on the
 * worker's own channel, where a verdict is not taken: it is a crash of that cast.
 */
export interface WorkerEvents {
  /** Start-up and progress, on the worker's own channel. */
  message(message: FromWorker): void;
  /** A verdict or a stepper answer, on the answer channel. */
  answer(message: FromWorker): void;
  /** The worker failed to load, threw, or exited on its own. */
  died(reason: string): void;
}

/** What starting workers takes (part of RuntimeClientOptions). */
export interface WorkerPoolOptions {
  /** Start a worker running the spell worker core and wire its events. */
  spawn(events: WorkerEvents): WorkerLike;
  /** Where the worker finds Pyodide (URL in the browser, directory in Node). */
  indexURL: string;
  /** Harness files, name -> Python source (`pyland.py`). */
  harnessFiles: Record<string, string>;
  /** Level id -> checker source. */
  checkers: Record<string, string>;
  /** Int32Array(1) over a SharedArrayBuffer, when one is available (browser: crossOriginIsolated). */
  interruptBuffer?: Int32Array;
  /**
   * A snapshot kept from an earlier session (same Pyodide build and harness): the first start
   * restores it. A promise is awaited first (a browser cache); undefined or a rejection means a cold start.
   */
  snapshot?: Uint8Array | Promise<Uint8Array | undefined>;
  /**
   * Where the first start finds the snapshot shipped with the build, when `snapshot` gave none:
   * the worker fetches it itself and boots cold when its key is not `key` (browser-runtime.ts).
   */
  shippedSnapshot?: { baseURL: string; key: string };
  /** Called once with the snapshot a cold start made, so a caller can keep it for the next session. */
  onSnapshot?(snapshot: Uint8Array): void;
  /**
   * Ask a cold start for a snapshot (default true). Making one costs the first start about a
   * second; a one-shot caller (the command line) that will not respawn skips it.
   */
  makeSnapshot?: boolean;
  startTimeoutMs?: number;
  heapLimitBytes?: number;
}

/** Measurements for the bench. Worker-side numbers are measured inside the worker. */
export interface RuntimeStats {
  /** Client clock: from creating the runtime to the first worker being ready. */
  firstReadyMs: number | null;
  /** Worker clock: the last cold start (Pyodide boot, harness import, snapshot). */
  coldStartMs: number | null;
  /** Worker clock: every start from a snapshot, oldest first. */
  restoreMs: number[];
  /** Size of the snapshot the client holds (bytes), or null without one. */
  snapshotBytes: number | null;
  /** Workers started after the first one. */
  respawns: number;
  /** Runaway spells that had to be terminated (the interrupt was not enough). */
  hardKills: number;
  /** Client clock: from terminating a runaway worker to its replacement being ready, oldest first. */
  recoveryMs: number[];
  /** Python's heap after the last cast. */
  lastHeapBytes: number | null;
}

/** What a worker sends back for a job: a verdict or a stepper answer. */
export type WorkerAnswer = Extract<FromWorker, { type: 'result' | 'tool-result' }>;

/** One worker and what is waiting on it. */
export interface Session {
  /** null only while `spawn` is still running. */
  worker: WorkerLike | null;
  /** Set before the client terminates it, so its exit is not mistaken for a crash. */
  retired: boolean;
  /**
   * This worker's own interrupt buffer (the first worker gets the one from the options): a
   * standby restoring next to a runaway spell runs Python too, and with one shared buffer it
   * could take the stop request meant for the spell.
   */
  buffer: Int32Array | undefined;
  /** The worker answered a job (a cast or a stepper tool); the waiting job checks the id. */
  onAnswer: ((message: WorkerAnswer) => void) | null;
  onDeath: ((reason: string) => void) | null;
}

export class RuntimeStartError extends Error {
  override name = 'RuntimeStartError';
}

export class WorkerPool {
  private readonly options: WorkerPoolOptions;
  /** The client's stats: the pool records starts, restores, respawns and recoveries in them. */
  private readonly stats: RuntimeStats;
  /** The first worker's progress messages, for the loading bar. */
  private readonly onStartProgress: (message: Extract<FromWorker, { type: 'progress' }>) => void;
  private readonly startTimeoutMs: number;
  private readonly heapLimit: number;
  private snapshot: Uint8Array | undefined;
  private session: Promise<Session> | null = null;
  /** A worker restored in advance while a runaway spell gets its grace period; the next replacement. */
  private standby: Promise<Session> | null = null;
  private readonly live = new Set<Session>();
  private disposed = false;
  private readonly abortStarts = new Set<() => void>();

  constructor(
    options: WorkerPoolOptions,
    stats: RuntimeStats,
    onStartProgress: (message: Extract<FromWorker, { type: 'progress' }>) => void,
  ) {
    this.options = options;
    this.stats = stats;
    this.onStartProgress = onStartProgress;
    this.startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    this.heapLimit = options.heapLimitBytes ?? HEAP_LIMIT_BYTES;
  }

  /** Start the first worker (the snapshot given, the shipped one, or cold). */
  start(): Promise<Session> {
    const first = this.startSession(true);
    this.session = first;
    return first;
  }

  /** Stop every worker, and every start under way, for good. */
  dispose(): void {
    this.disposed = true;
    for (const abort of [...this.abortStarts]) abort();
    for (const session of this.live) this.retire(session);
  }

  /**
   * A worker whose interpreter broke, or whose heap grew past the limit, is replaced after its
   * answer; so is every worker a spell ran on (`fresh`), unless the caller reuses workers.
   */
  keepOrReplace(session: Session, answer: WorkerAnswer, fresh: boolean): void {
    this.stats.lastHeapBytes = answer.heapBytes;
    if (fresh || answer.fatal === true || answer.heapBytes > this.heapLimit) this.replace(session, null);
  }

  /**
   * The worker to cast on: waits for the one being started. The first start failing is final
   * (ready rejected with the reason); a replacement that failed or died while idle is started
   * again, once per cast.
   */
  async current(): Promise<Session> {
    if (this.session === null) this.session = this.startSession(false);
    let session: Session;
    try {
      session = await this.session;
    } catch (error) {
      if (this.stats.firstReadyMs === null || this.disposed) throw error;
      session = await this.restart();
    }
    return session.retired ? this.restart() : session;
  }

  private restart(): Promise<Session> {
    this.stats.respawns += 1;
    const next = this.startSession(false);
    this.session = next;
    // a failure here fails this cast only: the next cast starts over
    next.catch(() => {
      if (this.session === next) this.session = null;
    });
    return next;
  }

  /**
   * Start restoring a replacement while a runaway spell still has its grace period, so a hard
   * kill is followed by a ready worker instead of a restore (about half a second). Kept for the
   * next replacement when the spell did stop.
   */
  prepareStandby(): void {
    if (this.standby !== null || this.snapshot === undefined || this.disposed) return;
    const standby = this.startSession(false);
    standby.catch(() => {
      if (this.standby === standby) this.standby = null;
    });
    this.standby = standby;
  }

  /** Throw `session` away; the standby or a new worker takes over (the next cast waits for it). */
  replace(session: Session, killedAt: number | null): void {
    this.retire(session);
    if (this.disposed) return;
    this.stats.respawns += 1;
    const next = this.standby ?? this.startSession(false);
    this.standby = null;
    next.then(
      () => {
        if (killedAt === null) return;
        this.stats.recoveryMs.push(Math.round(performance.now() - killedAt));
        // a kid fixing a runaway loop often casts another one: keep a standby warm from now on
        this.prepareStandby();
      },
      () => {},
    );
    this.session = next;
  }

  private retire(session: Session): void {
    session.retired = true;
    this.live.delete(session);
    session.worker?.terminate();
  }

  /** A started worker: from the snapshot when there is one (falling back to a cold start), else cold. */
  private async startSession(first: boolean): Promise<Session> {
    if (first && this.options.snapshot !== undefined) {
      this.snapshot = await Promise.resolve(this.options.snapshot).catch(() => undefined);
      this.stats.snapshotBytes = this.snapshot?.length ?? null;
    }
    if (this.snapshot !== undefined) {
      try {
        return await this.startWorker(this.snapshot, first);
      } catch (error) {
        if (this.disposed) throw error;
        // a snapshot from another Pyodide build, or a corrupt one: forget it and boot cold
        console.warn(`pyland: the memory snapshot did not restore, so Python boots cold (${(error as Error).message})`);
        this.snapshot = undefined;
        this.stats.snapshotBytes = null;
      }
    }
    if (first && this.options.shippedSnapshot !== undefined) {
      try {
        return await this.startWorker(undefined, first, this.options.shippedSnapshot);
      } catch (error) {
        if (this.disposed) throw error;
        console.warn(`pyland: the snapshot shipped with the game did not restore, so Python boots cold (${(error as Error).message})`);
      }
    }
    return this.startWorker(undefined, first);
  }

  private startWorker(snapshot: Uint8Array | undefined, first: boolean, shipped?: { baseURL: string; key: string }): Promise<Session> {
    if (this.disposed) return Promise.reject(new Error('The spell runtime was disposed.'));
    return new Promise<Session>((resolve, reject) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const buffer = this.options.interruptBuffer;
      const session: Session = {
        worker: null,
        retired: false,
        buffer: buffer === undefined || first ? buffer : newStopBuffer(),
        onAnswer: null,
        onDeath: null,
      };
      const fail = (message: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.abortStarts.delete(abort);
        this.retire(session);
        reject(new RuntimeStartError(message));
      };
      const abort = (): void => fail('The spell runtime was disposed while Python was starting.');
      this.abortStarts.add(abort);
      const died = (reason: string): void => {
        if (session.retired) return;
        if (!settled) {
          fail(`Python could not start: the worker stopped (${reason})`);
          return;
        }
        // died while idle: the next cast sees `retired` and starts a new one
        this.live.delete(session);
        session.retired = true;
        session.onDeath?.(reason);
      };
      const distrust = (why: string): void => {
        // the worker is not to be trusted any more: the job waiting on it crashed
        died(why);
        session.worker?.terminate();
      };
      session.worker = this.options.spawn({
        answer: (sent) => {
          if (session.retired) return;
          const message = checkFromWorker(sent);
          if (message === null || (message.type !== 'result' && message.type !== 'tool-result')) {
            distrust('it sent a message the school does not know');
            return;
          }
          session.onAnswer?.(message);
        },
        message: (sent) => {
          if (session.retired) return;
          const message = checkFromWorker(sent);
          if (message === null) {
            distrust('it sent a message the school does not know');
            return;
          }
          switch (message.type) {
            case 'progress':
              if (first) this.onStartProgress(message);
              break;
            case 'ready':
              if (settled) break;
              settled = true;
              clearTimeout(timer);
              this.abortStarts.delete(abort);
              if (message.restored) this.stats.restoreMs.push(message.ms);
              else this.stats.coldStartMs = message.ms;
              if (message.snapshot !== undefined && this.snapshot === undefined) {
                this.snapshot = message.snapshot;
                this.stats.snapshotBytes = message.snapshot.length;
                // the shipped one is there at every start already: nothing to keep
                if (message.shipped !== true) this.options.onSnapshot?.(message.snapshot);
              }
              resolve(session);
              break;
            case 'init-failed':
              fail(`Python could not start: ${message.message}`);
              break;
            case 'result':
            case 'tool-result':
              // a verdict never comes this way: only something that reached the worker's JavaScript posts it here
              distrust('it sent a verdict on the wrong channel');
              break;
          }
        },
        died,
      });
      this.live.add(session);
      const worker = session.worker;
      if (session.retired) {
        // it died while being spawned (fail already rejected)
        worker.terminate();
        return;
      }
      timer = setTimeout(
        () =>
          fail(
            `Python did not start within ${Math.round(this.startTimeoutMs / 1000)} s. In a browser this ` +
              "usually means the page's Content-Security-Policy lacks 'wasm-unsafe-eval' or the Pyodide " +
              'files are not served (pyodide.asm.wasm needs Content-Type application/wasm).',
          ),
        this.startTimeoutMs,
      );
      worker.postMessage({
        type: 'init',
        indexURL: this.options.indexURL,
        harnessFiles: this.options.harnessFiles,
        checkers: this.options.checkers,
        ...(session.buffer !== undefined ? { interruptBuffer: session.buffer } : {}),
        // posted without transfer, so the worker gets a copy and this one stays for the next respawn
        ...(snapshot !== undefined ? { snapshot } : { wantSnapshot: this.snapshot === undefined && this.options.makeSnapshot !== false }),
        ...(snapshot === undefined && shipped !== undefined ? { shippedSnapshot: shipped } : {}),
      });
    });
  }
}
