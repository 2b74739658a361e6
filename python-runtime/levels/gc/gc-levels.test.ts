import { describe, expect, it } from 'vitest';
import { ghostSummary } from '../../../game/stages/ghosts/ghost-summary.js';
import type { CastResult, GhostsSceneData } from '../../../contracts/cast-protocol.js';
import { levelById } from '../index.js';
import { sceneOf, useRealRuntime } from '../real-runtime.js';

/*
 * Chapter 2 (the Ghost Collector) through the real runtime (CPython 3.14 in Pyodide, the harness,
 * the checkers from disk). levels.test.ts already runs every reference and wrong spell; this file
 * checks what the scenes show for particular spells, that the two cleaners are told apart by
 * behaviour, that what the stories teach holds in this very Python, and that a spell cannot fake
 * the watch or leak into the next cast.
 */

const { cast, outputOf, castWithoutPolicy } = useRealRuntime();

function ghosts(result: CastResult): GhostsSceneData {
  expect(result.error, JSON.stringify(result.error)).toBeNull();
  return sceneOf(result, 'ghosts');
}

function keys(result: CastResult): string[] {
  return result.messages.map((message) => message.key.replace(/^levels\.gc\/[a-z-]+\.msg\./, ''));
}

function reference(id: string): string {
  const level = levelById(id);
  expect(level, id).toBeDefined();
  return level!.reference;
}

describe('gone-at-return: the tally frees a spirit when its function returns', () => {
  it('shows Pip held by the name inside haunt(), then freed at once at the return, with his last words in between', async () => {
    const result = await cast('gc/gone-at-return', reference('gc/gone-at-return'));
    expect(result.passed).toBe(true);
    expect(result.output).toBe('Before haunt()\nPip: Boo!\nPip: Goodbye!\nAfter haunt()\n');
    const scene = ghosts(result);
    // freed as haunt() returned: the line running then is the call's, haunt() on line 10, not the
    // print("Pip: Boo!") before the return
    expect(scene.spirits).toEqual([{ label: 'Pip', end: 'freed', inCycle: false, line: 10, returned: 'haunt' }]);
    expect(scene.holds).toEqual([{ kind: 'local', holder: 'pip', via: 'haunt', target: 'Pip' }]);
    expect(scene.events).toEqual([{ what: 'freed', labels: ['Pip'], line: 10, returned: 'haunt' }]);
    // step by step: Pip is made and held inside haunt(), then freed when haunt() returns
    expect(
      scene.moments!.map((moment) => [
        moment.line,
        moment.returned,
        moment.ends['Pip'] ?? '-',
        moment.holds.map((hold) => hold.holder).join(','),
      ]),
    ).toEqual([
      [null, null, '-', ''],
      [4, null, 'alive', 'pip'],
      [10, 'haunt', 'freed', ''],
    ]);
    expect(scene.collectorCame).toBe(false);
    expect(ghostSummary(scene)).toBe('freed:Pip');
  });

  it('accepts __del__ as last words, and follows every call (a second Pip gets his own label)', async () => {
    const spell = [
      'class Loud(Spirit):',
      '    def __del__(self):',
      '        print(self.name, "leaves")',
      '',
      'def haunt():',
      '    ghost = Loud("Pip")',
      '',
      'haunt()',
      'haunt()',
      'print("done")',
    ].join('\n');
    const result = await cast('gc/gone-at-return', spell);
    expect(result.passed, JSON.stringify(result.messages)).toBe(true);
    expect(result.output).toBe('Pip leaves\nPip leaves\ndone\n');
    expect(ghostSummary(ghosts(result))).toBe('freed:Pip,Pip 2');
  });

  it('tells the cleaners apart: a spirit that holds itself is swept by gc.collect(), not freed at the return', async () => {
    const spell = 'import gc\ndef haunt():\n    pip = Spirit("Pip")\n    pip.friend = pip\n\nhaunt()\ngc.collect()\n';
    const result = await cast('gc/gone-at-return', spell);
    expect(result.passed).toBe(false);
    expect(keys(result)).toEqual(['swept']);
    const scene = ghosts(result);
    expect(scene.events).toEqual([{ what: 'sweep', labels: ['Pip'], line: 7 }]);
    expect(scene.spirits[0]).toMatchObject({ end: 'swept', inCycle: true });
  });

  it('says where a spirit kept after the return went: returned and held by a name', async () => {
    const result = await cast(
      'gc/gone-at-return',
      'import weakref\ndef haunt():\n    pip = Spirit("Pip")\n    weakref.finalize(pip, print, "bye")\n    return pip\n\nkept = haunt()\n',
    );
    expect(keys(result)).toEqual(['still-held']);
    expect(result.messages[0]!.params).toMatchObject({ holders: ['kept'], function: 'haunt' });
    expect(ghostSummary(ghosts(result))).toBe('alive:Pip');
  });
});

describe('the circle chapters: what stays, what is swept, what is freed', () => {
  it('friends-forever: the circle stays after the names let go, and the stage shows the circle', async () => {
    const scene = ghosts(await cast('gc/friends-forever', reference('gc/friends-forever')));
    expect(scene.spirits.map((s) => [s.label, s.end, s.inCycle])).toEqual([
      ['wisp', 'alive', true],
      ['mist', 'alive', true],
    ]);
    expect(scene.holds.filter((hold) => hold.kind !== 'attribute')).toEqual([]);
    expect(scene.start).toEqual([
      { kind: 'name', holder: 'wisp', via: '', target: 'wisp' },
      { kind: 'name', holder: 'mist', via: '', target: 'mist' },
    ]);
  });

  it('friends-forever: a longer circle through a third spirit counts too (the checker sweeps all three)', async () => {
    const spell = 'club = Spirit("club")\nwisp.friend = club\nclub.friend = mist\nmist.friend = wisp\ndel wisp, mist, club\n';
    const result = await cast('gc/friends-forever', spell);
    expect(result.passed, JSON.stringify(result.messages)).toBe(true);
  });

  it('call-the-collector: one visit of the Ghost Collector sweeps both, at the gc.collect() line', async () => {
    const result = await cast('gc/call-the-collector', reference('gc/call-the-collector'));
    const scene = ghosts(result);
    expect(scene.collectorCame).toBe(true);
    expect(scene.events).toHaveLength(1);
    expect(scene.events[0]).toMatchObject({ what: 'sweep', line: 14 });
    expect([...scene.events[0]!.labels].sort()).toEqual(['mist', 'wisp']);
    // the picture just before the sweep: only their circle held them
    expect(scene.holds.every((hold) => hold.kind === 'attribute')).toBe(true);
  });

  it('call-the-collector: a visit while names still hold them is shown, and takes nothing', async () => {
    const result = await cast('gc/call-the-collector', 'import gc\ngc.collect()\ngc.collect()\ndel wisp\ndel mist\n');
    expect(keys(result)).toEqual(['too-early']);
    const scene = ghosts(result);
    // a loop of collections shows as one visit
    expect(scene.events).toEqual([{ what: 'sweep', labels: [], line: 2 }]);
    expect(ghostSummary(scene)).toBe('alive:wisp,mist');
  });

  it('break-the-circle: the cut hold and the order the tally freed them in', async () => {
    const result = await cast('gc/break-the-circle', reference('gc/break-the-circle'));
    expect(result.passed).toBe(true);
    const scene = ghosts(result);
    // del wisp: mist.friend still holds wisp; del mist: mist is freed, and with her wisp's last holder
    expect(scene.events).toEqual([
      { what: 'freed', labels: ['mist'], line: 10 },
      { what: 'freed', labels: ['wisp'], line: 10 },
    ]);
    expect(scene.collectorCame).toBe(false);
    expect(scene.start).toContainEqual({ kind: 'attribute', holder: 'wisp', via: 'friend', target: 'mist' });
    expect(scene.holds).not.toContainEqual({ kind: 'attribute', holder: 'wisp', via: 'friend', target: 'mist' });
  });

  it('break-the-circle: del wisp.friend breaks it too', async () => {
    const result = await cast('gc/break-the-circle', 'del mist.friend\ndel wisp, mist\n');
    expect(result.passed).toBe(true);
    expect(ghostSummary(ghosts(result))).toBe('freed:wisp,mist');
  });

  it('lantern-light: a lantern that is a list works the same, and shows as the holder of wisp', async () => {
    const result = await cast('gc/lantern-light', 'import gc\nlantern = [wisp]\ndel wisp, mist, boo, hush\ngc.collect()\n');
    expect(result.passed).toBe(true);
    const scene = ghosts(result);
    expect(scene.holds).toContainEqual({ kind: 'item', holder: 'lantern', via: '', target: 'wisp' });
    expect(ghostSummary(scene)).toMatch(/^swept:(boo,hush|hush,boo);alive:wisp,mist$/);
  });
});

/** The stories teach these facts: they must hold in this very Python. */
describe('what the stories claim', () => {
  it('the Ghost Collector normally comes by himself: outside these lessons automatic collection is on', async () => {
    expect(await outputOf('refcount/another-holder', 'import gc\nprint(gc.isenabled())\n')).toBe('True\n');
  });

  it('left alone, the Ghost Collector does find a lost circle some time later, with no gc.collect() (friends-forever)', async () => {
    // outside these lessons (a chapter 1 lesson): keep making new lists, never call the collector.
    // The 3.14 collector is incremental, so how many lists it takes is not fixed; only that it comes.
    const spell = [
      'import weakref',
      'wisp, mist = Spirit(), Spirit()',
      'wisp.friend = mist; mist.friend = wisp',
      'seen = weakref.ref(wisp)',
      'del wisp, mist',
      'print(seen() is not None)',
      'crowd = []',
      'while seen() is not None and len(crowd) < 500_000:',
      '    crowd.append([])',
      'print(seen() is None)',
    ].join('\n');
    const result = await cast('refcount/another-holder', `class Spirit:\n    pass\n${spell}\n`, 20_000);
    expect(result.error, JSON.stringify(result.error)).toBeNull();
    expect(result.output).toBe('True\nTrue\n');
  });

  it('a name inside a function lets go when it returns, and the object is freed at once (gone-at-return)', async () => {
    const spell =
      'import weakref\ndef haunt():\n    pip = Spirit("Pip")\n    return weakref.ref(pip)\nseen = haunt()\nprint(seen() is None)\n';
    expect(await outputOf('gc/gone-at-return', spell)).toBe('True\n');
  });

  it('weakref.finalize does not hold what it waits for (gone-at-return hint 1)', async () => {
    const spell =
      'import sys, weakref\npip = Spirit("Pip")\nbefore = sys.getrefcount(pip)\nweakref.finalize(pip, print, "bye")\nprint(sys.getrefcount(pip) - before)\n';
    expect((await outputOf('gc/gone-at-return', spell)).startsWith('0\n')).toBe(true);
  });

  it('a circle is not freed by the tally when its names let go, but gc.collect() sweeps it (friends-forever, call-the-collector)', async () => {
    // run where the school does not pause the collector: the spell pauses it itself, so an
    // automatic collection cannot come in between
    const spell = [
      'import gc, weakref',
      'class Spirit:',
      '    pass',
      'gc.disable()',
      'wisp, mist = Spirit(), Spirit()',
      'wisp.friend, mist.friend = mist, wisp',
      'seen = weakref.ref(wisp)',
      'del wisp, mist',
      'print(seen() is not None)',
      'gc.collect()',
      'print(seen() is None)',
    ].join('\n');
    expect(await outputOf('refcount/another-holder', spell)).toBe('True\nTrue\n');
  });

  it('gc.collect() leaves a circle alone while a name can still reach it, even through a friend (lantern-light)', async () => {
    const spell = [
      'import gc, weakref',
      'class Spirit:',
      '    pass',
      'wisp, mist = Spirit(), Spirit()',
      'wisp.friend, mist.friend = mist, wisp',
      'seen = weakref.ref(mist)',
      'lantern = wisp',
      'del wisp, mist',
      'gc.collect()',
      'print(seen() is not None)',
    ].join('\n');
    expect(await outputOf('refcount/another-holder', spell)).toBe('True\n');
  });

  it('breaking the circle by hand frees both at once, with automatic collection paused (break-the-circle)', async () => {
    const spell = [
      'import gc, weakref',
      'class Spirit:',
      '    pass',
      'gc.disable()',
      'wisp, mist = Spirit(), Spirit()',
      'wisp.friend, mist.friend = mist, wisp',
      'seen = [weakref.ref(wisp), weakref.ref(mist)]',
      'wisp.friend = None',
      'del wisp, mist',
      'print([ref() is None for ref in seen])',
    ].join('\n');
    expect(await outputOf('refcount/another-holder', spell)).toBe('[True, True]\n');
  });
});

describe('a spell cannot fool the watch or leak into the next cast', () => {
  it('unhooking the watch from gc.callbacks, to pass a sweep off as the tally, is tampering (the policy off: gc.callbacks is a closed door in it)', async () => {
    const result = await castWithoutPolicy('gc/break-the-circle', 'import gc\ngc.callbacks.clear()\ndel wisp, mist\ngc.collect()\n');
    expect(result.passed).toBe(false);
    expect(result.messages.map((m) => m.key)).toEqual(['common.tampered']);
    const honest = await cast('gc/break-the-circle', reference('gc/break-the-circle'));
    expect(honest.passed).toBe(true);
  });

  it("cannot switch off the watch's trace: even with the policy off, the spell gate refuses it while it runs", async () => {
    const result = await castWithoutPolicy('gc/gone-at-return', 'import sys\nsys.settrace(None)\n' + reference('gc/gone-at-return'));
    expect(result.passed).toBe(false);
    expect(result.error).toMatchObject({ type: 'SpellDoorClosed', line: 2, explanation: { key: 'errors.host-school' } });
  });

  it('a refusal the spell catches still fails the cast', async () => {
    const result = await castWithoutPolicy(
      'gc/gone-at-return',
      'import sys\ntry:\n    sys.settrace(None)\nexcept PermissionError:\n    pass\n' + reference('gc/gone-at-return'),
    );
    expect(result.passed).toBe(false);
    expect(result.messages.map((m) => m.key)).toEqual(['common.school-door']);
    expect(result.messages[0]!.text).toContain('sys.settrace');
  });

  it("cannot reach the watch through the checker's frame to rewrite it", async () => {
    const cheat = [
      'import sys',
      'frame = sys._getframe()',
      'while frame is not None and "watch" not in frame.f_locals:',
      '    frame = frame.f_back',
      'type(frame.f_locals["watch"]).end_of = lambda self, label: "swept"',
    ].join('\n');
    const result = await castWithoutPolicy('gc/call-the-collector', cheat);
    expect(result.passed).toBe(false);
    expect(result.error).toMatchObject({ type: 'SpellDoorClosed', line: 2, explanation: { key: 'errors.host-school' } });
  });

  it("a spell that calls the watch's own gc callback to pass its frees off as sweeps is tampering", async () => {
    // the spell frees the circle by the tally (it breaks it first), not with the collector; a
    // forged start and stop around that would mark both spirits swept. With the policy off
    // (gc.callbacks is a closed door in it), so the watch's own check is what holds
    const cheat = [
      'import gc',
      'for callback in list(gc.callbacks):',
      '    callback("start", {"generation": 2, "collected": 0, "uncollectable": 0})',
      'wisp.friend = None\nmist.friend = None\ndel wisp\ndel mist',
      'for callback in list(gc.callbacks):',
      '    callback("stop", {"generation": 2, "collected": 2, "uncollectable": 0})',
    ].join('\n');
    const result = await castWithoutPolicy('gc/call-the-collector', `${cheat}\n`);
    expect(result.passed).toBe(false);
    expect(result.messages.map((m) => m.key)).toEqual(['common.tampered']);
  });

  it("a circle a spell leaves behind is swept before the cast ends: its last words never reach a later spell's output", async () => {
    const leaky =
      'import weakref\nlost = Spirit("Lost")\nlost.friend = lost\nweakref.finalize(lost, print, "LAST WORDS OF A LEFTOVER")\ndel lost\n';
    const first = await cast('gc/gone-at-return', leaky);
    expect(first.output).not.toContain('LAST WORDS');
    const next = await cast('refcount/another-holder', 'import gc\ngc.collect()\nmy_hat = hat\n');
    expect(next.output).not.toContain('LAST WORDS');
    expect(next.passed).toBe(true);
  });

  it('a spell that makes spirits forever is stopped, and the next cast works', async () => {
    const result = await cast('gc/gone-at-return', 'crowd = []\nwhile True:\n    crowd.append(Spirit("x"))\n', 1500);
    expect(result.interrupted).toBe(true);
    const next = await cast('gc/gone-at-return', reference('gc/gone-at-return'));
    expect(next.passed).toBe(true);
  });

  it('a spell making a thousand spirits shows at most twelve', async () => {
    const result = await cast('gc/gone-at-return', 'crowd = [Spirit("s") for i in range(1000)]\n');
    expect(ghosts(result).spirits.length).toBe(12);
  });
});

describe('what a gc.collect() of the spell counts', () => {
  it("counts the spell's own lost circle only: the school's leftovers were swept before the spell began", async () => {
    const spell = 'import gc\nwisp.friend = mist\nmist.friend = wisp\ndel wisp, mist\nprint("swept", gc.collect())\n';
    // twice: the first cast of a fresh Python and a later one count the same
    for (let cast_ = 0; cast_ < 2; cast_ += 1) {
      const result = await cast('gc/call-the-collector', spell);
      expect(result.passed).toBe(true);
      expect(result.output).toBe('swept 2\n');
    }
    expect(await outputOf('gc/call-the-collector', 'import gc\nprint(gc.collect())\n')).toBe('0\n');
  });
});
