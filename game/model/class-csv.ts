import type { ChapterId } from '../../contracts/level-schema.js';
import type { KidReport, LevelStatus } from './teacher-report.js';

/**
 * The class's progress as a CSV file a teacher opens in a spreadsheet: one row per kid and level.
 *
 * - UTF-8 WITH a byte order mark. RFC 4180 does not need one, but Excel (the spreadsheet most
 *   schools have) reads a CSV without it in the machine's legacy code page, turning "Zoë 🦊" into
 *   mojibake; LibreOffice, Numbers, Google Sheets and Python's `utf-8-sig` all accept the mark.
 * - CRLF line ends and RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted, quotes doubled.
 * - Times are ISO 8601 in UTC (2026-11-25T10:00:00.000Z), and the headers say so: a spreadsheet
 *   reads them as dates, and a teacher in another time zone is not misled.
 * - The words match the console's: "Casts", and "STUCK" where the console shows it.
 * - Formula injection: a kid's name is typed by a kid. A text field starting with =, +, -, @, tab
 *   or CR would be run by a spreadsheet as a formula (the OWASP "CSV injection" list), so it gets
 *   a leading apostrophe, which spreadsheets show as plain text.
 */
export const CSV_BOM = '\uFEFF';

export interface CsvWords {
  header: {
    profile: string;
    chapter: string;
    levelId: string;
    levelTitle: string;
    status: string;
    casts: string;
    stuck: string;
    hints: string;
    seconds: string;
    firstPassedAt: string;
    lastPlayedAt: string;
  };
  /** What the Stuck column says for a stuck kid (empty otherwise), like the console's STUCK. */
  stuckMark: string;
  chapterName(chapter: ChapterId): string;
  levelTitle(levelId: string): string;
  status(status: LevelStatus): string;
}

export function classCsv(report: readonly KidReport[], words: CsvWords): string {
  const h = words.header;
  const rows: string[][] = [
    [h.profile, h.chapter, h.levelId, h.levelTitle, h.status, h.casts, h.stuck, h.hints, h.seconds, h.firstPassedAt, h.lastPlayedAt],
  ];
  for (const kid of report) {
    for (const chapter of kid.chapters) {
      for (const level of chapter.levels) {
        rows.push([
          kid.name,
          words.chapterName(chapter.chapter),
          level.levelId,
          words.levelTitle(level.levelId),
          words.status(level.status),
          String(level.attempts),
          level.stuck ? words.stuckMark : '',
          String(level.hintsUsed),
          String(level.seconds),
          level.firstPassedAt ?? '',
          level.lastPlayedAt ?? '',
        ]);
      }
    }
  }
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One field: neutralised if a spreadsheet would run it, then quoted if it needs to be. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A file name for the export, from the date: pyland-class-2026-11-25.csv. */
export function csvFileName(now: Date): string {
  return `pyland-class-${now.toISOString().slice(0, 10)}.csv`;
}
