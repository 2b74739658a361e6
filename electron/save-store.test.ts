import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidSaveDocument, MAX_DOCUMENT_BYTES, nodeSaveFileSystem, SaveStore, type SaveFileSystem } from './save-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pyland-saves-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A save document like the game writes; `filler` makes it big enough that half of it is visibly half. */
function saveText(label: string, filler = 2000): string {
  return JSON.stringify({ schema: 1, label, profiles: [{ name: 'Ada', notes: 'x'.repeat(filler) }] });
}
const labelOf = (text: string | null) => (text === null ? null : (JSON.parse(text) as { label: string }).label);
const fixedClock = () => new Date('2026-03-04T05:06:07.089Z');
const files = async () => (await readdir(dir)).sort();
const read = (name: string) => readFile(path.join(dir, name), 'utf8');

describe('SaveStore round trip', () => {
  it('loads nothing (and no problem) before the first save', async () => {
    const store = new SaveStore(dir);
    expect(await store.load('save')).toEqual({ text: null, recoveredFrom: 'none', problem: null });
  });

  it('creates its folder and gives back exactly what was written', async () => {
    const nested = path.join(dir, 'user-data', 'saves');
    const store = new SaveStore(nested);
    const text = saveText('first');
    expect(await store.write('save', text)).toEqual({ ok: true });
    expect(await new SaveStore(nested).load('save')).toEqual({ text, recoveredFrom: 'none', problem: null });
  });

  it('keeps the previous document as the backup, and none before the second save', async () => {
    const store = new SaveStore(dir);
    await store.write('save', saveText('one'));
    expect(await files()).toEqual(['save.json']);
    await store.write('save', saveText('two'));
    expect(labelOf(await read('save.json'))).toBe('two');
    expect(labelOf(await read('save.json.bak'))).toBe('one');
    expect(await files()).toEqual(['save.json', 'save.json.bak']);
  });

  it('keeps documents with different names apart', async () => {
    const store = new SaveStore(dir);
    await store.write('save', saveText('game'));
    await store.write('teacher-settings', saveText('teacher'));
    expect(labelOf((await store.load('save')).text)).toBe('game');
    expect(labelOf((await store.load('teacher-settings')).text)).toBe('teacher');
  });

  it('refuses document names that are not plain names', async () => {
    const store = new SaveStore(dir);
    for (const name of ['../evil', 'a/b', '', 'Save', '.hidden', 'x'.repeat(65)]) {
      expect(() => store.load(name), name).toThrow(/not a document name/);
      expect(() => store.write(name, saveText('x')), name).toThrow(/not a document name/);
    }
  });
});

describe('SaveStore refuses bad writes and leaves the stored document alone', () => {
  it.each([
    ['not JSON', '{"schema": 1, "profiles": ['],
    ['plain text', 'hello'],
    ['a JSON array', '[1, 2, 3]'],
    ['JSON null', 'null'],
    ['no schema', '{"profiles": []}'],
    ['a text schema', '{"schema": "1"}'],
  ])('%s', async (_name, text) => {
    const store = new SaveStore(dir);
    await store.write('save', saveText('good'));
    expect(await store.write('save', text)).toEqual({ ok: false, problem: 'saves.write-failed' });
    expect(labelOf(await read('save.json'))).toBe('good');
    expect(await files()).toEqual(['save.json']);
  });

  it('more than 5 MB', async () => {
    const store = new SaveStore(dir);
    await store.write('save', saveText('good'));
    const justFits = saveText('big', 0).replace('"notes":""', `"notes":"${'x'.repeat(MAX_DOCUMENT_BYTES - saveText('big', 0).length)}"`);
    expect(Buffer.byteLength(justFits)).toBe(MAX_DOCUMENT_BYTES);
    expect(await store.write('save', justFits)).toEqual({ ok: true });
    const tooBig = justFits.replace('"label"', '"label2":0,"label"');
    expect(await store.write('save', tooBig)).toEqual({ ok: false, problem: 'saves.write-failed' });
    expect(labelOf(await read('save.json'))).toBe('big');
  });

  it('a non-string from a misbehaving caller', async () => {
    const store = new SaveStore(dir);
    expect(await store.write('save', { schema: 1 } as unknown as string)).toEqual({ ok: false, problem: 'saves.write-failed' });
    expect(await files()).toEqual([]);
  });
});

describe('SaveStore recovery', () => {
  it('a truncated document (as a crash of a non-atomic writer leaves it): kept aside, backup used and put back', async () => {
    const store = new SaveStore(dir, { now: fixedClock });
    await store.write('save', saveText('older'));
    await store.write('save', saveText('newer'));
    const truncated = saveText('newer').slice(0, 900);
    await writeFile(path.join(dir, 'save.json'), truncated);

    const loaded = await new SaveStore(dir, { now: fixedClock }).load('save');
    expect(loaded).toEqual({ text: saveText('older'), recoveredFrom: 'backup', problem: 'saves.recovered-from-backup' });
    // the broken file is kept, byte for byte, under a name a helper can find
    expect(await read('save.json.broken-2026-03-04T05-06-07.089Z')).toBe(truncated);
    // and the backup is the document again, so the next start is quiet
    expect(await new SaveStore(dir).load('save')).toEqual({ text: saveText('older'), recoveredFrom: 'none', problem: null });
  });

  it('an empty or garbage document counts as broken too', async () => {
    for (const garbage of ['', '\0\0\0\0', '{"schema": 1', '"just a string"']) {
      await rm(dir, { recursive: true, force: true });
      const store = new SaveStore(dir);
      await store.write('save', saveText('a'));
      await store.write('save', saveText('b'));
      await writeFile(path.join(dir, 'save.json'), garbage);
      const loaded = await new SaveStore(dir).load('save');
      expect(loaded.recoveredFrom, JSON.stringify(garbage)).toBe('backup');
      expect(labelOf(loaded.text)).toBe('a');
    }
  });

  it('both broken: starts fresh, says so, and keeps both broken files', async () => {
    await writeFile(path.join(dir, 'save.json'), '{"schema": 1, "prof');
    await writeFile(path.join(dir, 'save.json.bak'), 'not json');
    const store = new SaveStore(dir, { now: fixedClock });
    expect(await store.load('save')).toEqual({ text: null, recoveredFrom: 'none', problem: 'saves.started-fresh' });
    expect(await files()).toEqual(['save.json.bak.broken-2026-03-04T05-06-07.089Z', 'save.json.broken-2026-03-04T05-06-07.089Z']);
    // the fresh game can save again
    expect(await store.write('save', saveText('fresh'))).toEqual({ ok: true });
    expect(labelOf((await new SaveStore(dir).load('save')).text)).toBe('fresh');
  });

  it('a missing document with a good backup is recovered from the backup', async () => {
    await writeFile(path.join(dir, 'save.json.bak'), saveText('kept'));
    const loaded = await new SaveStore(dir).load('save');
    expect(loaded).toEqual({ text: saveText('kept'), recoveredFrom: 'backup', problem: 'saves.recovered-from-backup' });
    expect(await read('save.json')).toBe(saveText('kept'));
  });

  it('never overwrites an earlier kept-aside file, even in the same millisecond', async () => {
    const store = new SaveStore(dir, { now: fixedClock });
    for (const broken of ['first broken', 'second broken']) {
      await writeFile(path.join(dir, 'save.json'), broken);
      await store.load('save');
    }
    expect(await read('save.json.broken-2026-03-04T05-06-07.089Z')).toBe('first broken');
    expect(await read('save.json.broken-2026-03-04T05-06-07.089Z-2')).toBe('second broken');
  });

  it('a document broken after loading is kept aside by the next write, not overwritten', async () => {
    const store = new SaveStore(dir, { now: fixedClock });
    await store.write('save', saveText('one'));
    await writeFile(path.join(dir, 'save.json'), 'edited by hand {');
    expect(await store.write('save', saveText('two'))).toEqual({ ok: true });
    expect(await read('save.json.broken-2026-03-04T05-06-07.089Z')).toBe('edited by hand {');
    expect(labelOf(await read('save.json'))).toBe('two');
  });

  it('ignores and removes a temp file left by a crashed write (even a half-written one)', async () => {
    const store = new SaveStore(dir);
    await store.write('save', saveText('committed'));
    await writeFile(path.join(dir, 'save.json.tmp-99999-1'), saveText('never committed').slice(0, 500));
    await writeFile(path.join(dir, 'save.json.bak.tmp-99999-2'), saveText('half backup').slice(0, 500));
    await writeFile(path.join(dir, 'other.json.tmp-1-1'), 'not ours to clean');
    expect(await new SaveStore(dir).load('save')).toEqual({ text: saveText('committed'), recoveredFrom: 'none', problem: null });
    expect(await files()).toEqual(['other.json.tmp-1-1', 'save.json']);
  });

  it('treats a huge file as broken without loading it as a save', async () => {
    const store = new SaveStore(dir, { maxBytes: 1000 });
    await store.write('save', saveText('small', 10));
    await store.write('save', saveText('small2', 10));
    await writeFile(path.join(dir, 'save.json'), saveText('huge', 5000));
    const loaded = await store.load('save');
    expect(loaded.recoveredFrom).toBe('backup');
    expect(labelOf(loaded.text)).toBe('small');
  });
});

describe('SaveStore ordering', () => {
  it('runs concurrent writes one after another, in the order they were asked for', async () => {
    const log: string[] = [];
    const store = new SaveStore(dir, { fileSystem: recordingFileSystem(log) });
    const outcomes = await Promise.all(['a', 'b', 'c', 'd'].map((label) => store.write('save', saveText(label))));
    expect(outcomes).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: true }]);
    expect(labelOf(await read('save.json'))).toBe('d');
    expect(labelOf(await read('save.json.bak'))).toBe('c');
    // each temp file is opened, written and renamed before the next one is opened: no interleaving
    const tempEvents = log.filter((entry) => entry.includes('.tmp-')).map((entry) => entry.split(' ')[1]);
    const order: string[] = [];
    for (const temp of tempEvents) if (order.at(-1) !== temp) order.push(temp!);
    expect(new Set(order).size).toBe(order.length);
    expect(order.filter((temp) => !temp.includes('.bak.'))).toHaveLength(4);
  });

  it('a load asked for during a write sees the finished write', async () => {
    const store = new SaveStore(dir);
    await store.write('save', saveText('before'));
    const writing = store.write('save', saveText('after'));
    const loading = store.load('save');
    await writing;
    expect(labelOf((await loading).text)).toBe('after');
  });
});

describe('SaveStore under a crash at every step of a write', () => {
  it('always leaves either the old or the new document, whole, never a half one', async () => {
    const fullRun = countingSteps();
    const probe = await mkdtemp(path.join(tmpdir(), 'pyland-saves-probe-'));
    await new SaveStore(probe).write('save', saveText('old'));
    await new SaveStore(probe, { fileSystem: fullRun.fileSystem }).write('save', saveText('new'));
    await rm(probe, { recursive: true, force: true });
    const totalSteps = fullRun.steps();
    expect(totalSteps).toBeGreaterThan(10);

    const seen = new Set<string>();
    for (let survivingSteps = 0; survivingSteps <= totalSteps; survivingSteps += 1) {
      await rm(dir, { recursive: true, force: true });
      await new SaveStore(dir).write('save', saveText('old'));
      const outcome = await new SaveStore(dir, { fileSystem: crashingFileSystem(survivingSteps) }).write('save', saveText('new'));

      // the app starts again after the crash
      const loaded = await new SaveStore(dir).load('save');
      const where = `crash after ${survivingSteps} of ${totalSteps} steps`;
      expect(loaded.recoveredFrom, where).toBe('none');
      expect(loaded.problem, where).toBeNull();
      expect(['old', 'new'], where).toContain(labelOf(loaded.text));
      if (outcome.ok) expect(labelOf(loaded.text), where).toBe('new');
      expect(
        (await files()).filter((name) => name.includes('.tmp-')),
        where,
      ).toEqual([]);
      for (const name of await files()) expect(isValidSaveDocument(await read(name)), `${where}: ${name}`).toBe(true);
      seen.add(labelOf(loaded.text)!);
    }
    // the sweep really covered both sides of the commit point
    expect([...seen].sort()).toEqual(['new', 'old']);
  });
});

/** Real file operations, logged as "<operation> <file name>". */
function recordingFileSystem(log: string[]): SaveFileSystem {
  return instrumented((operation, file) => log.push(`${operation} ${path.basename(file)}`));
}

function countingSteps() {
  let steps = 0;
  return { fileSystem: instrumented(() => (steps += 1)), steps: () => steps };
}

/**
 * The first `survivingSteps` file operations happen; then the "process dies": that operation and
 * every later one fail (a write that dies halfway puts half its bytes on disk first).
 */
function crashingFileSystem(survivingSteps: number): SaveFileSystem {
  let steps = 0;
  return instrumented((operation) => {
    steps += 1;
    if (steps > survivingSteps) throw Object.assign(new Error(`simulated crash at ${operation}`), { code: 'ECRASH' });
  });
}

/** Wraps the real file system; `before` runs before every operation and may throw to stop it. */
function instrumented(before: (operation: string, file: string) => void): SaveFileSystem {
  const real = nodeSaveFileSystem;
  return {
    mkdir: async (target, options) => (before('mkdir', target), real.mkdir(target, options)),
    readdir: async (target) => (before('readdir', target), real.readdir(target)),
    stat: async (file) => (before('stat', file), real.stat(file)),
    readFile: async (file, encoding) => (before('readFile', file), real.readFile(file, encoding)),
    rename: async (from, to) => (before('rename', from), real.rename(from, to)),
    unlink: async (file) => (before('unlink', file), real.unlink(file)),
    open: async (file, flags) => {
      before('open', file);
      const handle = await real.open(file, flags);
      return {
        writeFile: async (data, encoding) => {
          try {
            before('writeFile', file);
          } catch (crash) {
            await handle.writeFile(data.slice(0, Math.floor(data.length / 2)), encoding);
            throw crash;
          }
          await handle.writeFile(data, encoding);
        },
        sync: async () => (before('sync', file), handle.sync()),
        // the descriptor is always released (the OS does that for a dead process too)
        close: async () => {
          await handle.close();
          before('close', file);
        },
      };
    },
  };
}

describe('SaveStore.peek', () => {
  it('reads the document without touching the folder, leaving the recovery notice to load()', async () => {
    const store = new SaveStore(dir, { now: fixedClock });
    expect(await store.peek('save')).toBeNull();
    await writeFile(path.join(dir, 'save.json'), saveText('good'));
    expect(labelOf(await store.peek('save'))).toBe('good');

    // a broken document with a good backup: peek gives the backup and moves nothing
    await writeFile(path.join(dir, 'save.json'), '{"schema":1,"label":"trunc');
    await writeFile(path.join(dir, 'save.json.bak'), saveText('backup'));
    expect(labelOf(await store.peek('save'))).toBe('backup');
    expect(await files()).toEqual(['save.json', 'save.json.bak']);
    // the game's own load still finds the damage and says so
    expect(await store.load('save')).toMatchObject({ recoveredFrom: 'backup', problem: 'saves.recovered-from-backup' });
  });

  it('gives null when both are broken, still without moving them', async () => {
    const store = new SaveStore(dir);
    await writeFile(path.join(dir, 'save.json'), 'garbage');
    await writeFile(path.join(dir, 'save.json.bak'), 'more garbage');
    expect(await store.peek('save')).toBeNull();
    expect(await files()).toEqual(['save.json', 'save.json.bak']);
  });
});
