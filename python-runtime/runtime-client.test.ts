import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../contracts/cast-protocol.js';
import type { WorkerCastResult } from './worker/cast-results.js';
import { FakeWorker, buffer, client, readyClient, settle, useFakeWorkers, verdict, workers, SNAPSHOT } from './fake-spell-worker.js';
import { translatorFor } from '../game/messages/translator.js';
import { messageText } from './verdict-texts.js';
import type { KidMessage } from '../contracts/cast-protocol.js';

/** The runtime sends keys only: the tests read them in English. */
const textOf = (message: KidMessage) => messageText(message, translatorFor('en'));

useFakeWorkers();

describe('starting', () => {
  it('sends the harness, checkers and interrupt buffer, asks for a snapshot, and reports progress up to 1', async () => {
    const runtime = client();
    const seen: [number, string][] = [];
    runtime.onProgress((fraction, stage) => seen.push([fraction, stage]));
    const worker = workers[0]!;
    expect(worker.init).toMatchObject({
      indexURL: '/pyodide/',
      harnessFiles: { 'pyland.py': '# harness' },
      checkers: { 'refcount/test': '# checker' },
      wantSnapshot: true,
    });
    expect(worker.init.interruptBuffer).toBe(buffer);
    worker.send({ type: 'progress', stage: 'loading-python', fraction: 0.4 });
    worker.send({ type: 'ready', restored: false, ms: 2500, snapshot: SNAPSHOT });
    await runtime.ready;
    expect(seen).toEqual([
      [0, 'starting'],
      [0.4, 'loading-python'],
      [1, 'ready'],
    ]);
    expect(runtime.stats).toMatchObject({ coldStartMs: 2500, snapshotBytes: 4, respawns: 0 });
  });
});

describe('casting', () => {
  it('runs casts one at a time, in order, and fills the kid-facing texts', async () => {
    const runtime = await readyClient();
    const worker = workers[0]!;
    const first = runtime.cast({ level: 'refcount/test', source: 'a = 1' });
    const second = runtime.cast({ level: 'refcount/test', source: 'b = 2' });
    await settle();
    expect(worker.casts.map((cast) => cast.source)).toEqual(['a = 1']);
    worker.answer({
      passed: false,
      messages: [{ key: 'common.spell-crashed', params: {} }],
      error: {
        type: 'NameError',
        message: "name 'hta' is not defined",
        line: 3,
        explanation: { key: 'errors.NameError', params: { line: 3, type: 'NameError' } },
      },
    });
    const firstResult = await first;
    expect(textOf(firstResult.messages[0]!)).toBe('The spell stopped with an error before it was finished.');
    expect(textOf(firstResult.error!.explanation)).toContain('at line 3');
    await settle();
    expect(worker.casts.map((cast) => cast.source)).toEqual(['a = 1', 'b = 2']);
    worker.answer();
    expect((await second).passed).toBe(true);
  });

  it("hands a Lab view's options to the worker with the cast, and none when there are none", async () => {
    const runtime = await readyClient();
    const worker = workers[0]!;
    const asked = runtime.cast({ level: 'refcount/test', source: 'a = 1', options: { threads: ['left', 'right'], mode: 'gil' } });
    await settle();
    expect(worker.casts[0]!.options).toEqual({ threads: ['left', 'right'], mode: 'gil' });
    worker.answer();
    await asked;
    const plain = runtime.cast({ level: 'refcount/test', source: 'b = 2' });
    await settle();
    expect(worker.casts[1]!).not.toHaveProperty('options');
    worker.answer();
    await plain;
  });

  it('answers an unknown level with a clear message without asking Python', async () => {
    const runtime = await readyClient();
    const result = await runtime.cast({ level: 'refcount/nope', source: 'x = 1' });
    expect(result.passed).toBe(false);
    expect(textOf(result.messages[0]!)).toContain('there is no lesson called "refcount/nope"');
    expect(workers[0]!.casts).toEqual([]);
  });

  it('stops everything on dispose: the worker ends and later casts are refused', async () => {
    const runtime = await readyClient();
    const pending = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    runtime.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
    expect(workers[0]!.terminated).toBe(true);
    await expect(runtime.cast({ level: 'refcount/test', source: 'x = 1' })).rejects.toThrow(/disposed/);
  });
});

describe('stepper tools', () => {
  function lastTool(worker: FakeWorker): Extract<ToWorker, { type: 'tool' }> {
    const tool = worker.posted.findLast((message) => message.type === 'tool');
    if (tool?.type !== 'tool') throw new Error('no tool posted');
    return tool;
  }

  it('answers with what the worker stepped, and ignores a cast answer that carries the same id', async () => {
    const runtime = await readyClient();
    const worker = workers[0]!;
    const stepped = runtime.runTool<{ returned: string }>('step', { source: 'def f(): return 1', call: 'f' });
    await settle();
    const tool = lastTool(worker);
    worker.sendAnswer({ type: 'result', id: tool.id, heapBytes: 1, result: verdict('refcount/test') });
    worker.sendAnswer({ type: 'tool-result', id: tool.id, heapBytes: 1, answer: JSON.stringify({ returned: '1' }) });
    expect(await stepped).toEqual({ returned: '1' });
  });
});

describe("the verdict is the harness's", () => {
  it("carries the harness's verdict as it is (its policy refused a door before anything ran)", async () => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cheat = runtime.cast({ level: 'refcount/test', source: 'import sys\nsys._getframe().f_back.f_locals["before"] -= 1\n' });
    await settle();
    first.answer({ passed: false, messages: [{ key: 'common.closed-door', params: { doors: '._getframe', line: 2 } }] });
    const result = await cheat;
    expect(result.passed).toBe(false);
    expect(textOf(result.messages[0]!)).toContain('Line 2 uses ._getframe');
  });

  it('never turns a pass into a refusal for the words a spell contains', async () => {
    const runtime = await readyClient();
    const honest = runtime.cast({
      level: 'refcount/test',
      source: 'modules = "the hat\'s modules"\nprint("let me inspect the traceback")\nmy_hat = hat\n',
    });
    await settle();
    workers[0]!.answer();
    expect((await honest).passed).toBe(true);
  });

  it('keeps the worker after an ordinary spell', async () => {
    const runtime = await readyClient();
    const plain = runtime.cast({ level: 'refcount/test', source: 'my_hat = hat' });
    await settle();
    workers[0]!.answer();
    expect((await plain).passed).toBe(true);
    expect(workers[0]!.terminated).toBe(false);
    expect(workers).toHaveLength(1);
  });
});

/*
 * A worker runs a kid's spell, so nothing it sends is trusted (worker-messages.ts): a message the
 * protocol does not describe, a field of the wrong type or a size past what the harness sends is
 * a crash of the cast it answers, never a verdict, and the worker is replaced.
 */
describe('what a worker sends is checked before it is believed', () => {
  const malformed: [string, Record<string, unknown>][] = [
    ['a BigInt where a delta goes', { messages: [{ key: 'levels.refcount/test.msg.moved', params: { delta: 1n } }] }],
    ['passed as a word', { passed: 'yes' }],
    ['a verdict for another lesson', { level: 'refcount/other' }],
    ['a field the protocol does not have', { forged: true }],
    ['a scene that is not plain data', { scene: { kind: 'tally', objects: [{ delta: Number.NaN }] } }],
    ['a scene nested without end', { scene: { kind: 'tally', deep: JSON.parse('['.repeat(40) + ']'.repeat(40)) as unknown } }],
    ['an error without an explanation', { error: { type: 'NameError', message: 'x', line: 2 } }],
    ['a thousand messages', { messages: Array.from({ length: 1000 }, () => ({ key: 'common.tampered' })) }],
  ];

  it.each(malformed)('a result with %s is a crash of that cast, and the worker is replaced', async (_what, fields) => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    first.sendAnswer({
      type: 'result',
      id: first.casts[0]!.id,
      heapBytes: 1000,
      result: { ...verdict('refcount/test'), ...fields } as WorkerCastResult,
    });
    const result = await cast;
    expect(result.passed).toBe(false);
    expect(result.messages.map((message) => message.key)).toEqual(['common.python-crashed']);
    expect(first.terminated).toBe(true);
    // the cast after it runs on a worker restored from the snapshot
    const next = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    const fresh = workers.at(-1)!;
    expect(fresh).not.toBe(first);
    fresh.send({ type: 'ready', restored: true, ms: 300 });
    await settle();
    fresh.answer();
    expect((await next).passed).toBe(true);
  });

  it("a verdict on the worker's own channel (where only a spell that reached its JavaScript could post one) is a crash, never a pass", async () => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    first.send({ type: 'result', id: first.casts[0]!.id, heapBytes: 1, result: verdict('refcount/test') });
    first.sendAnswer({ type: 'result', id: first.casts[0]!.id, heapBytes: 1, result: verdict('refcount/test') });
    const result = await cast;
    expect(result.passed).toBe(false);
    expect(result.messages.map((message) => message.key)).toEqual(['common.python-crashed']);
    expect(first.terminated).toBe(true);
  });

  it('a message of a kind the protocol does not know, while a cast waits, is a crash of that cast', async () => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    first.events.message({ type: 'verdict', passed: true } as unknown as FromWorker);
    expect((await cast).messages.map((message) => message.key)).toEqual(['common.python-crashed']);
    expect(first.terminated).toBe(true);
  });

  it('an answer with the wrong id is not taken for the cast, and a result with a word for an id is a crash', async () => {
    const runtime = await readyClient();
    const first = workers[0]!;
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    first.sendAnswer({ type: 'result', id: 999, heapBytes: 1, result: verdict('refcount/test') });
    first.events.answer({ type: 'result', id: 'all', heapBytes: 1, result: verdict('refcount/test') } as unknown as FromWorker);
    expect((await cast).messages.map((message) => message.key)).toEqual(['common.python-crashed']);
  });

  it('cuts output the way the harness does: 3 MB of printing shows 8,000 characters and the note', async () => {
    const runtime = await readyClient();
    const cast = runtime.cast({ level: 'refcount/test', source: 'x = 1' });
    await settle();
    workers[0]!.answer({ output: 'spam '.repeat(600_000) });
    const result = await cast;
    expect(result.passed).toBe(true);
    expect(result.output.length).toBe(8000 + '\n… (the rest of the output was cut: too much printing!)'.length);
    expect(result.output.endsWith('too much printing!)')).toBe(true);
  });

  it('a start message out of shape fails the start with a clear reason', async () => {
    const runtime = client();
    workers[0]!.events.message({ type: 'ready', restored: 'yes', ms: -1 } as unknown as FromWorker);
    await expect(runtime.ready).rejects.toThrow(/a message the school does not know/);
  });
});
