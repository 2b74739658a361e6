import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the web build (served by `vite preview` with the same security and
 * cross-origin-isolation headers as the desktop app) in Debian's Chromium. Playwright's own
 * browser downloads are not used: only the npm registry and Debian are reachable.
 * `npm test` builds first; run `npm run build` before `npx playwright test` by hand.
 */
// PYLAND_E2E_PORT lets two checkouts run their end-to-end tests side by side
const PORT = Number(process.env['PYLAND_E2E_PORT'] ?? 4317);
const CHROMIUM = process.env['PYLAND_CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  // two browsers at once: most of a test's time is waiting (for Python, for an animation), so a
  // second worker halves the run on two cores (7.2 min → 4.8 min measured); tests inside a file
  // stay in order
  fullyParallel: false,
  // CI runs one: on a loaded machine two Chromiums, each with its Python workers, starve each
  // other's spells into their time limit (casts came back "ran too long" in CI, never alone)
  workers: Number(process.env['PYLAND_E2E_WORKERS'] ?? (process.env['CI'] ? 1 : 2)),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --config vite.config.ts --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
