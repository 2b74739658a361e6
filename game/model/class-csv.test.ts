import { describe, expect, it } from 'vitest';
import { classCsv, csvField, csvFileName, CSV_BOM, type CsvWords } from './class-csv.js';
import { createProfile } from './profiles.js';
import { recordCast } from './progress.js';
import { emptySave } from './save-data.js';
import { classReport } from './teacher-report.js';
import { testLevel } from './test-levels.js';
import { parseCsv } from '../../scripts/test-support/csv-reader.js';

const level = testLevel;
const LEVELS = [level('refcount/a'), level('gc/a')];
const NOW = new Date('2026-11-25T10:00:00Z');

const WORDS: CsvWords = {
  header: {
    profile: 'Profile',
    chapter: 'Chapter',
    levelId: 'Level id',
    levelTitle: 'Level title',
    status: 'Status',
    casts: 'Casts',
    stuck: 'Stuck',
    hints: 'Hints',
    seconds: 'Seconds',
    firstPassedAt: 'First passed (UTC)',
    lastPlayedAt: 'Last played (UTC)',
  },
  chapterName: (chapter) => (chapter === 'refcount' ? 'Reference counting' : 'Garbage collection'),
  levelTitle: (id) => (id === 'refcount/a' ? 'Hold the hat, "twice", then more' : 'Ghosts\nat night'),
  status: (status) => status,
  stuckMark: 'STUCK',
};

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('neutralises anything a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tTab')).toBe("'\tTab");
    expect(csvField('\rCR')).toBe(`"'\rCR"`);
    expect(csvField('Ann=1')).toBe('Ann=1');
  });
});

describe('classCsv', () => {
  it('writes a BOM, a header and one row per kid and level, read back as the same values', () => {
    let save = createProfile(emptySave(), { name: 'Zoë 🦊', avatar: 'fox' }, NOW, 'zoe').save;
    save = createProfile(save, { name: '=cmd|calc', avatar: 'owl' }, NOW, 'evil').save;
    save = recordCast(save, 'zoe', 'refcount/a', { passed: false, spell: 'x', seconds: 12 }, NOW);
    save = recordCast(save, 'zoe', 'refcount/a', { passed: true, spell: 'y', seconds: 30 }, NOW);
    const csv = classCsv(classReport(save, LEVELS), WORDS);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // the emoji is written as UTF-8 (4 bytes), not as two broken halves
    expect(new TextEncoder().encode(csv)).toContain(0xf0);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toEqual([
      [
        'Profile',
        'Chapter',
        'Level id',
        'Level title',
        'Status',
        'Casts',
        'Stuck',
        'Hints',
        'Seconds',
        'First passed (UTC)',
        'Last played (UTC)',
      ],
      [
        'Zoë 🦊',
        'Reference counting',
        'refcount/a',
        'Hold the hat, "twice", then more',
        'passed',
        '2',
        '',
        '0',
        '42',
        NOW.toISOString(),
        NOW.toISOString(),
      ],
      ['Zoë 🦊', 'Garbage collection', 'gc/a', 'Ghosts\nat night', 'not-started', '0', '', '0', '0', '', ''],
      ["'=cmd|calc", 'Reference counting', 'refcount/a', 'Hold the hat, "twice", then more', 'not-started', '0', '', '0', '0', '', ''],
      ["'=cmd|calc", 'Garbage collection', 'gc/a', 'Ghosts\nat night', 'not-started', '0', '', '0', '0', '', ''],
    ]);
  });

  it('marks a stuck level STUCK, like the console, and writes when it was last played', () => {
    let save = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'ada').save;
    for (let cast = 0; cast < 6; cast += 1)
      save = recordCast(save, 'ada', 'refcount/a', { passed: false, spell: `try ${cast}`, seconds: 5 }, NOW);
    const [, stuck] = parseCsv(classCsv(classReport(save, LEVELS), WORDS).slice(1));
    expect(stuck).toEqual([
      'Ada',
      'Reference counting',
      'refcount/a',
      'Hold the hat, "twice", then more',
      'started',
      '6',
      'STUCK',
      '0',
      '30',
      '',
      NOW.toISOString(),
    ]);
  });

  it('leaves kiosk guests out: only named kids have rows', () => {
    let save = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'ada').save;
    save = { ...save, profiles: [...save.profiles, { ...save.profiles[0]!, id: 'guest-1', name: 'Guest wizard', guest: true }] };
    save = recordCast(save, 'guest-1', 'refcount/a', { passed: true, spell: 'x', seconds: 12 }, NOW);
    const rows = parseCsv(classCsv(classReport(save, LEVELS), WORDS).slice(1));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Ada', 'Ada']);
  });

  it('writes only the header for a computer with no profiles, and names the file by date', () => {
    expect(parseCsv(classCsv([], WORDS).slice(1))).toHaveLength(1);
    expect(csvFileName(NOW)).toBe('pyland-class-2026-11-25.csv');
  });
});
