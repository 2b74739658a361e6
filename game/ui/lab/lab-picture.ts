import type { LabStep } from '../../../contracts/cast-protocol.js';

/**
 * What the Memory Lab draws at one step, worked out from the recorded steps alone (pure, no DOM):
 * the names of each scope with the object each holds, the objects with their holder count in the
 * picture, and the objects that went at this very step, drawn as ghosts from their last sight
 * (a freed or swept object is no longer in the step's own picture).
 */
export interface LabPictureName {
  name: string;
  target: number;
}

export interface LabPictureScope {
  /** The running function's name, or null for the program's own (module) names. */
  function: string | null;
  names: LabPictureName[];
}

export interface LabPictureBox {
  id: number;
  type: string;
  repr: string;
  /** The ids it holds, one per reference, only those drawn in this picture. */
  refs: number[];
  /** The arrows into it in this picture: names and objects holding it. */
  holders: number;
  tallyChange: number;
  immortal: boolean;
  /** Gone at this step: freed by the tally or swept by the Ghost Collector (drawn faded). */
  gone: 'freed' | 'swept' | null;
}

export interface LabPicture {
  /** The line that just ran, or null (the final picture after a cut). */
  line: number | null;
  scopes: LabPictureScope[];
  /** Live objects first (as the names reach them), then the ghosts of this step. */
  boxes: LabPictureBox[];
  /** More than 200 objects were reachable: the rest are not drawn. */
  cut: boolean;
  /** Characters of output printed by the end of this step. */
  printed: number;
}

/** The step's objects and names as a picture; `steps` are whole (labStepsOf), `index` in range. */
export function labPictureAt(steps: readonly LabStep[], index: number): LabPicture {
  const step = steps[index];
  if (!step) throw new RangeError(`no step ${index} of ${steps.length}`);
  const scopes: LabPictureScope[] = [
    { function: null, names: namesOf(step.names) },
    ...step.frames.map((frame) => ({ function: frame.function, names: namesOf(frame.names) })),
  ];
  const live = new Set(Object.keys(step.objects).map(Number));
  const holders = new Map<number, number>();
  const hold = (id: number) => holders.set(id, (holders.get(id) ?? 0) + 1);
  for (const scope of scopes) for (const { target } of scope.names) if (live.has(target)) hold(target);
  for (const object of Object.values(step.objects)) for (const ref of object.refs) if (live.has(ref)) hold(ref);

  const boxes: LabPictureBox[] = reachOrder(scopes, step).map((id) => {
    const object = step.objects[String(id)]!;
    return {
      id,
      type: object.type,
      repr: object.repr,
      refs: object.refs.filter((ref) => live.has(ref)),
      holders: holders.get(id) ?? 0,
      tallyChange: object.tally_change,
      immortal: object.immortal,
      gone: null,
    };
  });
  // the ghosts: freed ones let go of all they held; swept ones still hold each other (the circle)
  const swept = new Set(step.swept);
  const gone = [...step.freed.map((id) => ({ id, how: 'freed' as const })), ...step.swept.map((id) => ({ id, how: 'swept' as const }))];
  const seen = new Set<number>();
  for (const { id, how } of gone) {
    if (seen.has(id) || live.has(id)) continue;
    seen.add(id);
    const last = lastSight(steps, index, id);
    if (!last) continue; // never drawn (held only by what the Lab does not draw)
    boxes.push({
      id,
      type: last.type,
      repr: last.repr,
      refs: how === 'swept' ? last.refs.filter((ref) => swept.has(ref)) : [],
      holders: 0,
      tallyChange: last.tally_change,
      immortal: false,
      gone: how,
    });
  }
  // a swept ghost's arrow to a ghost the Lab never saw is not drawn
  const drawn = new Set(boxes.map((box) => box.id));
  for (const box of boxes) if (box.gone) box.refs = box.refs.filter((ref) => drawn.has(ref));
  return { line: step.line, scopes, boxes, cut: step.cut, printed: step.printed };
}

function namesOf(names: Record<string, number>): LabPictureName[] {
  return Object.entries(names).map(([name, target]) => ({ name, target }));
}

/** The live objects in the order the names reach them (breadth first), then any the names do not reach. */
function reachOrder(scopes: LabPictureScope[], step: LabStep): number[] {
  const order: number[] = [];
  const queued = new Set<number>();
  const visit = (id: number) => {
    if (queued.has(id) || step.objects[String(id)] === undefined) return;
    queued.add(id);
    order.push(id);
  };
  for (const scope of scopes) for (const { target } of scope.names) visit(target);
  for (let i = 0; i < order.length; i += 1) for (const ref of step.objects[String(order[i]!)]!.refs) visit(ref);
  for (const id of Object.keys(step.objects).map(Number)) visit(id);
  return order;
}

/** The object as the last step before `index` that drew it saw it. */
function lastSight(steps: readonly LabStep[], index: number, id: number) {
  for (let i = index - 1; i >= 0; i -= 1) {
    const object = steps[i]!.objects[String(id)];
    if (object) return object;
  }
  return null;
}
