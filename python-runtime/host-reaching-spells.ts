/**
 * Spells that try to reach the computer they run on, for the tests that prove none of them can:
 * the command line's (python-runtime/cli/host-reach.test.ts, real processes and real files) and
 * the browser build's (e2e/host-reach.spec.ts). Every spell would pass its lesson
 * (refcount/another-holder: `other = hat`) if the line before it went through quietly, and
 * each one that succeeded would leave a mark the test looks for: a file at `marker`, a
 * connection to the test's own server on 127.0.0.1, the secret in the spell's output.
 */

/** What a spell is told about the host, filled in by each test. */
export interface HostReachContext {
  /** An absolute host path that must not exist after the spell (the test's own temporary folder). */
  marker: string;
  /** A file name, relative to the command line's working folder, that must not appear there. */
  relativeMarker: string;
  /** The host's home folder. */
  home: string;
  /** A port on 127.0.0.1 where the test listens and counts connections. */
  port: number;
  /** A file beside the spell holding `secret`. */
  secretPath: string;
  /** An environment variable of the command line's process holding `secret`. */
  secretVariable: string;
}

/** What must come back: the kind message of a closed door, a missing file, or the lesson's own verdict. */
export type HostReachOutcome = 'programs' | 'files' | 'network' | 'machine' | 'no-such-file' | 'lesson';

export interface HostReachingSpell {
  name: string;
  outcome: HostReachOutcome;
  source(context: HostReachContext): string;
}

const q = (text: string): string => JSON.stringify(text);
const touch = (context: HostReachContext): string => q(`touch ${context.marker}`);

/** The explanation key each outcome comes back with (errors.* in the message catalogue). */
export const OUTCOME_KEYS: Readonly<Record<Exclude<HostReachOutcome, 'lesson'>, string>> = {
  programs: 'errors.host-programs',
  files: 'errors.host-files',
  network: 'errors.host-network',
  machine: 'errors.host-machine',
  'no-such-file': 'errors.FileNotFoundError',
};

export const HOST_REACHING_SPELLS: readonly HostReachingSpell[] = [
  // programs: every function that starts one, by name and by names built at run time
  { name: 'os.system', outcome: 'programs', source: (c) => `import os\nos.system(${touch(c)})\nother = hat\n` },
  { name: 'posix.system', outcome: 'programs', source: (c) => `import posix\nposix.system(${touch(c)})\nother = hat\n` },
  {
    name: 'a name built at run time (posix)',
    outcome: 'programs',
    source: (c) => `__import__("p" + "osix").system(${touch(c)})\nother = hat\n`,
  },
  {
    name: 'posix imported afresh',
    outcome: 'programs',
    source: (c) => `import sys\ndel sys.modules["posix"]\nimport posix\nposix.system(${touch(c)})\nother = hat\n`,
  },
  { name: 'os.popen', outcome: 'programs', source: (c) => `import os\nos.popen(${touch(c)}).read()\nother = hat\n` },
  {
    name: 'subprocess.run',
    outcome: 'programs',
    source: (c) => `import subprocess\nsubprocess.run(["touch", ${q(c.marker)}])\nother = hat\n`,
  },
  {
    name: 'a name built at run time (subprocess)',
    outcome: 'programs',
    source: (c) => `__import__("sub" + "process").call(${touch(c)}, shell=True)\nother = hat\n`,
  },
  {
    name: 'os.execv',
    outcome: 'programs',
    source: (c) => `import os\nos.execv("/usr/bin/touch", ["touch", ${q(c.marker)}])\nother = hat\n`,
  },
  {
    name: 'os.spawnv',
    outcome: 'programs',
    source: (c) => `import os\nos.spawnv(os.P_WAIT, "/usr/bin/touch", ["touch", ${q(c.marker)}])\nother = hat\n`,
  },
  {
    name: 'os.posix_spawn',
    outcome: 'programs',
    source: (c) => `import os\nos.posix_spawn("/usr/bin/touch", ["touch", ${q(c.marker)}], {})\nother = hat\n`,
  },
  { name: 'os.fork', outcome: 'programs', source: () => `import os\nos.fork()\nother = hat\n` },
  {
    name: 'ctypes and libc system()',
    outcome: 'machine',
    source: (c) => `import ctypes\nctypes.CDLL(None).system(${touch(c)}.encode())\nother = hat\n`,
  },
  {
    name: 'a name built at run time (ctypes)',
    outcome: 'machine',
    source: (c) => `__import__("c" + "types").CDLL(None).system(${touch(c)}.encode())\nother = hat\n`,
  },
  // files: the test's folder, the working folder, the home folder, /tmp, by every way of writing
  { name: 'open to write', outcome: 'files', source: (c) => `open(${q(c.marker)}, "w").write("reached")\nother = hat\n` },
  {
    name: 'a write to the working folder',
    outcome: 'files',
    source: (c) => `open(${q(c.relativeMarker)}, "w").write("reached")\nother = hat\n`,
  },
  {
    name: 'a write to the home folder',
    outcome: 'files',
    source: (c) => `open(${q(`${c.home}/${c.relativeMarker}`)}, "a").write("reached")\nother = hat\n`,
  },
  {
    name: 'a write to /tmp',
    outcome: 'files',
    source: (c) => `open(${q(`/tmp/${c.relativeMarker}`)}, "x").write("reached")\nother = hat\n`,
  },
  {
    name: 'os.open',
    outcome: 'files',
    source: (c) => `import os\nos.open(${q(c.marker)}, os.O_WRONLY | os.O_CREAT)\nother = hat\n`,
  },
  {
    name: 'pathlib write_text',
    outcome: 'files',
    source: (c) => `import pathlib\npathlib.Path(${q(c.marker)}).write_text("reached")\nother = hat\n`,
  },
  { name: 'os.mkdir', outcome: 'files', source: (c) => `import os\nos.mkdir(${q(c.marker)})\nother = hat\n` },
  { name: 'os.kill', outcome: 'programs', source: () => `import os\nos.kill(1, 9)\nother = hat\n` },
  // the network: the test's own server on this machine
  {
    name: 'socket.create_connection',
    outcome: 'network',
    source: (c) => `import socket\nsocket.create_connection(("127.0.0.1", ${c.port}), timeout=1)\nother = hat\n`,
  },
  {
    name: 'urllib.request.urlopen',
    outcome: 'network',
    source: (c) => `import urllib.request\nurllib.request.urlopen("http://127.0.0.1:${c.port}/", timeout=1)\nother = hat\n`,
  },
  // reads: files beside the spell, /proc, the host's environment and paths
  {
    name: 'a read of a file beside the spell',
    outcome: 'no-such-file',
    source: (c) => `print(open(${q(c.secretPath)}).read())\nother = hat\n`,
  },
  {
    name: 'a read of /proc/self/environ',
    outcome: 'no-such-file',
    source: () => `print(open("/proc/self/environ").read())\nother = hat\n`,
  },
  {
    name: 'a listing of the home folder',
    outcome: 'no-such-file',
    source: (c) => `import os\nprint(os.listdir(${q(c.home)}))\nother = hat\n`,
  },
  {
    name: 'the environment and host paths, printed',
    outcome: 'lesson',
    source: (c) =>
      `import os, sys\nprint(dict(os.environ), os.getenv(${q(c.secretVariable)}), sys.executable, sys.argv, os.getcwd())\nother = hat\n`,
  },
];
