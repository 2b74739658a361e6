#!/usr/bin/env node
/**
 * Runs the unit and level tests (vitest) under the other Node versions users have (22 and 24),
 * beside the one npm test runs under. Node itself comes from the npm registry (the node-<os>-<cpu>
 * packages that the `node` package installs from), unpacked once into node_modules/.cache, so
 * nothing is fetched from anywhere but the registry npm already uses.
 *
 * Usage: node scripts/test-node-versions.mjs [major ...] [-- vitest arguments]
 *   npm run test:node-versions                   Node 22 and 24, every test
 *   npm run test:node-versions -- 24 -- electron  Node 24, the tests under electron/
 * Exit code: 0 when every version passed, 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(root, 'node_modules', '.cache', 'pyland-node-versions');
const DEFAULT_MAJORS = ['22', '24'];

const dashes = process.argv.indexOf('--', 2);
const ours = dashes < 0 ? process.argv.slice(2) : process.argv.slice(2, dashes);
const vitestArgs = dashes < 0 ? [] : process.argv.slice(dashes + 1);
const majors = ours.length > 0 ? ours : DEFAULT_MAJORS;
for (const major of majors) {
  if (!/^\d+$/.test(major)) {
    console.error(`"${major}" is not a Node major version (like 22 or 24).`);
    process.exit(2);
  }
}

/** The registry package that holds this machine's Node binary (as the `node` package names it). */
const platform = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
const binaryPackage = `node-${platform}-${process.arch}`;
if (platform === undefined) {
  console.error(`No Node packages on the registry for ${process.platform}.`);
  process.exit(2);
}

function run(command, args, options = {}) {
  const done = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options });
  return done.status ?? 1;
}

/** The node binary of this major version, unpacked from the registry once. */
function nodeOf(major) {
  const dir = path.join(cache, major);
  const binary = path.join(dir, 'package', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(binary)) return binary;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`Fetching ${binaryPackage}@${major} from the npm registry (once)`);
  if (run('npm', ['pack', `${binaryPackage}@${major}`, '--silent', '--pack-destination', dir]) !== 0) return null;
  const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'));
  if (tarball === undefined || run('tar', ['xzf', tarball], { cwd: dir }) !== 0) return null;
  rmSync(path.join(dir, tarball));
  return existsSync(binary) ? binary : null;
}

const results = [];
for (const major of majors) {
  const node = nodeOf(major);
  if (node === null) {
    results.push({ major, outcome: 'could not get this Node' });
    continue;
  }
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\n=== Node ${version}: vitest run ${vitestArgs.join(' ')}`);
  const status = run(node, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...vitestArgs], {
    cwd: root,
    // child processes the tests start (the spell CLI through tsx) must use the same Node
    env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  results.push({ major, version, outcome: status === 0 ? 'passed' : 'failed' });
}

console.log('');
for (const { major, version, outcome } of results) console.log(`Node ${version ?? major}: ${outcome}`);
process.exit(results.every((result) => result.outcome === 'passed') ? 0 : 1);
