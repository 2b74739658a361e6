/**
 * The time limit of a job on a worker (a cast or a stepper tool), in two stages. At the limit it
 * writes 2 (SIGINT) into the worker's interrupt buffer, which makes Python raise
 * KeyboardInterrupt, and has the pool start restoring a standby worker from the snapshot in case
 * the spell ignores it; if no answer arrives `graceMs` (HARD_KILL_GRACE_MS) later (a spell that
 * catches KeyboardInterrupt, or no buffer because the page is not cross-origin isolated), the job
 * is killed: the client terminates the worker, answers `interrupted`, and the standby (or a new
 * worker from the snapshot, or a cold start if the restore fails) takes over (worker-pool.ts).
 *
 * A spell that did stop is not killed at the grace while the school is still writing its answer
 * (a Memory Lab scene of a stopped program is large): the harness writes 1 into the buffer's
 * STOP_TAKEN_SLOT once the stop request has unwound the spell's own code, and then the worker
 * gets until STOP_FINISH_MS after the interrupt. A spell that catches KeyboardInterrupt keeps
 * running and never gets there, so it is killed at the grace as before.
 *
 * The limit is the spell's time, not the school's: while the harness says it is stepping the kid's
 * code (STEPPING_SLOT, harness/pyland_clock.py), which runs many times slower than Python itself,
 * a second counts as STEPPED_SHARE of one. So the checks that explore every order of the knights
 * or read a function rune by rune do not turn an honest spell into "it ran too long" on a slow
 * computer, and a spell that never ends is still stopped, after limit / STEPPED_SHARE at most.
 */
import {
  clearStopBuffer,
  STEPPED_SHARE,
  STEPPING_SLOT,
  STOP_FINISH_MS,
  STOP_TAKEN_SLOT,
  type ToWorker,
} from '../contracts/cast-protocol.js';
import type { Session, WorkerAnswer } from './worker-pool.js';

/** How often the clock of a job looks at whether the school is stepping the kid's code. */
const CLOCK_TICK_MS = 50;

/** How a job on the worker ended: its answer, or stopped (killed), the worker died, or disposed. */
export type JobOutcome<Answer extends WorkerAnswer> = { kind: 'answer'; message: Answer } | { kind: 'killed' | 'crashed' | 'disposed' };

export class TwoStageStop {
  private readonly graceMs: number;
  /** Called when the stop request is written: the pool starts restoring a standby. */
  private readonly onInterrupt: () => void;
  /** Ends the job waiting now as disposed. */
  private abortJob: (() => void) | null = null;

  private readonly finishMs: number;

  constructor(graceMs: number, onInterrupt: () => void, finishMs = Math.max(graceMs, STOP_FINISH_MS)) {
    this.graceMs = graceMs;
    this.onInterrupt = onInterrupt;
    this.finishMs = finishMs;
  }

  /** The job waiting now, if any, ends as `disposed`. */
  abort(): void {
    this.abortJob?.();
  }

  /**
   * Posts one job and waits for its answer under the two stop tiers every job shares: past
   * `limit` ms the interrupt buffer asks Python to stop (and wakes a spell sleeping in
   * time.sleep); if Python has not answered `graceMs` later, the job is killed (the caller
   * replaces the worker). Without an interrupt buffer the limit kills at once.
   */
  runJob<Answer extends WorkerAnswer>(
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
        this.abortJob = null;
        resolve(outcome);
      };
      session.onAnswer = (message) => {
        if (message.id === job.id && message.type === answerType) settle({ kind: 'answer', message: message as Answer });
      };
      session.onDeath = () => settle({ kind: 'crashed' });
      this.abortJob = () => settle({ kind: 'disposed' });
      const atLimit = (): void => {
        if (buffer === undefined) {
          settle({ kind: 'killed' });
          return;
        }
        Atomics.store(buffer, 0, 2);
        // wakes a spell sleeping in time.sleep (it waits on this buffer)
        Atomics.notify(buffer, 0);
        session.worker?.interrupt?.();
        this.onInterrupt();
        graceTimer = setTimeout(() => {
          if (buffer.length <= STOP_TAKEN_SLOT || Atomics.load(buffer, STOP_TAKEN_SLOT) !== 1) {
            settle({ kind: 'killed' });
            return;
          }
          // the spell stopped; the school is writing its answer
          graceTimer = setTimeout(() => settle({ kind: 'killed' }), this.finishMs - this.graceMs);
        }, this.graceMs);
      };
      if (job.type === 'cast' && buffer !== undefined && buffer.length > STEPPING_SLOT) {
        // the limit counts the spell's time: a stepped second as STEPPED_SHARE of one, looked at
        // every CLOCK_TICK_MS (a tick counts as what the harness said at its end). A stepper
        // tool is all stepping, and its limit is its own: counted whole
        let used = 0;
        let last = Date.now();
        const tick = (): void => {
          const now = Date.now();
          // (a clock set back during a cast counts that tick as nothing, never as time given back)
          used += Math.max(0, now - last) * (Atomics.load(buffer, STEPPING_SLOT) === 1 ? STEPPED_SHARE : 1);
          last = now;
          if (used >= limit) atLimit();
          else limitTimer = setTimeout(tick, Math.min(CLOCK_TICK_MS, limit - used));
        };
        limitTimer = setTimeout(tick, Math.min(CLOCK_TICK_MS, limit));
      } else {
        limitTimer = setTimeout(atLimit, limit);
      }
      // a stop request meant for an earlier job must not hit this one (nor the harness's reports)
      if (buffer !== undefined) clearStopBuffer(buffer);
      session.worker?.postMessage(job);
    });
  }
}
