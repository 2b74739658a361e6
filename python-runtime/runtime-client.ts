/**
 * The SpellRuntime every caller holds, over any worker that speaks ToWorker/FromWorker
 * (a browser Web Worker, a Node worker thread, or a fake one in unit tests).
 *
 * It owns what the worker cannot do for itself, one module each:
 *   - the workers: start-up with a time limit, the memory snapshot, a standby restoring in
 *     advance, a fresh worker after every cast (unless the caller asked to reuse one:
 *     reuseWorker), and when Python's heap grew past HEAP_LIMIT_BYTES or the worker died
 *     (worker-pool.ts);
 *   - the time limit of every job, in two stages: the interrupt buffer, then after
 *     HARD_KILL_GRACE_MS the worker is terminated and the cast comes back `interrupted: true`
 *     (two-stage-stop.ts);
 *   - the loading bar's progress (progress-easing.ts);
 *   - the kid-facing texts of the verdict (verdict-texts.ts);
 * and here: one cast or stepper tool at a time, in order, what a verdict must be to be taken,
 * and `ms`.
 *
 * `stats` (RuntimeStats) exposes start-up and recovery timings for the bench; it is not part
 * of the SpellRuntime interface.
 */
import {
  DEFAULT_TIME_LIMIT_MS,
  HARD_KILL_GRACE_MS,
  type CastRequest,
  type CastResult,
  type StepperAnswer,
  type StepperTool,
} from '../contracts/cast-protocol.js';
import { StartProgress } from './progress-easing.js';
import type { SpellRuntime } from './spell-runtime.js';
import { TwoStageStop } from './two-stage-stop.js';
import { checkCastResult } from './worker-messages.js';
import { WorkerPool, type RuntimeStats, type WorkerAnswer, type WorkerPoolOptions } from './worker-pool.js';
import { crashedResult, interruptedResult, unknownLevelResult, type WorkerCastResult } from './worker/cast-results.js';

// what callers have always imported from here
export {
  DEFAULT_START_TIMEOUT_MS,
  HEAP_LIMIT_BYTES,
  RuntimeStartError,
  type RuntimeStats,
  type WorkerEvents,
  type WorkerLike,
} from './worker-pool.js';

export interface RuntimeClientOptions extends WorkerPoolOptions {
  /**
   * Serve cast after cast on one worker (the harness puts back what it watches) instead of a
   * worker restored from the snapshot that no spell ran on for every cast. Only for callers that
   * run trusted spells, or test what outlives a cast, and need the speed: tests, the bench's
   * reuse figures, a command line that runs one spell and exits. Everywhere else (the game, any
   * library use) whatever a spell changes inside Python, in any module or object, ends with its
   * cast; a standby is kept restoring, so the next cast does not wait.
   */
  reuseWorker?: boolean;
  hardKillGraceMs?: number;
}

/** Runs the spell stepper's tools (see StepperTool in contracts/cast-protocol.ts) in the same worker as the casts. */
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

/** The time limit asked for, when it is a positive number of ms; the fallback otherwise. */
function timeLimit(asked: number | undefined, fallback: number): number {
  return asked !== undefined && Number.isFinite(asked) && asked > 0 ? asked : fallback;
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
  private readonly progress = new StartProgress();
  private readonly pool: WorkerPool;
  private readonly stopTiers: TwoStageStop;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private disposed = false;

  constructor(options: RuntimeClientOptions) {
    this.options = options;
    this.pool = new WorkerPool(options, this.stats, (message) => this.progress.workerProgress(message));
    this.stopTiers = new TwoStageStop(options.hardKillGraceMs ?? HARD_KILL_GRACE_MS, () => this.pool.prepareStandby());
    const created = performance.now();
    const first = this.pool.start();
    this.ready = first.then(
      () => {
        this.progress.stopEasing();
        this.stats.firstReadyMs = Math.round(performance.now() - created);
        this.progress.emit(1, 'ready');
        if (this.options.reuseWorker !== true) this.pool.prepareStandby();
      },
      (error: unknown) => {
        this.progress.stopEasing();
        throw error;
      },
    );
    // callers may never look at `ready`; a failed start must not become an unhandled rejection
    this.ready.catch(() => {});
  }

  onProgress(listener: (fraction: number, stage: string) => void): void {
    this.progress.onProgress(listener);
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
    this.progress.stopEasing();
    this.stopTiers.abort();
    this.pool.dispose();
  }

  private async runCast(request: CastRequest, requested: number): Promise<CastResult> {
    if (this.disposed) throw new Error('The spell runtime was disposed.');
    const finish = (result: WorkerCastResult): CastResult => ({ ...result, ms: Math.round(performance.now() - requested) });
    if (!Object.hasOwn(this.options.checkers, request.level)) return finish(unknownLevelResult(request.level));

    const session = await this.pool.current();
    const limit = timeLimit(request.timeLimitMs, DEFAULT_TIME_LIMIT_MS);
    const job = {
      type: 'cast',
      id: ++this.nextId,
      level: request.level,
      source: request.source,
      ...(request.withoutPolicy === true ? { withoutPolicy: true } : {}),
      ...(request.options === undefined ? {} : { options: request.options }),
    } as const;
    const outcome = await this.stopTiers.runJob<Extract<WorkerAnswer, { type: 'result' }>>(session, job, 'result', limit);
    switch (outcome.kind) {
      case 'disposed':
        throw new Error('The spell runtime was disposed.');
      case 'killed': {
        this.stats.hardKills += 1;
        const killed = performance.now();
        this.pool.replace(session, killed);
        return finish(interruptedResult(request.level));
      }
      case 'crashed':
        this.pool.replace(session, null);
        return finish(crashedResult(request.level));
      case 'answer': {
        // the verdict is the harness's own, carried as it came, if it is one: anything else the
        // worker sends is a crash of this cast (worker-messages.ts)
        const result = checkCastResult(outcome.message.result, request.level);
        if (result === null) {
          this.pool.replace(session, null);
          return finish(crashedResult(request.level));
        }
        const fresh = this.options.reuseWorker !== true;
        this.pool.keepOrReplace(session, outcome.message, fresh);
        // after the verdict is out: starting a worker copies the whole snapshot (tens of MB) to it
        if (fresh) setTimeout(() => this.pool.prepareStandby(), 0);
        return finish(result);
      }
    }
  }

  /** A stepper tool on the worker, with the same time limit tiers as a cast. */
  private async runToolNow<Result>(
    tool: StepperTool,
    payload: Record<string, unknown>,
    timeLimitMs: number | undefined,
  ): Promise<StepperAnswer<Result>> {
    if (this.disposed) throw new Error('The spell runtime was disposed.');
    const session = await this.pool.current();
    const limit = timeLimit(timeLimitMs, DEFAULT_TOOL_TIME_LIMIT_MS);
    const job = { type: 'tool', id: ++this.nextId, tool, payload } as const;
    const outcome = await this.stopTiers.runJob<Extract<WorkerAnswer, { type: 'tool-result' }>>(session, job, 'tool-result', limit);
    const failed = (kind: 'interrupted' | 'crashed', message: string): StepperAnswer<Result> => ({
      error: { kind, message, line: null },
    });
    switch (outcome.kind) {
      case 'disposed':
        throw new Error('The spell runtime was disposed.');
      case 'killed':
        this.stats.hardKills += 1;
        this.pool.replace(session, performance.now());
        return failed('interrupted', `the stepper was stopped: it ran longer than ${limit} ms`);
      case 'crashed':
        this.pool.replace(session, null);
        return failed('crashed', 'Python stopped while stepping and was restarted');
      case 'answer': {
        let answer: StepperAnswer<Result>;
        try {
          answer = JSON.parse(outcome.message.answer) as StepperAnswer<Result>;
        } catch {
          this.pool.replace(session, null);
          return failed('crashed', 'the stepper sent an answer that is not JSON');
        }
        this.pool.keepOrReplace(session, outcome.message, false);
        return answer;
      }
    }
  }
}
