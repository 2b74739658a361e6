/**
 * Every message a spell worker sends, checked field by field before the client uses it.
 *
 * A worker runs a kid's spell, so the client trusts nothing it says: a message of an unknown
 * kind, a field of the wrong type (a BigInt delta, a NaN, an object where a string goes), or a
 * size past what the harness ever sends (it cuts output at OUTPUT_LIMIT_CHARS) is not a result.
 * The client treats it as a crash of the job it was waiting for (runtime-client.ts). Output is
 * cut here too, the same way the harness cuts it, so even a worker that broke the harness
 * cannot flood the page with text.
 */
import { OUTPUT_CUT_MARKER, OUTPUT_LIMIT_CHARS, type FromWorker, type KidMessage, type SpellError } from '../contracts/cast-protocol.js';
import type { WorkerCastResult } from './worker/cast-results.js';

/** The most a verdict says: no checker sends more than a handful of messages. */
const MAX_MESSAGES = 40;
/** A message's catalogue key, and each of its parameters (a construct, a name, a list of labels). */
const MAX_KEY_CHARS = 200;
const MAX_PARAM_CHARS = 2000;
const MAX_PARAMS = 24;
const MAX_LIST_ITEMS = 64;
/** A Python error's type name and message as the harness reports them. */
const MAX_ERROR_TYPE_CHARS = 200;
const MAX_ERROR_MESSAGE_CHARS = 4000;
/** A scene is plain data of bounded size: its whole JSON, and how deep it nests. */
const MAX_SCENE_JSON_CHARS = 1_000_000;
/** The Memory Lab's scene holds up to 2,000 steps of a program's memory (harness/pyland_lab.py keeps under it). */
const MAX_LAB_SCENE_JSON_CHARS = 4_000_000;
const MAX_SCENE_DEPTH = 12;
/** A stepper answer (JSON made in Python): runs and races are bigger than verdicts. */
const MAX_TOOL_ANSWER_CHARS = 8_000_000;

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function hasOnly(value: Record_, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

/** A list parameter (names of holders, spirits): a few short texts, joined by the language. */
function isTextList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.length <= MAX_LIST_ITEMS && value.every((item) => isText(item, MAX_PARAM_CHARS));
}

function kidMessage(value: unknown): KidMessage | null {
  if (!isRecord(value) || !hasOnly(value, ['key', 'params']) || !isText(value['key'], MAX_KEY_CHARS)) return null;
  const params = value['params'];
  if (params === undefined) return { key: value['key'] };
  if (!isRecord(params) || Object.keys(params).length > MAX_PARAMS) return null;
  const checked: Record<string, string | number | readonly string[]> = {};
  for (const [name, param] of Object.entries(params)) {
    if (isText(param, MAX_PARAM_CHARS) || (typeof param === 'number' && Number.isFinite(param))) checked[name] = param;
    else if (isTextList(param)) checked[name] = [...param];
    else return null;
  }
  return { key: value['key'], params: checked };
}

function spellError(value: unknown): SpellError | null | undefined {
  if (value === null) return null;
  if (!isRecord(value) || !hasOnly(value, ['type', 'message', 'line', 'column', 'length', 'explanation'])) return undefined;
  const { type, message, line, column, length } = value;
  const explanation = kidMessage(value['explanation']);
  if (!isText(type, MAX_ERROR_TYPE_CHARS) || !isText(message, MAX_ERROR_MESSAGE_CHARS) || explanation === null) return undefined;
  if (!(line === null || (isCount(line) && line > 0))) return undefined;
  const error: SpellError = { type, message, line, explanation };
  for (const [name, at] of [
    ['column', column],
    ['length', length],
  ] as const) {
    if (at === undefined) continue;
    if (!isCount(at) || at < 1) return undefined;
    error[name] = at;
  }
  return error;
}

/** Plain JSON data (what a checker's scene is): finite numbers, bounded nesting, no other types. */
function isPlainData(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth >= MAX_SCENE_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  if (!isRecord(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((item) => isPlainData(item, depth + 1));
}

function scene(value: unknown): WorkerCastResult['scene'] | undefined {
  if (value === null) return null;
  if (!isRecord(value) || !isText(value['kind'], 40) || !isPlainData(value, 0)) return undefined;
  if (JSON.stringify(value).length > (value['kind'] === 'lab' ? MAX_LAB_SCENE_JSON_CHARS : MAX_SCENE_JSON_CHARS)) return undefined;
  return value as WorkerCastResult['scene'];
}

/** The harness's own cut: at most OUTPUT_LIMIT_CHARS of what the spell printed, then the marker. */
export function cappedOutput(output: string): string {
  if (output.length <= OUTPUT_LIMIT_CHARS + OUTPUT_CUT_MARKER.length) return output;
  return output.slice(0, OUTPUT_LIMIT_CHARS) + OUTPUT_CUT_MARKER;
}

/** A verdict exactly as the protocol describes it (the level's id must be the one cast), or null. */
export function checkCastResult(value: unknown, level: string): WorkerCastResult | null {
  if (!isRecord(value) || !hasOnly(value, ['level', 'passed', 'messages', 'output', 'error', 'interrupted', 'scene'])) return null;
  const { passed, interrupted, output } = value;
  if (value['level'] !== level || typeof passed !== 'boolean' || typeof interrupted !== 'boolean' || typeof output !== 'string')
    return null;
  const rawMessages = value['messages'];
  if (!Array.isArray(rawMessages) || rawMessages.length > MAX_MESSAGES) return null;
  const messages = rawMessages.map(kidMessage);
  if (messages.some((message) => message === null)) return null;
  const error = spellError(value['error']);
  const drawn = scene(value['scene']);
  if (error === undefined || drawn === undefined) return null;
  return { level, passed, messages: messages as KidMessage[], output: cappedOutput(output), error, interrupted, scene: drawn };
}

/**
 * A message from a worker in the shape FromWorker says, or null. Results are checked by
 * checkCastResult when the client knows which cast they answer; here only their envelope.
 */
export function checkFromWorker(value: unknown): FromWorker | null {
  if (!isRecord(value)) return null;
  switch (value['type']) {
    case 'progress': {
      const { stage, fraction } = value;
      const stages = ['loading-python', 'restoring', 'loading-harness'];
      if (typeof stage !== 'string' || !stages.includes(stage) || typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1))
        return null;
      return { type: 'progress', stage: stage as Extract<FromWorker, { type: 'progress' }>['stage'], fraction };
    }
    case 'ready': {
      const { restored, ms, snapshot, shipped } = value;
      if (typeof restored !== 'boolean' || !isCount(ms)) return null;
      if (snapshot !== undefined && !(snapshot instanceof Uint8Array)) return null;
      if (shipped !== undefined && typeof shipped !== 'boolean') return null;
      return {
        type: 'ready',
        restored,
        ms,
        ...(snapshot !== undefined ? { snapshot } : {}),
        ...(shipped !== undefined ? { shipped } : {}),
      };
    }
    case 'init-failed':
      return isText(value['message'], MAX_ERROR_MESSAGE_CHARS) ? { type: 'init-failed', message: value['message'] } : null;
    case 'result': {
      const { id, heapBytes, fatal, result } = value;
      if (!isCount(id) || !isCount(heapBytes) || (fatal !== undefined && typeof fatal !== 'boolean') || !isRecord(result)) return null;
      return { type: 'result', id, heapBytes, result: result as unknown as WorkerCastResult, ...(fatal !== undefined ? { fatal } : {}) };
    }
    case 'tool-result': {
      const { id, heapBytes, fatal, answer } = value;
      if (
        !isCount(id) ||
        !isCount(heapBytes) ||
        (fatal !== undefined && typeof fatal !== 'boolean') ||
        !isText(answer, MAX_TOOL_ANSWER_CHARS)
      )
        return null;
      return { type: 'tool-result', id, heapBytes, answer, ...(fatal !== undefined ? { fatal } : {}) };
    }
    default:
      return null;
  }
}
