import { describe, expect, it } from 'vitest';
import { levelById } from '../../python-runtime/levels/index.js';
import type { PredictionRule } from '../../contracts/level-schema.js';
import { useRealRuntime } from '../../python-runtime/levels/real-runtime.js';
import { en } from '../messages/en.js';
import { lookup } from '../messages/format.js';
import { measuredAnswer, predictionChoices } from './predictions.js';

/*
 * A kid's guess is judged on what the cast really measured, in the real runtime: the same lesson
 * gives another answer when the spell does something else, and no answer when it stopped early.
 */

const { cast } = useRealRuntime();

async function answerOf(levelId: string, source: string): Promise<string | null> {
  const level = levelById(levelId)!;
  return measuredAnswer(level.predict!, await cast(levelId, source));
}

const wrong = (levelId: string, why: string) => levelById(levelId)!.wrong.find((spell) => spell.why.startsWith(why))!.source;

describe('the guess of the first lesson of every chapter', () => {
  it('is asked in every chapter, with words for every choice', () => {
    const firsts = [
      'refcount/another-holder',
      'gc/gone-at-return',
      'gil/taking-turns',
      'bytecode/find-the-constant',
      'interpreter/compile-and-exec',
      'graduation/guard-the-gold',
    ];
    for (const id of firsts) {
      const rule = levelById(id)!.predict as PredictionRule;
      expect(rule, id).toBeDefined();
      expect(typeof lookup(en, `levels.${id}.predict`), id).toBe('string');
      for (const choice of predictionChoices(rule)) {
        if (rule.measure !== 'lit-rune') expect(typeof lookup(en, `predict.${rule.measure}.${choice}`), `${id}: ${choice}`).toBe('string');
      }
    }
  });

  it("the hat's tally: up by one, more, or not at all, as the spell really did it", async () => {
    expect(await answerOf('refcount/another-holder', levelById('refcount/another-holder')!.reference)).toBe('up-one');
    expect(await answerOf('refcount/another-holder', 'a = hat\nb = [hat, hat]\n')).toBe('up-more');
    expect(await answerOf('refcount/another-holder', 'hat = hat\n')).toBe('same');
    // a spell that stops with an error answers nothing: the guess waits
    expect(await answerOf('refcount/another-holder', 'print(hatt)\n')).toBeNull();
  });

  it('who frees Pip: the tally at the return, or nobody when he holds himself', async () => {
    expect(await answerOf('gc/gone-at-return', levelById('gc/gone-at-return')!.reference)).toBe('tally');
    expect(await answerOf('gc/gone-at-return', wrong('gc/gone-at-return', 'the spirit holds itself'))).toBe('stays');
  });

  it('the knights take turns when they march five steps, and not with one step each', async () => {
    expect(await answerOf('gil/taking-turns', levelById('gil/taking-turns')!.reference)).toBe('turns');
    expect(await answerOf('gil/taking-turns', wrong('gil/taking-turns', 'each knight does one step only'))).toBe('one-go');
  });

  it('the rune that carries the word, 6 * 7 already folded, and the lock that keeps every add', async () => {
    expect(await answerOf('bytecode/find-the-constant', levelById('bytecode/find-the-constant')!.reference)).toBe('LOAD_CONST');
    expect(await answerOf('interpreter/compile-and-exec', levelById('interpreter/compile-and-exec')!.reference)).toBe('folded');
    expect(await answerOf('graduation/guard-the-gold', levelById('graduation/guard-the-gold')!.reference)).toBe('safe');
    expect(await answerOf('graduation/guard-the-gold', wrong('graduation/guard-the-gold', 'the runes are right, but only Arthur'))).toBe(
      'lost',
    );
  });
});

describe('the guesses of later lessons', () => {
  it('asks them with words for every choice, the spirit named in its own choice', () => {
    for (const id of [
      'refcount/three-pockets',
      'refcount/immortal-none',
      'gc/friends-forever',
      'gc/call-the-collector',
      'gil/lost-update',
      'gil/lock-the-counter',
    ]) {
      const rule = levelById(id)!.predict as PredictionRule;
      expect(rule, id).toBeDefined();
      expect(typeof lookup(en, `levels.${id}.predict`), id).toBe('string');
    }
  });

  it('are answered by what the reference spell really did', async () => {
    const answers: Record<string, string> = {
      'refcount/three-pockets': 'up-more',
      // None is immortal: five slots and its tally does not move
      'refcount/immortal-none': 'same',
      'gc/friends-forever': 'stays',
      'gc/call-the-collector': 'collector',
      'gil/lost-update': 'lost',
      'gil/lock-the-counter': 'safe',
    };
    for (const [id, answer] of Object.entries(answers)) expect(await answerOf(id, levelById(id)!.reference), id).toBe(answer);
  });

  it('are answered by what a wrong spell did too: one way of holding lets wisp go', async () => {
    expect(await answerOf('gc/friends-forever', 'wisp.friend = mist\ndel wisp\ndel mist\n')).toBe('tally');
    expect(await answerOf('refcount/three-pockets', 'pockets.append(wand)\n')).toBe('up-one');
  });
});
