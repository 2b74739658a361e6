import { createServer, type Server } from 'node:net';
import { expect, test } from '@playwright/test';
import { HOST_REACHING_SPELLS, OUTCOME_KEYS, type HostReachContext } from '../python-runtime/host-reaching-spells.js';
import type { CastRequest, CastResult } from '../contracts/cast-protocol.js';
import { translatorFor } from '../game/messages/translator.js';

/** The runtime sends keys only: each must be a sentence of the catalogue. */
const english = translatorFor('en');
import { castAndWait, enterAs, seed, snap, typeSpell } from './kid-actions.js';

/**
 * The browser build keeps the same host-reaching spells as the command line's test
 * (python-runtime/cli/host-reach.test.ts) inside the game: every one comes back as a result with
 * a kind message, none of them makes a request or a connection (a server of the test's own on
 * 127.0.0.1 counts them), and the kid's saved progress is the same afterwards. One of them is
 * cast through the lesson screen, as a kid would, to see the message the kid reads.
 */

let server: Server;
let connections = 0;
let port = 0;

test.beforeAll(async () => {
  server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const context = (): HostReachContext => ({
  marker: '/tmp/pyland-host-reach-marker.txt',
  relativeMarker: 'pyland-host-reach-marker.txt',
  home: '/home/kid',
  port,
  secretPath: '/home/kid/secret.txt',
  secretVariable: 'PYLAND_HOST_REACH_SECRET',
});

test('every host-reaching spell comes back as a result in the browser build and changes nothing', async ({ page }) => {
  // every spell is cast through the real runtime (about 1.5-2 min here): more than the default 2 min beside a second worker
  test.setTimeout(300_000);
  const requests: string[] = [];
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
  const saveBefore = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  // from here on, nothing the spells do may leave the page
  page.on('request', (request) => requests.push(request.url()));
  const before = connections;

  for (const spell of HOST_REACHING_SPELLS) {
    // without the spell policy, which refuses most of these before they run: this tests the layers
    // under it in the browser build (the host guard, the worker's sandbox)
    const request: CastRequest = { level: 'refcount/another-holder', source: spell.source(context()), withoutPolicy: true };
    const result = await page.evaluate(
      (sent) => (window as unknown as { __pylandBench: { cast(r: CastRequest): Promise<CastResult> } }).__pylandBench.cast(sent),
      request,
    );
    expect(result.messages.length, spell.name).toBeGreaterThan(0);
    for (const message of result.messages) expect(english.say(message.key, message.params), spell.name).toMatch(/^(?!\[)\w+ \w+/);
    if (spell.outcome === 'lesson') {
      expect(result.error, spell.name).toBeNull();
    } else {
      expect(result.passed, spell.name).toBe(false);
      expect(result.error?.explanation.key, spell.name).toBe(OUTCOME_KEYS[spell.outcome]);
    }
  }

  expect(connections - before, 'connections to the test server').toBe(0);
  // the only requests are the game's own, for the fresh Python each cast gets
  const origin = new URL(page.url()).origin;
  const strangers = requests.filter((url) => !url.startsWith(`${origin}/assets/`) && !url.startsWith(`${origin}/pyodide/`));
  expect(strangers, 'requests made while the spells ran').toEqual([]);
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(saveBefore);
});

test('a kid who tries os.system in a lesson reads that spells cannot start programs, and plays on', async ({ page }) => {
  await seed(page, { id: 'kid-ada', name: 'Ada', avatar: 'owl' }, []);
  await enterAs(page, 'Ada');
  await page.locator('button[data-chapter="refcount"]').click();
  await page.getByRole('button', { name: /Lesson 1/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');

  await typeSpell(page, 'import os\nos.system("echo reached > /tmp/somewhere.txt")\nmy_hat = hat\n');
  await castAndWait(page);
  await expect(page.getByText('tried to start a program on your computer', { exact: false })).toBeVisible();
  await expect(page.getByText('Nothing happened to your computer!', { exact: false })).toBeVisible();
  await snap(page, 'host-reach-os-system');
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, 'host-reach-os-system-1366');

  // the next honest spell passes as ever
  await typeSpell(page, 'my_hat = hat\n');
  await castAndWait(page);
  await expect(page.getByText('You did it!', { exact: false })).toBeVisible();
});
