/**
 * `spell step` and `spell race` as a user runs them: JSON on stdout, exit codes 0 / 1 (a race
 * whose invariant does not hold) / 2 (could not run). The first test of each command is a real
 * process through tsx; the others call the same command in this process, on one runtime for the file.
 */
import { describe, expect, it } from 'vitest';
import { runCli, spellFile as spellFileIn, useInProcessCli } from './run-cli.js';

// the runtime a user's `spell step` or `spell race` starts: no level checkers, one worker, no snapshot
const runInProcess = useInProcessCli({ makeSnapshot: false, reuseWorker: true, withoutLevels: true });

const spellFile = (source: string): string => spellFileIn(source, 'pyland-stepper-');

const COUNTER = spellFile(`
import threading
count = 0
lock = threading.Lock()
label = "counter"

def inc():
    global count
    for i in range(2):
        count += 1

def inc_locked():
    global count
    for i in range(2):
        with lock:
            count += 1

def area(w, h=2):
    return w * h

def broken(n):
    return n / 0
`);

describe('spell step', () => {
  it('prints what the stepped call returned, the globals it left and how many instructions ran (a real process)', async () => {
    const run = await runCli(['step', COUNTER, '--call', 'inc']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      returned: 'None',
      exception: null,
      globals: { count: '2', label: "'counter'" },
      steps: 23,
    });
  });

  it('passes --args and reports an exception raised inside as a normal result', async () => {
    const area = await runInProcess(['step', COUNTER, '--call', 'area', '--args', '[3, 4]']);
    expect(area.code).toBe(0);
    expect(JSON.parse(area.stdout)).toMatchObject({ returned: '12', exception: null });
    const broken = await runInProcess(['step', COUNTER, '--call', 'broken', '--args', '[1]']);
    expect(broken.code).toBe(0);
    expect(JSON.parse(broken.stdout)).toMatchObject({ returned: null, exception: 'ZeroDivisionError', line: 22 });
  });

  it('exits 2 with the instruction and the line for something the stepper does not cover', async () => {
    const run = await runInProcess(['step', spellFile('def f():\n    yield 1\n'), '--call', 'f']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/RETURN_GENERATOR.*line 1/);
  });
});

describe('spell race', () => {
  it('exits 1 with the shortest breaking schedule when updates can get lost (a real process)', async () => {
    const run = await runCli(['race', COUNTER, '--threads', 'inc,inc', '--invariant', 'count == 4']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { holds: boolean; schedules: number; counterexample: number[]; final: { count: string } };
    expect(result.holds).toBe(false);
    expect(result.schedules).toBeGreaterThan(0);
    expect(new Set(result.counterexample)).toEqual(new Set([0, 1]));
    expect(Number(result.final.count)).toBeLessThan(4);
  });

  it('exits 0 when the lock keeps every interleaving right, and in gil mode', async () => {
    const locked = await runInProcess(['race', COUNTER, '--threads', 'inc_locked,inc_locked', '--invariant', 'count == 4']);
    expect(locked.code).toBe(0);
    expect(JSON.parse(locked.stdout)).toMatchObject({ holds: true, counterexample: null, final: null });
    const gil = await runInProcess(['race', COUNTER, '--threads', 'inc,inc', '--invariant', 'count == 4', '--mode', 'gil']);
    expect(gil.code).toBe(0);
    expect(JSON.parse(gil.stdout)).toMatchObject({ holds: true });
  });

  it('says on stderr when the bound cut runs short, so a holding invariant is not over-trusted', async () => {
    const run = await runInProcess(['race', COUNTER, '--threads', 'inc,inc', '--invariant', 'count <= 4', '--bound', '30']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ holds: true, complete: false });
    expect(run.stderr).toMatch(/cut at 30 instructions/);
  });

  it.each([
    ['a missing spell file', ['step', '/no/such/spell.py', '--call', 'f'], /cannot read the spell file/],
    ['no --call', ['step', COUNTER], /--call/],
    ['--args that are not a JSON array', ['step', COUNTER, '--call', 'area', '--args', '{"w": 1}'], /--args must be a JSON array/],
    ['an unknown option', ['step', COUNTER, '--call', 'inc', '--fast'], /unknown option --fast/],
    ['no --invariant', ['race', COUNTER, '--threads', 'inc,inc'], /--invariant/],
    ['a bad mode', ['race', COUNTER, '--threads', 'inc', '--invariant', 'True', '--mode', 'sometimes'], /--mode must be anywhere or gil/],
    ['a bound of 0', ['race', COUNTER, '--threads', 'inc', '--invariant', 'True', '--bound', '0'], /--bound needs a whole number/],
    ['an empty thread name', ['race', COUNTER, '--threads', 'inc,', '--invariant', 'True'], /--threads/],
  ])('exits 2 for %s, with the reason on stderr', async (_, args, reason) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(reason);
  });

  it('exits 2 for a spell that does not compile or names no such function', async () => {
    const syntax = await runInProcess(['race', spellFile('def f(:\n'), '--threads', 'f', '--invariant', 'True']);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/SyntaxError.*line 1/);
    const missing = await runInProcess(['race', COUNTER, '--threads', 'inc,nope', '--invariant', 'True']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no function called 'nope'/);
  });
});
