/**
 * The one request and the one result that cross the runtime boundary
 * (scene -> runtime client -> worker -> Python harness and back).
 *
 * A timeout or a stopped spell is a normal result (`interrupted: true`), never a throw.
 */

/** A kid-facing message: a key in the message catalogue plus its parameters. */
export interface KidMessage {
  /** Catalogue key, e.g. `levels.refcount/hold-the-hat.msg.too-few`. */
  key: string;
  /** Words and numbers as they are, lists as arrays (the language joins them: "a, b and c"). */
  params?: Record<string, string | number | readonly string[]>;
  /**
   * The words, filled only where one language is known for good: the command line (--lang) and
   * the tests (python-runtime/verdict-texts.ts). Never by the runtime: the game shows the key in
   * the language spoken at that moment.
   */
  text?: string;
}

export interface SpellError {
  /** Python exception type name, e.g. `SyntaxError`, `NameError`. */
  type: string;
  /** Python's own message, e.g. `name 'hta' is not defined`. */
  message: string;
  /** 1-based line in the kid's spell, or null when the error is not inside the spell. */
  line: number | null;
  /** Where on that line the construct a lesson does not allow starts (1-based) and how long it is (NotAllowed only). */
  column?: number;
  length?: number;
  /** Kid-friendly explanation, a catalogue message (`errors.NameError` ...). */
  explanation: KidMessage;
}

export interface CastRequest {
  /** Level id `<chapter>/<slug>`. */
  level: string;
  /** The kid's Python source. */
  source: string;
  /** Wall-clock limit for the spell in ms (default DEFAULT_TIME_LIMIT_MS). */
  timeLimitMs?: number;
  /**
   * For the tests of the layers under the spell policy (the host guard, the sandbox): the spell
   * runs without the policy's check (harness/pyland_policy.py). The game never sets it; a page
   * that could send it could run any JavaScript anyway, and the sandbox still holds.
   */
  withoutPolicy?: boolean;
  /**
   * What a Memory Lab view asks of its checker (`lab/knights`: which functions race, under whom),
   * plain JSON values. Never part of the program: the checker reads them as `spell.options`.
   */
  options?: CastOptions;
}

/** A cast's options: plain JSON values (see CastRequest.options). */
export type CastOptions = Record<string, string | number | boolean | null | readonly string[]>;

export interface CastResult {
  level: string;
  passed: boolean;
  /** Kid-facing verdict messages, in order. */
  messages: KidMessage[];
  /** Captured stdout (and stderr) of the spell, cut with OUTPUT_CUT_MARKER past OUTPUT_LIMIT_CHARS. */
  output: string;
  error: SpellError | null;
  /** True when the spell was stopped for running too long. */
  interrupted: boolean;
  /** Wall time from request to verdict. */
  ms: number;
  /** Level-specific data the scene animates (measured in the run), or null when the spell did not get that far. */
  scene: SceneData | null;
}

export const DEFAULT_TIME_LIMIT_MS = 2000;
/** How long after the interrupt the worker gets before it is terminated and respawned. */
export const HARD_KILL_GRACE_MS = 400;
/**
 * How long after the interrupt a worker whose spell did stop (the harness reported the stop taken,
 * STOP_TAKEN_SLOT) gets to finish its answer: the spell is no longer running, the school's
 * checker is writing what it saw (the Memory Lab's last picture of a stopped program and its
 * 2,000 steps take a few hundred milliseconds on a quiet machine, several times that on a busy
 * one). A spell that catches the interrupt never reports it, so it is still killed at the grace.
 */
export const STOP_FINISH_MS = 4000;
/**
 * The interrupt buffer is an Int32Array of STOP_BUFFER_SLOTS over a SharedArrayBuffer: slot 0 is
 * Pyodide's signal slot (the client writes 2, SIGINT, Python takes it back to 0); the harness
 * writes the other two (harness/pyland_clock.py): STOP_TAKEN_SLOT is 1 once the spell's own code
 * has been unwound by that stop request (the client reads it when the grace is over), and
 * STEPPING_SLOT is 1 while the school runs the kid's code in the spell stepper, a second of
 * which counts as STEPPED_SHARE of a second of the time limit.
 */
export const STOP_BUFFER_SLOTS = 3;
export const STOP_TAKEN_SLOT = 1;
export const STEPPING_SLOT = 2;
/**
 * The share of the time limit a second of stepping uses: the stepper runs the kid's code one
 * instruction at a time in Python, ten times slower than Python or more, so an honest spell's
 * check that explores every order of its knights is not stopped for the school's slowness; a spell
 * that never ends under the stepper is stopped after its limit / STEPPED_SHARE at the latest.
 */
export const STEPPED_SHARE = 0.25;

/** A new interrupt buffer, shared with a worker. */
export function newStopBuffer(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(STOP_BUFFER_SLOTS * Int32Array.BYTES_PER_ELEMENT));
}

/** Every slot back to 0 as a job starts: a stop request or a report meant for an earlier job must not hit this one. */
export function clearStopBuffer(buffer: Int32Array): void {
  for (let slot = 0; slot < buffer.length; slot++) Atomics.store(buffer, slot, 0);
}
export const OUTPUT_LIMIT_CHARS = 8000;
export const OUTPUT_CUT_MARKER = '\n… (the rest of the output was cut: too much printing!)';

/**
 * Scene data for the reference-counting chapter ("tally" scenes).
 * Every number is measured in the kid's run: tallies are deltas, never absolute refcounts.
 */
export interface TallySceneData {
  kind: 'tally';
  objects: TallyObject[];
  /**
   * The run step by step, for the stage's replay: the first moment is the start, then one moment
   * each time a tally or a holder changed (TallyWatch in harness/pyland.py), at most 30.
   */
  moments?: TallyMoment[];
}

/** How the followed objects stood at one moment of the run. */
export interface TallyMoment {
  /** The spell's line running when it changed (the caller's line when a function returned); null at the start. */
  line: number | null;
  /** The function of the spell whose return made this change, or null. */
  returned: string | null;
  objects: TallyObject[];
}

export interface TallyObject {
  /** A label the kid knows: the name the level gave the object (`hat`, `wand`). */
  label: string;
  /** Change of sys.getrefcount over the spell (after - before). */
  delta: number;
  /** Names in the spell's namespace that hold it directly after the run. */
  holders: string[];
  /** Containers (name + how many slots) that hold it after the run. */
  containers: { name: string; slots: number }[];
  /** Names inside a running function of the spell that hold it (moments only: after the run none runs). */
  locals?: { name: string; function: string }[];
  /** A weak reference (the story's ghost) watches it: it sees the object without holding it. */
  weakGhost?: boolean;
  /** True when a weak reference showed the object was freed during the spell. */
  vanished: boolean;
  /**
   * True when it vanished inside a collection (gc.collect()), not the moment its tally reached 0:
   * something, such as the object itself, still held it, so only the cycle cleaner could free it.
   */
  swept?: boolean;
}

/**
 * Scene data for the bytecode chapter ("runes" scenes): the runes (bytecode instructions, as
 * dis.get_instructions lists them) of the kid's own function, read in the run.
 */
export interface RuneSceneData {
  kind: 'runes';
  /** The function the story named (`greet`, `charge` ...). */
  function: string;
  /** In order; empty when the spell has no such function. */
  runes: Rune[];
  /** Runes left out at the end of a very long function. */
  more: number;
  /** What the checker looked for and did not find (`LOAD_GLOBAL`, `def greet` ...). */
  missing: string[];
}

export interface Rune {
  opname: string;
  /** What dis prints after the opname (`'Hello!'`, `energy`, `*`, `42`), or ''. */
  argument: string;
  line: number | null;
  /** The checker looked at this rune and found what it looked for: it lights up. */
  found: boolean;
  /** Its specialised form (dis adaptive=True) when the interpreter changed it, else null. */
  specialised: string | null;
}

/**
 * Scene data for Sir GIL's chapter ("knights" scenes): stepped threads (knights) taking turns
 * with the counting stick, measured by the spell stepper (harness/pyland_stepper.py) in the
 * level's checker: one step per rune, at most 60 of them (a window around the first lost update).
 */
export interface KnightsSceneData {
  kind: 'knights';
  /** gil: Sir GIL hands the stick on at switch points; anywhere: a switch may come after any rune; replay: a found schedule played again. */
  mode: 'gil' | 'anywhere' | 'replay';
  /** The shared global being counted (`count`), or null when the level counts nothing. */
  counter: string | null;
  /** Its value (a short repr) before the knights ran, and after the last step. */
  start: string | null;
  final: string | null;
  /** What it should have ended at when every update is kept, or null. */
  expected: string | null;
  knights: { name: string; steps: number; status: string }[];
  /** How many times the stick was held in a row by one knight (a turn), over the whole run. */
  turns: number;
  /** Index in the whole run of steps[0], and how many steps the run had. */
  firstShown: number;
  stepsTotal: number;
  steps: KnightStep[];
  /** Lost updates: [read, overwritten write, overwriting write] as indexes into steps (read: null if before the window). */
  lost: [number | null, number, number][];
}

export interface KnightStep {
  /** Index into knights: who held the stick and ran this rune. */
  thread: number;
  op: string;
  arg: string;
  line: number | null;
  /** The rune read the counter / wrote it. */
  read: boolean;
  write: boolean;
  /** The knight wanted a lock someone else holds, and waited. */
  waits: boolean;
  /** The counter after this rune (short repr). */
  counter: string;
  /** Who holds the lock after this rune: a knight's index, or null when it is free. */
  lock: number | null;
}

/**
 * Scene data for the Ghost Collector chapter ("ghosts" scenes), measured in the kid's run by
 * python-runtime/harness/pyland_ghosts.py: the spirits, who held whom, and how each one left.
 */
export interface GhostsSceneData {
  kind: 'ghosts';
  /** Every spirit the story gave or the spell made (at most 12), in the order they were made. */
  spirits: GhostSpirit[];
  /** The holds on the spirits as the story gave them, before the spell ran. */
  start: GhostHold[];
  /** For each spirit, the holds on it the last time it was seen alive (after the spell for those still here). */
  holds: GhostHold[];
  /** What happened, in order: spirits freed by their tally, and every visit of the Ghost Collector with whom it swept. */
  events: GhostEvent[];
  /** A collection ran while the spell ran (the spell called gc.collect(); the automatic one is paused). */
  collectorCame: boolean;
  /** The run step by step, for the stage's replay: the start, then one moment each time a hold or a spirit's end changed (at most 30). */
  moments?: GhostMoment[];
}

/** How the spirits stood at one moment of the run. */
export interface GhostMoment {
  /** The spell's line running when it changed (the caller's line when a function returned); null at the start. */
  line: number | null;
  /** The function of the spell whose return made this change, or null. */
  returned: string | null;
  /** Every hold on a living spirit then. */
  holds: GhostHold[];
  /** How each spirit made so far stood then, by label (a spirit made later is not in it). */
  ends: Record<string, GhostEnd>;
  /** How many of the scene's events had happened by then. */
  events: number;
}

/** alive: still here after the spell; freed: its tally reached 0; swept: a collection took it. */
export type GhostEnd = 'alive' | 'freed' | 'swept';

export interface GhostSpirit {
  label: string;
  end: GhostEnd;
  /** It holds itself round through spirits' attributes (a cycle), as last seen. */
  inCycle: boolean;
  /** The spell's line running when it left, or null. */
  line: number | null;
  /** The function of the spell whose return freed it (then `line` is the call's line), if that is how it left. */
  returned?: string;
}

/**
 * One holder of a spirit, found by identity: a name of the spell (`name`), a container that name
 * holds (`item`), a name inside a running function of the spell (`local`, `local-item`; `via` is
 * the function), or another spirit's attribute (`attribute`; `holder` is that spirit, `via` the attribute).
 */
export interface GhostHold {
  kind: 'name' | 'item' | 'local' | 'local-item' | 'attribute';
  holder: string;
  via: string;
  target: string;
}

export interface GhostEvent {
  what: 'freed' | 'sweep';
  /** The spirit freed, or the spirits that visit swept (maybe none). */
  labels: string[];
  line: number | null;
  /** A spirit freed as this function of the spell returned (`line` is then the call's line). */
  returned?: string;
}

/**
 * Scene data for the interpreter chapter ("wizard" scenes): the runes the spell stepper
 * (harness/pyland_stepper.py) really ran for one call of the kid's code, one step per rune, with
 * the value stacks before and after as short reprs. Measured by the level's checker; capped
 * (at most 60 runes, 80 steps, 8 stones per stack, 24 characters per stone).
 */
export interface WizardSceneData {
  kind: 'wizard';
  /** What the wizard read: `brew(2, 3, 4)`, or `recipe` for a compiled recipe. */
  title: string;
  /** The code read, in the order the wizard first entered it (`brew`, `double`; `<module>`). */
  functions: string[];
  runes: WizardRune[];
  /** Runes left out at the end. */
  moreRunes: number;
  steps: WizardStep[];
  /** Every rune the wizard ran (steps holds at most the first 80). */
  totalSteps: number;
  /** What the outermost code handed back, as a short repr (null when it did not finish). */
  returned: string | null;
  /** What the checker looked for and did not find. */
  missing: string[];
  /**
   * What the lesson asks the kid to find in this reading (the pile after the lit-up rune, how
   * often it ran, the deepest rooms and what came back). Until the spell passes the caption and
   * the resting picture never say it: the kid steps the replay to find it. Null once passed.
   */
  puzzle?: 'stack' | 'jumps' | 'frames' | null;
}

export interface WizardRune {
  /** Index into `functions`. */
  code: number;
  function: string;
  opname: string;
  argument: string;
  line: number | null;
}

export interface WizardStep {
  /** Index into `runes`: the rune the wand is on. */
  rune: number;
  /** Frames open before and after the rune (a CALL of a spell function adds one, RETURN_VALUE closes one). */
  depth: number;
  depthAfter: number;
  /** The current frame's value stack before and after the rune, bottom first. */
  before: string[];
  after: string[];
  /** After the rune: the stacks of the frames waiting underneath, outermost first. */
  outer: string[][];
  /** The level asks about this step: it lights up. */
  marked: boolean;
}

/**
 * The Memory Lab's scene (python-runtime/lab/memory.py, recorded by harness/pyland_lab.py): a
 * program's memory after each line it ran. Ids are the Lab's own small numbers, stable for the run.
 * Each step carries what changed since the step before (a whole run fits the scene limit);
 * `labStepsOf` in python-runtime/lab/memory-lab.ts gives every step whole (LabStep).
 */
export interface LabSceneData {
  kind: 'lab';
  /** At most 2,000; the last is the final picture (its line null when the steps were cut). */
  steps: LabStepChange[];
  /** The program's error (as a cast's `error`), or null: its steps up to it are kept. */
  error: SpellError | null;
  /** True when the program was stopped for running too long (its steps up to then are kept). */
  interrupted: boolean;
  /** More than 2,000 steps (the program ran on unrecorded), or a picture over 200 objects. */
  cut: { steps: boolean; objects: boolean };
  /** The recorder's own error, if it met one (never the program's): the steps stop there. */
  broken?: string;
}

/** One step as the scene carries it: LabStep's fields, with names and objects as changes. */
export interface LabStepChange extends Omit<LabStep, 'names' | 'objects'> {
  /** Module names bound anew (or to another object) by this step. */
  names: Record<string, number>;
  /** Module names gone at this step (a `del`). */
  unnamed: string[];
  /** Objects new in the picture or changed (tally, repr, refs) at this step. */
  objects: Record<string, LabObject>;
  /** Ids that left the picture at this step (freed, swept, or simply no longer reached). */
  left: number[];
}

/** Memory after one line of the program ran. */
export interface LabStep {
  /** The program's line that just ran, or null (the final picture after a cut). */
  line: number | null;
  /** The program's module names -> object id. */
  names: Record<string, number>;
  /** The program's functions running at this step, outermost first, each with its own names. */
  frames: { function: string; line: number; names: Record<string, number> }[];
  /** Every object the names reach (at most 200), by id. */
  objects: Record<string, LabObject>;
  /**
   * Ids freed by the tally while this line ran: most were in the step before; a weakly
   * referenceable one may have left the picture earlier (held by something it does not draw).
   */
  freed: number[];
  /** Ids swept by the Ghost Collector (a collection) while this line ran. */
  swept: number[];
  /** The collections that ran while this line ran, each with the ids it swept. */
  collections: { generation: number; swept: number[] }[];
  /** How many characters of output the program had printed by the end of this step. */
  printed: number;
  /** True when more than 200 objects were reachable: the rest are not in `objects`. */
  cut: boolean;
}

export interface LabObject {
  /** Its type's name: `list`, `int`, `Dog` (a class of the program's). */
  type: string;
  /** Its repr, cut at 80 characters (the 80th then `…`), without memory addresses. */
  repr: string;
  /** The ids it holds, one per reference (a list holding x twice lists x twice). */
  refs: number[];
  /** sys.getrefcount now minus at its first sight in the run. */
  tally_change: number;
  /** sys._is_immortal: its tally never changes. */
  immortal: boolean;
}

/**
 * The Memory Lab's rune-by-rune view (python-runtime/lab/wizard.py, harness/pyland_lab_wizard.py):
 * the whole program read by the spell stepper one rune at a time, with every frame's value stack
 * and names after each rune. game/ui/lab/lab-wizard-view.ts gives every step whole.
 */
export interface LabWizardSceneData {
  kind: 'lab-wizard';
  /** Each code read (the module, a function), in the order first entered, with all its runes. */
  codes: { name: string; runes: LabWizardRune[] }[];
  /** At most 1,500 runes, in the order they ran. */
  steps: LabWizardStep[];
  /** More runes ran than were written down: the program ran on (stepped, unwritten) after the last step. */
  cut: boolean;
  /** Every rune the program ran, written down or not. */
  total: number;
  /** Why the reading ended: the program's end, its error, the stop request, a rune the stepper cannot read, a lock never given back. */
  end: 'finished' | 'error' | 'interrupted' | 'unsupported' | 'stuck';
  /** The program's error (as a cast's `error`), or null. */
  error: SpellError | null;
  interrupted: boolean;
  /** The rune the stepper does not cover, where it met it (the steps stop before it). */
  unsupported: { rune: string; line: number | null; function: string } | null;
}

/** A rune as `dis` shows it: its name, its argument, its line (null: before the first line). */
export type LabWizardRune = [opname: string, argument: string, line: number | null];

/** One rune that ran: which code, which rune of it, and the frames open after it (changes only). */
export interface LabWizardStep {
  /** Index into `codes`, and into that code's runes. */
  code: number;
  rune: number;
  /** Frames open after the rune (0 once the module returned). */
  depth: number;
  /** Frames not shown, between the outermost and the innermost ones shown (a deep recursion). */
  hidden: number;
  /** The first `keep` frames shown are the step before's, unchanged; `frames` are the rest. */
  keep: number;
  frames: LabWizardFrame[];
  /** This rune is a `class` statement's CALL: Python built the class of this name, its body run in one go (not read rune by rune). */
  builds?: string;
}

export interface LabWizardFrame {
  /** Index into `codes`: the code this frame runs. */
  code: number;
  /** The line of the rune it ran last (a caller: its CALL), or null. */
  line: number | null;
  /** Its value stack as short reprs, bottom first: the top 8 stones, `below` more under them. */
  stack: string[];
  below: number;
  /** Its names (a function's locals, the module's names) with short reprs: 12 at most, `moreNames` more. */
  names: [name: string, value: string][];
  moreNames: number;
}

/**
 * The Memory Lab's knights view (python-runtime/lab/knights.py, harness/pyland_lab_knights.py):
 * two functions of the program run as knights on the spell stepper, once (`sample`) or in every
 * order the explorer reaches, judged by the kid's check (`race`); or the functions a knight can run.
 */
export interface LabKnightsSceneData {
  kind: 'lab-knights';
  ask: 'functions' | 'sample' | 'race';
  /** The program's functions (at most 40): a knight runs one called with no arguments. */
  functions: { name: string; line: number; runnable: boolean; why: 'arguments' | 'generator' | 'unsupported' | null; detail: string }[];
  /** What was asked could not be done as asked (a bad check, a loop that never ends ...), or null. */
  problem: LabKnightsProblem | null;
  mode: 'gil' | 'anywhere';
  /** The seed of a sample's "anywhere" choices (the same seed, the same run), or null. */
  seed: number | null;
  invariant: string | null;
  knights: { name: string; steps: number; status: string; error: string | null; line: number | null }[];
  /** At most 300 steps of the run, from its step `firstShown`; the run had `stepsTotal`. */
  steps: LabKnightStep[];
  firstShown: number;
  stepsTotal: number;
  /** How often the stick went from one knight to the other in the whole run. */
  switches: number;
  /** The program's data globals and locks (at most 12, short reprs): before the run, before steps[0], after. */
  globalsBefore: Record<string, string>;
  globalsAtFirstShown: Record<string, string>;
  globalsAfter: Record<string, string>;
  race: LabKnightsRace | null;
}

export interface LabKnightStep {
  /** Index into knights. */
  thread: number;
  op: string;
  arg: string;
  line: number | null;
  /** Global names this rune read / wrote. */
  reads: string[];
  writes: string[];
  /** Globals whose short repr changed with this rune: name -> repr after it. */
  changed: Record<string, string>;
  /** The knight wanted a lock another one holds, and waited. */
  waits: boolean;
  /** Who holds the (first) lock after this rune, or null. */
  lock: number | null;
}

export interface LabKnightsRace {
  /** No order tried broke the check (and no order got stuck). */
  holds: boolean;
  /** Every order was tried. */
  complete: boolean;
  reason: 'invariant' | 'deadlock' | null;
  /** Orders tried to their end. */
  orders: number;
  /** The breaking order shown is the shortest (false: found by seeded runs, too many orders). */
  shortest: boolean;
  /** The global the check reads, what it should be (`count == 2`), its value at the end. */
  watched: string | null;
  expected: string | null;
  final: string | null;
  /** The first lost update of the order: steps are indexes into the whole run. */
  lost: { name: string; reader: number; other: number; read: number; overwritten: number; overwriting: number } | null;
}

export interface LabKnightsProblem {
  kind:
    | 'ask'
    | 'threads'
    | 'no-function'
    | 'not-runnable'
    | 'mode'
    | 'seed'
    | 'invariant-empty'
    | 'invariant-long'
    | 'invariant-syntax'
    | 'invariant-refused'
    | 'invariant-name'
    | 'invariant-not-bool'
    | 'invariant-failed'
    | 'runaway'
    | 'runaway-race'
    | 'unsupported'
    | 'cannot-copy';
  name?: string;
  why?: string;
  detail?: string;
  construct?: string;
  type?: string;
  error?: string;
  column?: number;
  length?: number;
  limit?: number;
  line?: number | null;
}

/**
 * The Memory Lab's runes view (python-runtime/lab/runes.py, read by harness/pyland_lab_runes.py):
 * the program ran once, plainly, as a spell; then each of its functions' runes as compiled and
 * as the run left them.
 */
export interface LabRunesSceneData {
  kind: 'lab-runes';
  /** The program's own module code first, then its functions by line (at most 12 in all). */
  functions: LabRunesFunction[];
  /** Functions past the 12. */
  more: number;
  /** The program's error (as a cast's `error`), or null: what it wrote is read all the same. */
  error: SpellError | null;
  /** True when the program was stopped for running too long. */
  interrupted: boolean;
}

export interface LabRunesFunction {
  /** Python's qualified name: `add`, `Dog.speak`, `outer.<locals>.inner`; `<module>` for the program. */
  name: string;
  /** The program's own module code ("the program itself"). */
  program: boolean;
  /** The line its `def` is on (1 for the program). */
  line: number;
  /** It ran at least once: its first RESUME became RESUME_CHECK (how many times is not counted). */
  ran: boolean;
  /** Runes the run specialised, RESUME not counted (all of them, not only the 80 shown). */
  specialised: number;
  /** At most 80, in order, no CACHE entries. */
  runes: LabRune[];
  /** Runes past the 80. */
  more: number;
}

export interface LabRune {
  /** The program's line it belongs to (null: none, as RESUME of the module). */
  line: number | null;
  /** As the compiler made it (dis, adaptive=False). */
  opname: string;
  /** What dis shows after the opname, cut at 40 characters. */
  argument: string;
  /** What the interpreter specialised it into during the run (BINARY_OP_ADD_INT), or null. */
  now: string | null;
  /** A constant the compiler worked out before the run: the source text it came from (`6 * 7`), or null. */
  folded: string | null;
}

/** Other chapters add their own kinds here. */
export type SceneData =
  | TallySceneData
  | RuneSceneData
  | GhostsSceneData
  | KnightsSceneData
  | WizardSceneData
  | LabSceneData
  | LabWizardSceneData
  | LabKnightsSceneData
  | LabRunesSceneData
  | { kind: string; [key: string]: unknown };

/**
 * The spell stepper's tools (python-runtime/harness/pyland_stepper.py, `tool_json`): real CPython
 * bytecode stepped one instruction at a time, threads under a scheduler, races explored.
 *   step    {source, function, args?, kwargs?, events?, maxSteps?} -> StepResult
 *   run     {source, threads, mode?, interval?, schedule?, seed?, events?, maxSteps?}
 *   race    {source, threads, invariant, mode?, bound?, maxStates?} -> RaceResult
 *   module  {source}: the module code itself, stepped
 *   native, native-module, trace: the same natively, for differential tests
 */
export type StepperTool = 'step' | 'run' | 'race' | 'module' | 'native' | 'native-module' | 'trace';

/** What a stepper tool answers: its result, or why it could not do the job. */
export type StepperAnswer<Result = Record<string, unknown>> =
  | { ok: Result }
  | {
      error: {
        /**
         * unsupported: an instruction the stepper does not cover (named, with its line);
         * spell: the spell cannot be compiled or its module code raised; usage: a bad request;
         * interrupted: stopped at the time limit; crashed: the worker died and was replaced.
         */
        kind: 'unsupported' | 'spell' | 'usage' | 'interrupted' | 'crashed';
        message: string;
        line: number | null;
        instruction?: string;
      };
    };

/** `step`: one call of a spell function, stepped. */
export interface StepResult {
  /** repr of the return value, or null when it raised. */
  returned: string | null;
  /** Type name of the exception that ended the call, or null. */
  exception: string | null;
  message: string | null;
  line: number | null;
  /** repr of each global the spell defined that is an int, float, str, bool, None, list, tuple or dict. */
  globals: Record<string, string>;
  /** Instructions executed. */
  steps: number;
  output: string;
  events?: Record<string, unknown>[];
}

/** `race`: every interleaving of the threads (up to the bound), checked against the invariant. */
export interface RaceResult {
  holds: boolean;
  /** Interleavings explored (orders of the steps that touch shared state). */
  schedules: number;
  states: number;
  /** Every interleaving within the bound was explored. */
  complete: boolean;
  /** The shortest breaking schedule, one thread number per instruction, or null. */
  counterexample: number[] | null;
  switches: number | null;
  /** repr of the globals at the end of the counterexample, or null. */
  final: Record<string, string> | null;
  /** Why the counterexample breaks: its end state fails the invariant, or the threads deadlock. */
  reason: 'invariant' | 'deadlock' | null;
  threads: Record<string, unknown>[] | null;
}

/** Messages between the runtime client and the worker. */
export type ToWorker =
  /**
   * The answer channel (browser): the first message a spawner posts, before init, so the
   * worker's JavaScript holds the port before any Python runs. Verdicts go only there.
   */
  | { type: 'answers'; port: MessagePort }
  | {
      type: 'init';
      /** URL (browser) or directory path (Node) holding pyodide.mjs, pyodide.asm.wasm, python_stdlib.zip. */
      indexURL: string;
      /** Python files of the harness, name -> source (e.g. `pyland.py`). */
      harnessFiles: Record<string, string>;
      /** Level checkers, level id -> Python source. */
      checkers: Record<string, string>;
      /** The stop buffer (newStopBuffer: the signal slot and the stop-taken slot), when cross-origin isolated. */
      interruptBuffer?: Int32Array;
      /** A memory snapshot to restore instead of a cold start. */
      snapshot?: Uint8Array;
      /**
       * Without `snapshot`: the snapshot shipped with the build, which the worker fetches and
       * unpacks itself (off the page's main thread) and restores when it was made for `key`;
       * otherwise it boots cold. It sends the snapshot back with `ready` (transferred).
       */
      shippedSnapshot?: { baseURL: string; key: string };
      /** Ask the worker to send a snapshot back after a cold start. */
      wantSnapshot?: boolean;
      /**
       * Pyodide's pyodide.asm.wasm compiled once by the page (browser): the worker instantiates it
       * instead of fetching and compiling its own copy (worker/compiled-wasm.ts).
       */
      wasmModule?: WebAssembly.Module;
    }
  | { type: 'cast'; id: number; level: string; source: string; withoutPolicy?: boolean; options?: CastOptions }
  | { type: 'tool'; id: number; tool: StepperTool; payload: Record<string, unknown> };

export type FromWorker =
  | { type: 'progress'; stage: 'loading-python' | 'restoring' | 'loading-harness'; fraction: number }
  | { type: 'ready'; restored: boolean; ms: number; snapshot?: Uint8Array; shipped?: boolean }
  | { type: 'init-failed'; message: string }
  | {
      type: 'result';
      id: number;
      result: Omit<CastResult, 'ms'>;
      heapBytes: number;
      /** The interpreter broke during this cast (e.g. a wasm stack overflow): replace the worker before the next cast. */
      fatal?: boolean;
    }
  | {
      type: 'tool-result';
      id: number;
      /** A StepperAnswer as JSON (made in Python, parsed by the client). */
      answer: string;
      heapBytes: number;
      fatal?: boolean;
    };
