/**
 * electron-builder.yml, read and schema-checked by electron-builder's own loader (the same code
 * `electron-builder --config electron-builder.yml` runs), then held to what the shell relies on.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../game/messages/translator.js';
import { PYODIDE_FILES } from './app-protocol.js';

const english = translatorFor('en');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The parts of electron-builder's Configuration read here (its own .d.ts files do not pass a strict lib check). */
interface FileSet {
  from?: string;
  to?: string;
  filter?: string | string[];
}
interface Configuration {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: string | FileSet | Array<string | FileSet>;
  extraResources?: string | FileSet | Array<string | FileSet>;
  electronFuses?: Record<string, boolean> | null;
  asar?: unknown;
  linux?: { target?: unknown };
  win?: { target?: unknown };
  mac?: { target?: unknown };
  nsis?: NsisOptions;
}
/** The NSIS options that decide who the Windows installer installs for (app-builder-lib nsisOptions.d.ts). */
interface NsisOptions {
  oneClick?: boolean;
  perMachine?: boolean;
  selectPerMachineByDefault?: boolean;
  allowElevation?: boolean;
}

interface ElectronBuilderConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
}

// app-builder-lib is electron-builder's own engine; resolve it the way electron-builder does
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const builderConfig = requireFromBuilder('app-builder-lib/out/util/config/config') as ElectronBuilderConfigModule;
const { DebugLogger } = requireFromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

let config: Configuration;
beforeAll(async () => {
  config = await builderConfig.getConfig(root, 'electron-builder.yml', null);
});

/**
 * Who the NSIS installer installs for on a computer without an earlier install, read from the
 * options the way electron-builder's own NsisTarget.js and templates/nsis (initMultiUser,
 * PAGE_INSTALL_MODE) do: perMachine: true always installs for all users and offers no choice;
 * a one-click installer installs for the current user; an assisted one shows the "for all users /
 * only for me" page with selectPerMachineByDefault's choice picked.
 */
function nsisInstallMode(nsis: NsisOptions = {}): { byDefault: 'per-machine' | 'per-user'; perUserOffered: boolean } {
  if (nsis.perMachine === true) return { byDefault: 'per-machine', perUserOffered: false };
  if (nsis.oneClick ?? true) return { byDefault: 'per-user', perUserOffered: true };
  return { byDefault: nsis.selectPerMachineByDefault === true ? 'per-machine' : 'per-user', perUserOffered: true };
}

function patternsOf(files: Configuration['files']): string[] {
  const list = Array.isArray(files) ? files : files ? [files] : [];
  return list.flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat()));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema (misspelt or misplaced options fail here)", async () => {
    await expect(builderConfig.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app as the catalogue does and builds into release/', () => {
    expect(config.appId).toBe('school.pyland.memory');
    expect(config.productName).toBe(english.t('app.name'));
    expect(config.directories?.output).toBe('release');
    // the default `build` would be our build output, which the app must contain
    expect(config.directories?.buildResources).not.toBe('build');
  });

  it('packs the bundles and package.json, no node_modules, no second Pyodide copy', () => {
    const patterns = patternsOf(config.files);
    expect(patterns).toContain('build/**/*');
    expect(patterns).toContain('package.json');
    expect(patterns).toContain('!node_modules{,/**/*}');
    expect(patterns).toContain('!build/web/pyodide{,/**/*}');
  });

  it('ships exactly the Pyodide files app:// serves, and they exist in node_modules/pyodide', () => {
    const resources = Array.isArray(config.extraResources) ? config.extraResources : [];
    const pyodide = resources.find((entry) => typeof entry === 'object' && entry.to === 'pyodide');
    expect(pyodide).toBeDefined();
    if (typeof pyodide !== 'object' || pyodide === null) return;
    expect(pyodide.from).toBe('node_modules/pyodide');
    expect([pyodide.filter].flat().sort()).toEqual([...PYODIDE_FILES].sort());
    for (const name of PYODIDE_FILES) {
      expect(existsSync(path.join(root, 'node_modules', 'pyodide', name)), name).toBe(true);
    }
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('keeps a pupil from changing the installed app: only a checked app.asar runs', () => {
    // the integrity check covers app.asar alone, and only if nothing else can be loaded instead
    expect(config.asar).toBe(true);
    expect(config.electronFuses?.['enableEmbeddedAsarIntegrityValidation']).toBe(true);
    expect(config.electronFuses?.['onlyLoadAppFromAsar']).toBe(true);
    expect(config.electronFuses?.['runAsNode']).toBe(false);
  });

  it('installs on Windows for every account of the computer by default, and still offers "only for me"', () => {
    expect(nsisInstallMode(config.nsis)).toEqual({ byDefault: 'per-machine', perUserOffered: true });
    // a teacher without admin rights is asked to elevate instead of being refused the per-machine choice
    expect(config.nsis?.allowElevation).not.toBe(false);
  });

  it('reads the NSIS install mode as electron-builder does', () => {
    expect(nsisInstallMode({})).toEqual({ byDefault: 'per-user', perUserOffered: true });
    expect(nsisInstallMode({ oneClick: false })).toEqual({ byDefault: 'per-user', perUserOffered: true });
    expect(nsisInstallMode({ oneClick: false, selectPerMachineByDefault: true })).toEqual({
      byDefault: 'per-machine',
      perUserOffered: true,
    });
    expect(nsisInstallMode({ oneClick: false, perMachine: true })).toEqual({ byDefault: 'per-machine', perUserOffered: false });
    expect(nsisInstallMode({ perMachine: true })).toEqual({ byDefault: 'per-machine', perUserOffered: false });
  });

  it('targets AppImage and deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    const targetsOf = (platform: { target?: unknown } | undefined) => [platform?.target].flat();
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
  });

  it('starts the bundled main process that package.json names', async () => {
    const packageJson = (await import('../package.json', { with: { type: 'json' } })).default as { main: string };
    expect(packageJson.main).toBe('build/electron/main.cjs');
  });
});
