import { expect, test } from '@playwright/test';

/**
 * A kid's very first start (a browser that never ran the game: no snapshot of its own yet)
 * restores the memory snapshot shipped with the build (scripts/ship-snapshot.ts), instead of
 * booting Python cold, and Python works as after any start.
 */

interface BenchHook {
  cast(request: { level: string; source: string }): Promise<{ passed: boolean; output: string }>;
  stats(): { restoreMs: number[]; coldStartMs: number | null };
}

test("a kid's very first start restores the snapshot shipped with the build, and spells work", async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
  expect(fetched.some((path) => path.endsWith('/snapshot/pyland-snapshot.pack'))).toBe(true);
  const stats = await page.evaluate(() => (window as unknown as { __pylandBench: BenchHook }).__pylandBench.stats());
  expect(stats.coldStartMs).toBeNull();
  expect(stats.restoreMs.length).toBeGreaterThanOrEqual(1);
  const result = await page.evaluate(() =>
    (window as unknown as { __pylandBench: BenchHook }).__pylandBench.cast({
      level: 'refcount/another-holder',
      source: 'import random, sys\nother = hat\nprint(sys.version_info[:2], 0 <= random.random() < 1)',
    }),
  );
  expect(result.passed).toBe(true);
  expect(result.output).toBe('(3, 14) True\n');
  // the next casts run on workers restored from the same snapshot, shared with them, not copied
  for (let cast = 0; cast < 2; cast += 1) {
    await page.waitForTimeout(1500);
    const next = await page.evaluate(() =>
      (window as unknown as { __pylandBench: BenchHook }).__pylandBench.cast({ level: 'refcount/another-holder', source: 'other = hat' }),
    );
    expect(next.passed).toBe(true);
  }
  const after = await page.evaluate(() => (window as unknown as { __pylandBench: BenchHook }).__pylandBench.stats());
  expect(after.coldStartMs).toBeNull();
  expect(after.restoreMs.length).toBeGreaterThanOrEqual(3);
});

test('a build whose shipped snapshot is for another harness boots Python cold and still works', async ({ page }) => {
  await page.route('**/snapshot/pyland-snapshot.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ key: 'pyodide-0-harness-other', bytes: 1 }) }),
  );
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
  const stats = await page.evaluate(() => (window as unknown as { __pylandBench: BenchHook }).__pylandBench.stats());
  expect(stats.coldStartMs).not.toBeNull();
  const result = await page.evaluate(() =>
    (window as unknown as { __pylandBench: BenchHook }).__pylandBench.cast({ level: 'refcount/another-holder', source: 'other = hat' }),
  );
  expect(result.passed).toBe(true);
});
