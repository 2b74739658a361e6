import type { KnightsSceneData, SceneData } from '../../../contracts/cast-protocol.js';

/**
 * The data guard of the knights stage (knights are threads, taking turns with the one counting
 * stick, the GIL), the summary the e2e tests read, and which steps made a lost update.
 */

export function isKnightsScene(data: SceneData | null | undefined): data is KnightsSceneData {
  if (!data || data.kind !== 'knights') return false;
  const d = data as Partial<KnightsSceneData>;
  return Array.isArray(d.steps) && Array.isArray(d.knights) && Array.isArray(d.lost);
}

/** For data-knights-animated: `turns:3;final:count=2` (or `turns:10;runes:98` with no counter). */
export function knightsSummary(data: KnightsSceneData): string {
  if (data.counter !== null && data.final !== null) return `turns:${data.turns};final:${data.counter}=${data.final}`;
  return `turns:${data.turns};runes:${data.stepsTotal}`;
}

/** The steps of a lost update [read, overwritten write, overwriting write], plus the read of the
 * overwritten knight just before his write: read, read, write, write. */
export function lostSteps(data: KnightsSceneData): Set<number> {
  const marked = new Set<number>();
  for (const [read, written, over] of data.lost) {
    if (read !== null) marked.add(read);
    marked.add(written);
    marked.add(over);
    const writer = data.steps[written]?.thread;
    for (let i = written - 1; i >= 0; i -= 1) {
      const step = data.steps[i];
      if (step && step.thread === writer && step.read) {
        marked.add(i);
        break;
      }
    }
  }
  return marked;
}
