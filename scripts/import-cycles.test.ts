import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph.js';

const ROOT = new URL('..', import.meta.url).pathname;

describe('the import graph', () => {
  it('finds a cycle when there is one (a small graph)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('reads the real imports, type-only ones included', () => {
    const graph = importGraph(ROOT);
    expect(graph.get('game/messages/en.ts')).toContain('game/messages/en-levels-gc.ts');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no import cycle in the project (type-only imports count too)', () => {
    expect(importCycles(importGraph(ROOT))).toEqual([]);
  });
});
