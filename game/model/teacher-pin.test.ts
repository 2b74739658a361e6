import { describe, expect, it } from 'vitest';
import {
  checkPin,
  constantTimeEqual,
  FIRST_LOCKOUT_MS,
  hashPin,
  lockoutRemainingMs,
  MAX_LOCKOUT_MS,
  PIN_ITERATIONS,
  pinMatches,
  validateNewPin,
} from './teacher-pin.js';
import { emptyTeacher, MIN_PIN_ITERATIONS, normalizePinRecord, type TeacherSection } from './teacher-section.js';

/** A fake clock: the tests move time by hand, never wait. */
class FakeClock {
  constructor(private ms = Date.parse('2026-11-25T10:00:00Z')) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

// the real iteration count is slow on purpose; the lockout tests use the minimum to stay quick
const FAST = MIN_PIN_ITERATIONS;

async function teacherWithPin(pin: string): Promise<TeacherSection> {
  return { ...emptyTeacher(), pin: await hashPin(pin, { iterations: FAST }) };
}

describe('PIN rules', () => {
  it('takes 4 to 8 digits, typed the same twice', () => {
    expect(validateNewPin('1234', '1234')).toBeNull();
    expect(validateNewPin('12345678', '12345678')).toBeNull();
    expect(validateNewPin('123', '123')).toBe('teacher.pin-format');
    expect(validateNewPin('123456789', '123456789')).toBe('teacher.pin-format');
    expect(validateNewPin('12a4', '12a4')).toBe('teacher.pin-format');
    expect(validateNewPin('١٢٣٤', '١٢٣٤')).toBe('teacher.pin-format');
    expect(validateNewPin('1234', '1243')).toBe('teacher.pin-mismatch');
  });
});

describe('hashPin', () => {
  it('stores a salted PBKDF2 hash, never the PIN, and a new salt each time', async () => {
    const a = await hashPin('2468');
    const b = await hashPin('2468', { iterations: FAST });
    expect(a.algorithm).toBe('PBKDF2-SHA-256');
    expect(a.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(200_000);
    expect(atob(a.salt)).toHaveLength(16);
    expect(atob(a.hash)).toHaveLength(32);
    expect(JSON.stringify(a)).not.toContain('2468');
    expect(a.salt).not.toBe(b.salt);
    expect(normalizePinRecord(JSON.parse(JSON.stringify(a)))).toEqual(a);
    expect(await pinMatches('2468', a)).toBe(true);
    expect(await pinMatches('2469', a)).toBe(false);
  });

  it('gives the known PBKDF2-SHA-256 answer for a fixed salt (same as any other implementation)', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const salt = new Uint8Array(16).map((_, i) => i);
    const record = await hashPin('1234', { iterations: FAST, salt });
    const expected = pbkdf2Sync('1234', Buffer.from(salt), FAST, 32, 'sha256').toString('base64');
    expect(record.hash).toBe(expected);
  });

  it('compares bytes in full', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([]), new Uint8Array([0]))).toBe(false);
  });

  it('refuses stored records with a fast hash or a broken shape', async () => {
    const good = await hashPin('1234', { iterations: FAST });
    expect(normalizePinRecord({ ...good, iterations: 1000 })).toBeNull();
    expect(normalizePinRecord({ ...good, algorithm: 'SHA-1' })).toBeNull();
    expect(normalizePinRecord({ ...good, hash: 'not base64!' })).toBeNull();
    expect(normalizePinRecord('1234')).toBeNull();
  });
});

describe('checkPin and the lockout', () => {
  it('lets the right PIN in and resets the wrong tries', async () => {
    const clock = new FakeClock();
    let teacher = await teacherWithPin('4321');
    const wrong = await checkPin(teacher, '0000', clock.now());
    expect(wrong).toMatchObject({ outcome: 'wrong', triesLeft: 4, lockedForMs: 0 });
    teacher = wrong.teacher;
    const right = await checkPin(teacher, '4321', clock.now());
    expect(right.outcome).toBe('right');
    expect(right.teacher.failedTries).toBe(0);
  });

  it('locks after five wrong tries, for 30 s, then twice as long after each further wrong try', async () => {
    const clock = new FakeClock();
    let teacher = await teacherWithPin('4321');
    for (let i = 0; i < 4; i += 1) {
      const result = await checkPin(teacher, '1111', clock.now());
      expect(result.outcome).toBe('wrong');
      teacher = result.teacher;
    }
    const fifth = await checkPin(teacher, '1111', clock.now());
    expect(fifth).toMatchObject({ outcome: 'wrong', triesLeft: 0, lockedForMs: FIRST_LOCKOUT_MS });
    teacher = fifth.teacher;

    // while locked even the right PIN is refused, and nothing is counted
    clock.advance(10_000);
    const refused = await checkPin(teacher, '4321', clock.now());
    expect(refused).toMatchObject({ outcome: 'locked', lockedForMs: 20_000 });
    expect(refused.teacher).toBe(teacher);

    clock.advance(20_000);
    const sixth = await checkPin(teacher, '2222', clock.now());
    expect(sixth).toMatchObject({ outcome: 'wrong', lockedForMs: 2 * FIRST_LOCKOUT_MS });
    clock.advance(2 * FIRST_LOCKOUT_MS);
    const seventh = await checkPin(sixth.teacher, '3333', clock.now());
    expect(seventh).toMatchObject({ outcome: 'wrong', lockedForMs: 4 * FIRST_LOCKOUT_MS });
    clock.advance(4 * FIRST_LOCKOUT_MS);
    const right = await checkPin(seventh.teacher, '4321', clock.now());
    expect(right.outcome).toBe('right');
    expect(right.teacher).toMatchObject({ failedTries: 0, lockedUntil: null });
  });

  it('keeps the lockout through a restart (it is in the section the save stores)', async () => {
    const clock = new FakeClock();
    let teacher = await teacherWithPin('4321');
    for (let i = 0; i < 5; i += 1) teacher = (await checkPin(teacher, '9999', clock.now())).teacher;
    const reloaded: TeacherSection = JSON.parse(JSON.stringify(teacher));
    clock.advance(1000);
    expect((await checkPin(reloaded, '4321', clock.now())).outcome).toBe('locked');
  });

  it('never locks for longer than a day, even when the clock was set back', async () => {
    const clock = new FakeClock();
    const teacher: TeacherSection = {
      ...(await teacherWithPin('4321')),
      failedTries: 60,
      lockedUntil: new Date(clock.now().getTime() + 10 * MAX_LOCKOUT_MS).toISOString(),
    };
    expect(lockoutRemainingMs(teacher, clock.now())).toBe(MAX_LOCKOUT_MS);
    const result = await checkPin({ ...teacher, lockedUntil: null }, '0000', clock.now());
    expect(result).toMatchObject({ outcome: 'wrong', lockedForMs: MAX_LOCKOUT_MS });
  });

  it('counts a PIN of the wrong shape as a wrong try', async () => {
    const teacher = await teacherWithPin('4321');
    const result = await checkPin(teacher, '43210000000', new FakeClock().now());
    expect(result).toMatchObject({ outcome: 'wrong', triesLeft: 4 });
  });

  it('says when no PIN is set yet', async () => {
    expect((await checkPin(emptyTeacher(), '1234', new FakeClock().now())).outcome).toBe('no-pin');
  });
});
