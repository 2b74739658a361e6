// Ruff for the Python the school runs inside Pyodide (the harness and the level checkers). Ruff's
// own binary comes from PyPI, which is not reachable here, so this runs Ruff's WebAssembly build
// from the npm registry (@astral-sh/ruff-wasm-nodejs) over every tracked .py file.
// Exit 1 when Ruff reports anything, printing path:line:column code message.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';

const SETTINGS = {
  'line-length': 140,
  // the harness targets the CPython that Pyodide embeds
  'target-version': 'py314',
  lint: {
    // pyflakes (F), pycodestyle errors (E) and warnings (W), import order hygiene (I is layout: left to taste)
    select: ['E', 'F', 'W'],
    // the harness keeps long explanatory lines in some tables
    ignore: ['E501'],
  },
};

const files = execFileSync('git', ['ls-files', '*.py'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const workspace = new Workspace(SETTINGS, PositionEncoding.Utf16);
let problems = 0;
for (const file of files) {
  for (const diagnostic of workspace.check(readFileSync(file, 'utf8'))) {
    problems += 1;
    const { row, column } = diagnostic.start_location;
    console.log(`${file}:${row}:${column} ${diagnostic.code ?? ''} ${diagnostic.message}`);
  }
}
if (problems > 0) {
  console.log(`ruff: ${problems} problem${problems === 1 ? '' : 's'} in ${files.length} Python files`);
  process.exit(1);
}
console.log(`ruff ${Workspace.version()}: ${files.length} Python files, no problems`);
