import type { CastResult } from '../../contracts/cast-protocol.js';

/** A verdict as the worker sends it: the client adds `ms` (and the message texts). */
export type WorkerCastResult = Omit<CastResult, 'ms'>;

function emptyResult(level: string): WorkerCastResult {
  return { level, passed: false, messages: [], output: '', error: null, interrupted: false, scene: null };
}

/** The spell was stopped for running too long. */
export function interruptedResult(level: string): WorkerCastResult {
  return { ...emptyResult(level), interrupted: true, messages: [{ key: 'errors.interrupted', params: {} }] };
}

/** The kid never types a level id: an unknown one is the school's mistake, and is reported as such. */
export function unknownLevelResult(level: string): WorkerCastResult {
  return brokenResult(level, `there is no lesson called "${level}"`);
}

/** Something went wrong that is not the spell's fault. */
export function brokenResult(level: string, detail: string): WorkerCastResult {
  return { ...emptyResult(level), messages: [{ key: 'common.checker-broken', params: { detail } }] };
}

/**
 * The worker died while the spell ran (the wasm heap could not grow, a trap): Python was
 * restarted. The spell is the likely cause, so the kid is told, kindly.
 */
export function crashedResult(level: string): WorkerCastResult {
  return { ...emptyResult(level), messages: [{ key: 'common.python-crashed', params: {} }] };
}

/**
 * The interpreter itself broke while the spell ran. The one cause a spell can reach on purpose
 * is recursion deep enough to overflow the WebAssembly stack (after raising the recursion
 * limit), so that gets the RecursionError explanation; anything else is a plain crash.
 */
export function fatalResult(level: string, detail: string): WorkerCastResult {
  if (/Maximum call stack size exceeded|too much recursion/i.test(detail)) {
    return {
      ...emptyResult(level),
      messages: [{ key: 'common.spell-crashed', params: {} }],
      error: {
        type: 'RecursionError',
        message: 'maximum recursion depth exceeded',
        line: null,
        explanation: { key: 'errors.RecursionError', params: { line: '?', type: 'RecursionError' } },
      },
    };
  }
  return crashedResult(level);
}
