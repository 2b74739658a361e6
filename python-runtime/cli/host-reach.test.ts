/**
 * A spell run by the command line never reaches the host. Every spell of host-reaching-spells.ts
 * goes through `spell check` with a secret in the host's environment and beside the spell, and
 * the test looks on the real disk, at a real server on 127.0.0.1 and in the output for what it
 * would have left behind. The spells that depend on the process around them (its working folder,
 * its environment) run as a teacher would run them: a real process, from a folder of its own.
 * Every spell also runs in this process through the same command (runSpellCommand), on one
 * runtime for the file that gives every cast a fresh Python in a fresh sandbox process of its
 * own: the same Node sandbox (node-sandbox.ts) and worker a real run casts in, without a cold
 * start of Python for each spell.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CastResult } from '../../contracts/cast-protocol.js';
import { HOST_REACHING_SPELLS, OUTCOME_KEYS, type HostReachContext, type HostReachingSpell } from '../host-reaching-spells.js';
import { runCli, useInProcessCli, type CliRun } from './run-cli.js';

const SECRET = `pyland-secret-${process.pid}-${Date.now()}`;
const SECRET_VARIABLE = 'PYLAND_HOST_REACH_SECRET';

let server: Server;
let connections = 0;
let port = 0;

beforeAll(async () => {
  server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Case {
  context: HostReachContext;
  folder: string;
  spellPath: string;
  /** Every host path the spell could have written to. */
  markers: string[];
}

function prepare(index: number): Case {
  const folder = mkdtempSync(join(tmpdir(), 'pyland-host-reach-'));
  const relativeMarker = `pyland-host-reach-${process.pid}-${index}.txt`;
  const secretPath = join(folder, 'secret.txt');
  writeFileSync(secretPath, SECRET);
  const context: HostReachContext = {
    marker: join(folder, 'marker.txt'),
    relativeMarker,
    home: homedir(),
    port,
    secretPath,
    secretVariable: SECRET_VARIABLE,
  };
  return {
    context,
    folder,
    spellPath: join(folder, 'spell.py'),
    markers: [context.marker, join(folder, relativeMarker), join(homedir(), relativeMarker), join('/tmp', relativeMarker)],
  };
}

/** The spells whose reach depends on the process they run in: they run in a real one too. */
const REAL_PROCESS_SPELLS = ['a write to the working folder', 'the environment and host paths, printed'];

/** Cast `spell` through `check`, whose process works in `workingFolder`, and look for what it left behind. */
async function expectOffTheHost(
  spell: HostReachingSpell,
  index: number,
  check: (args: string[], run: Case) => Promise<CliRun>,
  workingFolder: (run: Case) => string,
): Promise<void> {
  const run = prepare(index);
  // a relative path lands in the working folder of the process that casts
  const markers = [...run.markers, join(workingFolder(run), run.context.relativeMarker)];
  try {
    writeFileSync(run.spellPath, spell.source(run.context));
    const before = connections;
    // without the spell policy, which would refuse most of these before they run: this is the
    // test of the layers under it (the host guard and the sandbox); spell-policy.test.ts tests the policy
    const cli = await check(['check', 'refcount/another-holder', run.spellPath, '--without-policy'], run);
    // a result, not a failure to check: exit 0 or 1 with the CastResult on stdout
    expect(cli.code === 0 || cli.code === 1, `exit ${cli.code}: ${cli.stderr}`).toBe(true);
    const result = JSON.parse(cli.stdout) as CastResult;
    for (const marker of markers) expect(existsSync(marker), `${marker} exists`).toBe(false);
    expect(connections - before, 'connections to the test server').toBe(0);
    expect(cli.stdout).not.toContain(SECRET);
    expect(result.output).not.toContain(run.folder);
    expect(result.output).not.toContain(workingFolder(run));
    expect(result.messages.length).toBeGreaterThan(0);
    // every message read from the catalogue: words, not a raw key
    for (const message of result.messages) expect(message.text ?? '').toMatch(/\w+ \w+/);
    if (spell.outcome === 'lesson') {
      expect(result.error).toBeNull();
    } else {
      expect(result.passed).toBe(false);
      expect(result.error?.explanation.key).toBe(OUTCOME_KEYS[spell.outcome]);
      expect(result.error?.explanation.text).toMatch(/\w+ \w+/);
    }
  } finally {
    rmSync(run.folder, { recursive: true, force: true });
    for (const marker of markers) rmSync(marker, { recursive: true, force: true });
  }
}

const EVERY_SPELL = HOST_REACHING_SPELLS.map((spell, index) => [spell.name, spell, index] as const);

describe('spell check keeps every host-reaching spell off the host', () => {
  it('has the spells the issue asks for: at least 20, and each with a name of its own', () => {
    expect(HOST_REACHING_SPELLS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(HOST_REACHING_SPELLS.map((spell) => spell.name)).size).toBe(HOST_REACHING_SPELLS.length);
    for (const name of REAL_PROCESS_SPELLS) expect(HOST_REACHING_SPELLS.map((spell) => spell.name)).toContain(name);
  });

  describe('in a real process, from a folder of its own, with the secret in its environment', () => {
    it.each(EVERY_SPELL.filter(([name]) => REAL_PROCESS_SPELLS.includes(name)))(
      '%s comes back as a result with a kind message and changes nothing',
      (_name, spell, index) =>
        expectOffTheHost(
          spell,
          index,
          (args, run) => runCli(args, { cwd: run.folder, env: { [SECRET_VARIABLE]: SECRET } }),
          (run) => run.folder,
        ),
    );
  });

  describe('in this process, with the secret in its environment', () => {
    // a fresh Python, restored from the snapshot in a new sandbox process, for every spell
    const check = useInProcessCli({ reuseWorker: false });
    beforeAll(() => {
      process.env[SECRET_VARIABLE] = SECRET;
    });
    afterAll(() => {
      delete process.env[SECRET_VARIABLE];
    });

    it.each(EVERY_SPELL)('%s comes back as a result with a kind message and changes nothing', (_name, spell, index) =>
      expectOffTheHost(spell, index, check, () => process.cwd()),
    );
  });
});
