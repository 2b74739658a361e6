/**
 * The time limit of a job on a worker (a cast or a stepper tool), in two stages. At the limit it
 * writes 2 (SIGINT) into the worker's interrupt buffer, which makes Python raise
 * KeyboardInterrupt, and has the pool start restoring a standby worker from the snapshot in case
 * the spell ignores it; if no answer arrives `graceMs` (HARD_KILL_GRACE_MS) later (a spell that
 * catches KeyboardInterrupt, or no buffer because the page is not cross-origin isolated), the job
 * is killed: the client terminates the worker, answers `interrupted`, and the standby (or a new
 * worker from the snapshot, or a cold start if the restore fails) takes over (worker-pool.ts).
 */
import type { ToWorker } from '../contracts/cast-protocol.js';
import type { Session, WorkerAnswer } from './worker-pool.js';

/** How a job on the worker ended: its answer, or stopped (killed), the worker died, or disposed. */
export type JobOutcome<Answer extends WorkerAnswer> = { kind: 'answer'; message: Answer } | { kind: 'killed' | 'crashed' | 'disposed' };

export class TwoStageStop {
  private readonly graceMs: number;
  /** Called when the stop request is written: the pool starts restoring a standby. */
  private readonly onInterrupt: () => void;
  /** Ends the job waiting now as disposed. */
  private abortJob: (() => void) | null = null;

  constructor(graceMs: number, onInterrupt: () => void) {
    this.graceMs = graceMs;
    this.onInterrupt = onInterrupt;
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
      limitTimer = setTimeout(() => {
        if (buffer === undefined) {
          settle({ kind: 'killed' });
          return;
        }
        Atomics.store(buffer, 0, 2);
        // wakes a spell sleeping in time.sleep (it waits on this buffer)
        Atomics.notify(buffer, 0);
        session.worker?.interrupt?.();
        this.onInterrupt();
        graceTimer = setTimeout(() => settle({ kind: 'killed' }), this.graceMs);
      }, limit);
      // a stop request meant for an earlier job must not hit this one
      if (buffer !== undefined) Atomics.store(buffer, 0, 0);
      session.worker?.postMessage(job);
    });
  }
}
