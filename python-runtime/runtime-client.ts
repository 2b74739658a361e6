/**
 * The SpellRuntime every caller holds, over any worker that speaks ToWorker/FromWorker
 * (a browser Web Worker, a Node worker thread, or a fake one in unit tests).
 *
 * It owns what the worker cannot do for itself:
 *   - start-up: the ready promise (with a time limit: Pyodide can hang forever when the page's
 *     CSP lacks 'wasm-unsafe-eval'), progress for the loading bar, and the memory snapshot the
 *     first cold start sends back;
 *   - one cast at a time, in order;
 *   - the time limit: at the limit it writes 2 (SIGINT) into the worker's interrupt buffer, which
 *     makes Python raise KeyboardInterrupt, and starts restoring a standby worker from the
 *     snapshot in case the spell ignores it; if no verdict arrives HARD_KILL_GRACE_MS later (a
 *     spell that catches KeyboardInterrupt, or no buffer because the page is not cross-origin
 *     isolated), the worker is terminated, the cast comes back `interrupted: true`, and the
 *     standby (or a new worker from the snapshot, or a cold start if the restore fails) takes over;
 *   - a fresh worker after every cast (unless the caller asked to reuse one: reuseWorker), and
 *     when Python's heap grew past HEAP_LIMIT_BYTES (it never shrinks) or the worker died;
 *   - the kid-facing texts of the verdict (formatMessage) and `ms`.
 *
 * `stats` (RuntimeStats) exposes start-up and recovery timings for the bench; it is not part
 * of the SpellRuntime interface.
 */
import { formatMessage } from '../game/messages/format.js';
import {
  DEFAULT_TIME_LIMIT_MS,
  HARD_KILL_GRACE_MS,
  type CastRequest,
  type CastResult,
  type FromWorker,
  type KidMessage,
  type StepperAnswer,
  type StepperTool,
  type ToWorker,
} from './protocol.js';
import type { SpellRuntime } from './spell-runtime.js';
import { checkCastResult, checkFromWorker } from './worker-messages.js';
import { crashedResult, interruptedResult, unknownLevelResult, type WorkerCastResult } from './worker/cast-results.js';

/** Python's wasm heap never shrinks: past this a fresh worker replaces the grown one. */
export const HEAP_LIMIT_BYTES = 256 * 1024 * 1024;
/** How long the first start may take before the runtime gives up with a clear message. */
export const DEFAULT_START_TIMEOUT_MS = 45_000;
/**
 * How long the silent boot stage usually takes, to ease the loading bar through it
 * (measured: cold 2.3-2.7 s in a Node worker, 2.7-6 s in a Chromium worker; a restore 0.4-0.9 s).
 */
const EXPECTED_BOOT_MS = { cold: 4000, restore: 800 } as const;
/** The boot stage covers 0.1 -> 0.8 of the bar; easing never passes this, the worker's next message does. */
const BOOT_EASING_CAP = 0.75;

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

export interface RuntimeClientOptions {
  /** Start a worker running the spell worker core and wire its events. */
  spawn(events: WorkerEvents): WorkerLike;
  /** Where the worker finds Pyodide (URL in the browser, directory in Node). */
  indexURL: string;
  /** Harness files, name -> Python source (`pyland.py`). */
  harnessFiles: Record<string, string>;
  /** Level id -> checker source. */
  checkers: Record<string, string>;
  /**
   * Serve cast after cast on one worker (the harness puts back what it watches) instead of a
   * worker restored from the snapshot that no spell ran on for every cast. Only for callers that
   * run trusted spells, or test what outlives a cast, and need the speed: tests, the bench's
   * reuse figures, a command line that runs one spell and exits. Everywhere else (the game, any
   * library use) whatever a spell changes inside Python, in any module or object, ends with its
   * cast; a standby is kept restoring, so the next cast does not wait.
   */
  reuseWorker?: boolean;
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
  hardKillGraceMs?: number;
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

/** Runs the spell stepper's tools (see StepperTool in protocol.ts) in the same worker as the casts. */
export interface StepperRuntime {
  /**
   * Run one stepper tool. Never throws for anything the spell does: a runaway run comes back as
   * `{error: {kind: 'interrupted'}}` after `timeLimitMs` (default DEFAULT_TOOL_TIME_LIMIT_MS).
   */
  runTool<Result = Record<string, unknown>>(
    tool: StepperTool,
    payload: Record<string, unknown>,
    options?: { timeLimitMs?: number },
  ): Promise<StepperAnswer<Result>>;
}

export type MeasuredSpellRuntime = SpellRuntime & StepperRuntime & { readonly stats: RuntimeStats };

/** Stepping and exploring take longer than a cast: the default time limit of a stepper tool. */
export const DEFAULT_TOOL_TIME_LIMIT_MS = 20_000;

/** One worker and what is waiting on it. */
interface Session {
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

type WorkerAnswer = Extract<FromWorker, { type: 'result' | 'tool-result' }>;

/** How a job on the worker ended: its answer, or stopped (killed), the worker died, or disposed. */
type JobOutcome<Answer extends WorkerAnswer> = { kind: 'answer'; message: Answer } | { kind: 'killed' | 'crashed' | 'disposed' };

/** The time limit asked for, when it is a positive number of ms; the fallback otherwise. */
function timeLimit(asked: number | undefined, fallback: number): number {
  return asked !== undefined && Number.isFinite(asked) && asked > 0 ? asked : fallback;
}

export class RuntimeStartError extends Error {
  override name = 'RuntimeStartError';
}

export class RuntimeClient implements MeasuredSpellRuntime {
  readonly ready: Promise<void>;
  readonly stats: RuntimeStats = {
    firstReadyMs: null,
    coldStartMs: null,
    restoreMs: [],
    snapshotBytes: null,
    respawns: 0,
    hardKills: 0,
    recoveryMs: [],
    lastHeapBytes: null,
  };

  private readonly options: RuntimeClientOptions;
  private readonly startTimeoutMs: number;
  private readonly graceMs: number;
  private readonly heapLimit: number;
  private snapshot: Uint8Array | undefined;
  private session: Promise<Session> | null;
  /** A worker restored in advance while a runaway spell gets its grace period; the next replacement. */
  private standby: Promise<Session> | null = null;
  private readonly live = new Set<Session>();
  private readonly progressListeners: ((fraction: number, stage: string) => void)[] = [];
  private lastProgress: { fraction: number; stage: string } = { fraction: 0, stage: 'starting' };
  private easing: ReturnType<typeof setInterval> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private disposed = false;
  private abortCast: (() => void) | null = null;
  private readonly abortStarts = new Set<() => void>();

  constructor(options: RuntimeClientOptions) {
    this.options = options;
    this.startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    this.graceMs = options.hardKillGraceMs ?? HARD_KILL_GRACE_MS;
    this.heapLimit = options.heapLimitBytes ?? HEAP_LIMIT_BYTES;
    const created = performance.now();
    const first = this.startSession(true);
    this.session = first;
    this.ready = first.then(
      () => {
        this.stopEasing();
        this.stats.firstReadyMs = Math.round(performance.now() - created);
        this.emitProgress(1, 'ready');
        if (this.options.reuseWorker !== true) this.prepareStandby();
      },
      (error: unknown) => {
        this.stopEasing();
        throw error;
      },
    );
    // callers may never look at `ready`; a failed start must not become an unhandled rejection
    this.ready.catch(() => {});
  }

  onProgress(listener: (fraction: number, stage: string) => void): void {
    this.progressListeners.push(listener);
    listener(this.lastProgress.fraction, this.lastProgress.stage);
  }

  cast(request: CastRequest): Promise<CastResult> {
    if (this.disposed) return Promise.reject(new Error('The spell runtime was disposed.'));
    const requested = performance.now();
    const run = this.queue.then(() => this.runCast(request, requested));
    this.queue = run.catch(() => {});
    return run;
  }

  runTool<Result = Record<string, unknown>>(
    tool: StepperTool,
    payload: Record<string, unknown>,
    options: { timeLimitMs?: number } = {},
  ): Promise<StepperAnswer<Result>> {
    if (this.disposed) return Promise.reject(new Error('The spell runtime was disposed.'));
    const run = this.queue.then(() => this.runToolNow<Result>(tool, payload, options.timeLimitMs));
    this.queue = run.catch(() => {});
    return run;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stopEasing();
    this.abortCast?.();
    for (const abort of [...this.abortStarts]) abort();
    for (const session of this.live) this.retire(session);
  }

  private async runCast(request: CastRequest, requested: number): Promise<CastResult> {
    if (this.disposed) throw new Error('The spell runtime was disposed.');
    const finish = (result: WorkerCastResult): CastResult => withTexts({ ...result, ms: Math.round(performance.now() - requested) });
    if (!Object.hasOwn(this.options.checkers, request.level)) return finish(unknownLevelResult(request.level));

    const session = await this.currentSession();
    const limit = timeLimit(request.timeLimitMs, DEFAULT_TIME_LIMIT_MS);
    const job = {
      type: 'cast',
      id: ++this.nextId,
      level: request.level,
      source: request.source,
      ...(request.withoutPolicy === true ? { withoutPolicy: true } : {}),
    } as const;
    const outcome = await this.runJob<Extract<WorkerAnswer, { type: 'result' }>>(session, job, 'result', limit);
    switch (outcome.kind) {
      case 'disposed':
        throw new Error('The spell runtime was disposed.');
      case 'killed': {
        this.stats.hardKills += 1;
        const killed = performance.now();
        this.replace(session, killed);
        return finish(interruptedResult(request.level));
      }
      case 'crashed':
        this.replace(session, null);
        return finish(crashedResult(request.level));
      case 'answer': {
        // the verdict is the harness's own, carried as it came, if it is one: anything else the
        // worker sends is a crash of this cast (worker-messages.ts)
        const result = checkCastResult(outcome.message.result, request.level);
        if (result === null) {
          this.replace(session, null);
          return finish(crashedResult(request.level));
        }
        const fresh = this.options.reuseWorker !== true;
        this.keepOrReplace(session, outcome.message, fresh);
        // after the verdict is out: starting a worker copies the whole snapshot (tens of MB) to it
        if (fresh) setTimeout(() => this.prepareStandby(), 0);
        return finish(result);
      }
    }
  }

  /**
   * Posts one job and waits for its answer under the two stop tiers every job shares: past
   * `limit` ms the interrupt buffer asks Python to stop (and wakes a spell sleeping in
   * time.sleep); if Python has not answered `graceMs` later, the job is killed (the caller
   * replaces the worker). Without an interrupt buffer the limit kills at once.
   */
  private runJob<Answer extends WorkerAnswer>(
    session: Session,
    job: Extract<ToWorker, { type: 'cast' | 'tool' }>,
    answerType: Answer['type'],
    limit: number,
  ): Promise<JobOutcome<Answer>> {
    const buffer = session.buffer;
    return new Promise<JobOutcome<Answer>>((resolve) => {
      let limitTimer: ReturnType<typeof setTimeout> | undefined;
      let graceTimer: ReturnType<typeof setTimeout> | undefined;
      const settle = (outcome: JobOutcome<Answer>): void => {
        clearTimeout(limitTimer);
        clearTimeout(graceTimer);
        session.onAnswer = null;
        session.onDeath = null;
        this.abortCast = null;
        resolve(outcome);
      };
      session.onAnswer = (message) => {
        if (message.id === job.id && message.type === answerType) settle({ kind: 'answer', message: message as Answer });
      };
      session.onDeath = () => settle({ kind: 'crashed' });
      this.abortCast = () => settle({ kind: 'disposed' });
      limitTimer = setTimeout(() => {
        if (buffer === undefined) {
          settle({ kind: 'killed' });
          return;
        }
        Atomics.store(buffer, 0, 2);
        // wakes a spell sleeping in time.sleep (it waits on this buffer)
        Atomics.notify(buffer, 0);
        session.worker?.interrupt?.();
        this.prepareStandby();
        graceTimer = setTimeout(() => settle({ kind: 'killed' }), this.graceMs);
      }, limit);
      // a stop request meant for an earlier job must not hit this one
      if (buffer !== undefined) Atomics.store(buffer, 0, 0);
      session.worker?.postMessage(job);
    });
  }

  /**
   * A worker whose interpreter broke, or whose heap grew past the limit, is replaced after its
   * answer; so is every worker a spell ran on (`fresh`), unless the caller reuses workers.
   */
  private keepOrReplace(session: Session, answer: WorkerAnswer, fresh: boolean): void {
    this.stats.lastHeapBytes = answer.heapBytes;
    if (fresh || answer.fatal === true || answer.heapBytes > this.heapLimit) this.replace(session, null);
  }

  /** A stepper tool on the worker, with the same time limit tiers as a cast. */
  private async runToolNow<Result>(
    tool: StepperTool,
    payload: Record<string, unknown>,
    timeLimitMs: number | undefined,
  ): Promise<StepperAnswer<Result>> {
    if (this.disposed) throw new Error('The spell runtime was disposed.');
    const session = await this.currentSession();
    const limit = timeLimit(timeLimitMs, DEFAULT_TOOL_TIME_LIMIT_MS);
    const job = { type: 'tool', id: ++this.nextId, tool, payload } as const;
    const outcome = await this.runJob<Extract<WorkerAnswer, { type: 'tool-result' }>>(session, job, 'tool-result', limit);
    const failed = (kind: 'interrupted' | 'crashed', message: string): StepperAnswer<Result> => ({
      error: { kind, message, line: null },
    });
    switch (outcome.kind) {
      case 'disposed':
        throw new Error('The spell runtime was disposed.');
      case 'killed':
        this.stats.hardKills += 1;
        this.replace(session, performance.now());
        return failed('interrupted', `the stepper was stopped: it ran longer than ${limit} ms`);
      case 'crashed':
        this.replace(session, null);
        return failed('crashed', 'Python stopped while stepping and was restarted');
      case 'answer': {
        let answer: StepperAnswer<Result>;
        try {
          answer = JSON.parse(outcome.message.answer) as StepperAnswer<Result>;
        } catch {
          this.replace(session, null);
          return failed('crashed', 'the stepper sent an answer that is not JSON');
        }
        this.keepOrReplace(session, outcome.message, false);
        return answer;
      }
    }
  }

  /**
   * The worker to cast on: waits for the one being started. The first start failing is final
   * (ready rejected with the reason); a replacement that failed or died while idle is started
   * again, once per cast.
   */
  private async currentSession(): Promise<Session> {
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
  private prepareStandby(): void {
    if (this.standby !== null || this.snapshot === undefined || this.disposed) return;
    const standby = this.startSession(false);
    standby.catch(() => {
      if (this.standby === standby) this.standby = null;
    });
    this.standby = standby;
  }

  /** Throw `session` away; the standby or a new worker takes over (the next cast waits for it). */
  private replace(session: Session, killedAt: number | null): void {
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
        buffer: buffer === undefined || first ? buffer : new Int32Array(new SharedArrayBuffer(4)),
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
              if (first) this.workerProgress(message);
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

  /**
   * A progress message of the first worker. The boot stage is silent and blocks the worker's
   * thread, so from its start the client moves the bar itself, easing towards the stage's end
   * with the usual boot time, until the worker reports the next stage.
   */
  private workerProgress(message: Extract<FromWorker, { type: 'progress' }>): void {
    clearInterval(this.easing);
    this.easing = undefined;
    const fraction = Math.min(message.fraction, 0.99);
    this.emitProgress(fraction, message.stage);
    if (message.stage === 'loading-harness' || fraction < 0.1) return;
    const started = performance.now();
    const expected = message.stage === 'restoring' ? EXPECTED_BOOT_MS.restore : EXPECTED_BOOT_MS.cold;
    this.easing = setInterval(() => {
      const eased = 1 - Math.exp(-(performance.now() - started) / expected);
      this.emitProgress(fraction + (BOOT_EASING_CAP - fraction) * eased, message.stage);
    }, 200);
  }

  private stopEasing(): void {
    clearInterval(this.easing);
    this.easing = undefined;
  }

  private emitProgress(fraction: number, stage: string): void {
    // never backwards (a failed restore followed by a cold start would start over at 0)
    fraction = Math.max(fraction, this.lastProgress.fraction);
    this.lastProgress = { fraction, stage };
    for (const listener of this.progressListeners) listener(fraction, stage);
  }
}

function withText(message: KidMessage): KidMessage {
  return { ...message, text: formatMessage(message.key, message.params ?? {}) };
}

/** Fill every kid-facing text from the message catalogue. */
export function withTexts(result: CastResult): CastResult {
  return {
    ...result,
    messages: result.messages.map(withText),
    error: result.error === null ? null : { ...result.error, explanation: withText(result.error.explanation) },
  };
}
