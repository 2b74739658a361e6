/**
 * The Memory Lab's place in the runtime: its pseudo-level id (a checker the runtimes know, but no
 * lesson: it is not in LEVELS) and the one JSON the command line prints and the game draws.
 *
 * The checkers of the Lab live in this folder, `<name>.py` answering to the id `lab/<name>`; the
 * Node runtime reads them from disk, the game bundles them (browser-runtime.ts).
 */
import type { CastResult, LabObject, LabSceneData, LabStep, SpellError } from '../../contracts/cast-protocol.js';

export const MEMORY_LAB_ID = 'lab/memory';

/** Lab checker files keyed by id (`./lab/memory.py` or `memory.py` -> `lab/memory`), anything else left out. */
export function labCheckersById(files: Record<string, unknown>): Record<string, string> {
  const checkers: Record<string, string> = {};
  for (const [path, source] of Object.entries(files)) {
    const match = /^(?:\.\/lab\/)?([a-z][a-z0-9-]*)\.py$/.exec(path);
    if (match !== null && typeof source === 'string') checkers[`lab/${match[1]!}`] = source;
  }
  return checkers;
}

/** What `spell lab` prints (issue 13's "Command line"): a cast's output and error, and the steps. */
export interface LabRun {
  output: string;
  error: SpellError | null;
  interrupted: boolean;
  /** Every step, or only the final picture (one step) without --steps; none when the program never ran. */
  steps: LabStep[];
  /** The visible marker of a cut: more than 2,000 steps, or more than 200 objects in a picture. */
  cut: LabSceneData['cut'];
}

/** The Lab's scene of a cast, or null (the program was refused, or stopped before a step). */
export function labSceneOf(result: CastResult): LabSceneData | null {
  return result.scene !== null && result.scene.kind === 'lab' ? (result.scene as LabSceneData) : null;
}

/**
 * Every step of the scene whole: the scene carries each step as changes to the one before (see
 * LabStepChange), this adds them up. Steps share the objects that did not change.
 */
export function labStepsOf(scene: LabSceneData): LabStep[] {
  let names: Record<string, number> = {};
  let objects: Record<string, LabObject> = {};
  return scene.steps.map((step) => {
    names = { ...names, ...step.names };
    for (const name of step.unnamed) delete names[name];
    objects = { ...objects, ...step.objects };
    for (const id of step.left) delete objects[String(id)];
    const { line, frames, freed, swept, collections, printed, cut } = step;
    return { line, names, frames, objects, freed, swept, collections, printed, cut };
  });
}

/** A cast of MEMORY_LAB_ID as the Lab's JSON. */
export function labRunOf(result: CastResult, allSteps: boolean): LabRun {
  const scene = labSceneOf(result);
  const steps = scene === null ? [] : labStepsOf(scene);
  return {
    output: result.output,
    // the cast's own (refused by the policy, a door) or the one the Lab's checker kept with its steps
    error: result.error ?? scene?.error ?? null,
    interrupted: result.interrupted || scene?.interrupted === true,
    steps: allSteps ? steps : steps.slice(-1),
    cut: scene?.cut ?? { steps: false, objects: false },
  };
}
