/**
 * The spell command line as a user runs it: JSON on stdout, exit codes 0 (passed) / 1 (not
 * passed) / 2 (could not check). One real process through tsx for each command and for an exit
 * 2 (the script passes the command's output and exit code on); the other runs call the same
 * command in this process, on one runtime for the file.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../game/messages/translator.js';
import type { LabRun } from '../lab/memory-lab.js';
import { LEVELS } from '../levels/index.js';
import { runCli, spellFile, useInProcessCli } from './run-cli.js';

const english = translatorFor('en');
const spanish = translatorFor('es');

// the runtime a user's `spell check` starts: level checkers, one worker, no snapshot
const runInProcess = useInProcessCli({ makeSnapshot: false, reuseWorker: true });

describe('spell levels', () => {
  it('prints every level with its chapter and English title as JSON', async () => {
    const run = await runCli(['levels']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      LEVELS.map((level) => ({
        id: level.id,
        chapter: level.chapter,
        title: english.t(`levels.${level.id}.title`),
      })),
    );
    expect(run.stdout).not.toContain('[levels.');
  });

  it('prints the titles in Spanish with --lang es', async () => {
    const run = await runInProcess(['levels', '--lang', 'es']);
    expect(run.code).toBe(0);
    const titles = (JSON.parse(run.stdout) as { id: string; title: string }[]).map((level) => level.title);
    expect(titles).toEqual(LEVELS.map((level) => spanish.t(`levels.${level.id}.title`)));
    // a Spanish title the kid reads, not the English one under another name
    expect(titles.filter((title, index) => title === english.t(`levels.${LEVELS[index]!.id}.title`)).length).toBeLessThan(
      titles.length / 2,
    );
  });
});

describe('spell check', () => {
  const level = LEVELS[0]!;

  it('exits 0 and prints only the CastResult JSON for a passing spell', async () => {
    const run = await runCli(['check', level.id, spellFile(level.reference)]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ level: level.id, passed: true, interrupted: false, error: null });
    expect(typeof result.ms).toBe('number');
  });

  it('exits 1 for a spell that does not pass, with the reason in the JSON', async () => {
    const run = await runInProcess(['check', level.id, spellFile('print(hta)\n'), '--time-limit-ms', '1500']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { passed: boolean; error: { type: string; line: number } };
    expect(result.passed).toBe(false);
    expect(result.error).toMatchObject({ type: 'NameError', line: 1 });
  });

  it('says the messages in Spanish with --lang es, and in English without it', async () => {
    const file = spellFile('print(hta)\n');
    const inSpanish = JSON.parse((await runInProcess(['check', '--lang', 'es', level.id, file, '--time-limit-ms', '1500'])).stdout) as {
      error: { explanation: { key: string; params: Record<string, string | number>; text: string } };
    };
    const inEnglish = JSON.parse((await runInProcess(['check', level.id, file, '--time-limit-ms', '1500'])).stdout) as typeof inSpanish;
    const { key, params } = inSpanish.error.explanation;
    expect(inSpanish.error.explanation.text).toBe(spanish.say(key, params));
    expect(inEnglish.error.explanation.text).toBe(english.say(key, params));
    expect(inSpanish.error.explanation.text).not.toBe(inEnglish.error.explanation.text);
  });

  it.each([
    ['a language the school does not speak', ['levels', '--lang', 'fr'], /--lang needs one of the school's languages: en, es \(not "fr"\)/],
    ['an unknown level', ['check', 'refcount/no-such-level', 'spell.py'], /unknown level "refcount\/no-such-level"/],
    ['an unreadable file', ['check', LEVELS[0]!.id, '/no/such/spell.py'], /cannot read the spell file \/no\/such\/spell\.py/],
    ['a missing argument', ['check', LEVELS[0]!.id], /needs a level id and a spell file/],
    ['a bad time limit', ['check', LEVELS[0]!.id, 'x.py', '--time-limit-ms', 'soon'], /--time-limit-ms/],
    ['an unknown command', ['cast'], /unknown command "cast"/],
    ['no command', [], /no command given/],
  ])('exits 2 with a clear message on stderr for %s, and prints nothing on stdout', async (_name, args, message) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 2 from a real process too, with the message on stderr and nothing on stdout', async () => {
    const run = await runCli(['cast']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "cast"/);
    expect(run.stdout).toBe('');
  });
});

describe('spell lab', () => {
  const program = 'a = [1, 2]\nb = a\ndel a\nprint("done")\n';

  it('exits 0 for a program that ran to its end and prints the final picture only', async () => {
    const run = await runCli(['lab', spellFile(program)]);
    expect(run.code).toBe(0);
    const lab = JSON.parse(run.stdout) as LabRun;
    expect(Object.keys(lab).sort()).toEqual(['cut', 'error', 'interrupted', 'output', 'steps']);
    expect(lab).toMatchObject({ output: 'done\n', error: null, interrupted: false, cut: { steps: false, objects: false } });
    expect(lab.steps).toHaveLength(1);
    const [final] = lab.steps;
    expect(Object.keys(final!.names)).toEqual(['b']);
    expect(final!.objects[String(final!.names.b)]).toMatchObject({ type: 'list', repr: '[1, 2]', immortal: false });
  });

  it('prints every step with --steps, each whole', async () => {
    const run = await runInProcess(['lab', spellFile(program), '--steps']);
    expect(run.code).toBe(0);
    const lab = JSON.parse(run.stdout) as LabRun;
    expect(lab.steps.map((step) => step.line)).toEqual([1, 2, 3, 4]);
    const [first, second, third] = lab.steps;
    expect(second!.names).toEqual({ a: first!.names.a, b: first!.names.a });
    const list = String(first!.names.a);
    expect(second!.objects[list]!.tally_change - first!.objects[list]!.tally_change).toBe(1);
    expect(third!.objects[list]!.tally_change).toBe(0);
    for (const step of lab.steps) {
      expect(Object.keys(step).sort()).toEqual(['collections', 'cut', 'frames', 'freed', 'line', 'names', 'objects', 'printed', 'swept']);
    }
  });

  it('exits 1 for a program that raised, with its error and its steps up to it', async () => {
    const run = await runInProcess(['lab', spellFile('kept = [1]\nboom = 1 / 0\n'), '--steps']);
    expect(run.code).toBe(1);
    const lab = JSON.parse(run.stdout) as LabRun;
    expect(lab.error).toMatchObject({ type: 'ZeroDivisionError', line: 2 });
    expect(Object.keys(lab.steps.at(-1)!.names)).toEqual(['kept']);
  });

  it('exits 1 for a program stopped for running too long', async () => {
    const run = await runInProcess(['lab', spellFile('while True:\n    pass\n'), '--time-limit-ms', '800']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ interrupted: true });
  });

  it.each([
    ['no program file', ['lab'], /lab needs one program file/],
    ['two program files', ['lab', 'a.py', 'b.py'], /lab needs one program file/],
    ['an unreadable file', ['lab', '/no/such/program.py'], /cannot read the program file \/no\/such\/program\.py/],
    ['an unknown option', ['lab', 'a.py', '--all'], /unknown option --all/],
    ['a bad time limit', ['lab', 'a.py', '--time-limit-ms', '0'], /--time-limit-ms/],
  ])('exits 2 with a clear message on stderr for %s', async (_name, args, message) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
