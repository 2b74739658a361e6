import type { KnightsSceneData, KnightStep } from '../../../contracts/cast-protocol.js';
import type { Rect } from '../shared/stage-geometry.js';
import type { StagePace } from '../shared/stage-pace.js';
import { lostSteps } from './knight-scene.js';

/**
 * Pure layout for the knights stage (Sir GIL's chapter): one lane per knight, one cell
 * per rune the stepper ran (in the lane of the knight that held the stick), the counting stick
 * moving to whoever runs the current rune, and the shared counter with its value. Lost updates
 * (read, read, write, write) are outlined. No Phaser here, so it is tested without a canvas.
 */

export interface KnightsLayoutOptions {
  stepMs: number;
  /** The whole animation never takes longer than this. */
  maxMs: number;
  fontSize: number;
}

export const DEFAULT_KNIGHTS_OPTIONS: KnightsLayoutOptions = { stepMs: 90, maxMs: 6000, fontSize: 16 };

export interface KnightLane {
  name: string;
  /** Where the knight stands (icon centre) and how big he is drawn. */
  x: number;
  y: number;
  size: number;
  /** The lane of cells to the right of him. */
  lane: Rect;
  /**
   * Where his name is written: under him (`below`, centred) where the lane is tall enough,
   * else beside him (`beside`, from the left, vertically centred), so names never run into the
   * next knight on a short stage (a 1366 x 768 lesson).
   */
  label: { x: number; y: number; place: 'below' | 'beside' };
}

export interface KnightCell extends Rect {
  step: number;
  thread: number;
  /** When (ms after the start) this rune is played. */
  atMs: number;
  mark: 'read' | 'write' | 'wait' | 'plain';
  lost: boolean;
}

export interface KnightsLayout {
  knights: KnightLane[];
  cells: KnightCell[];
  /** The panel that says which rune is running (top), and the counter box (right), if any. */
  runePanel: Rect;
  counterBox: Rect | null;
  /** The outline around each lost update's cells: from its first read to the overwriting write. */
  lostBoxes: Rect[];
  /** The row under the lanes that says what each colour of cell means (the kinds the run has), or null on a tiny stage. */
  legend: { row: Rect; marks: KnightCell['mark'][] } | null;
  fontSize: number;
  durationMs: number;
  stepMs: number;
}

const LEGEND_ORDER: KnightCell['mark'][] = ['plain', 'read', 'write', 'wait'];

function markOf(step: KnightStep): KnightCell['mark'] {
  if (step.waits) return 'wait';
  if (step.write) return 'write';
  if (step.read) return 'read';
  return 'plain';
}

export function layoutKnights(data: KnightsSceneData, area: Rect, options: Partial<KnightsLayoutOptions> = {}): KnightsLayout {
  const o = { ...DEFAULT_KNIGHTS_OPTIONS, ...options };
  const count = Math.max(1, data.knights.length);
  const fontSize = o.fontSize;
  const panelHeight = Math.round(fontSize * 3.4);
  const runePanel: Rect = { x: area.x, y: area.y, width: area.width, height: panelHeight };
  const counterWidth = data.counter !== null ? Math.min(190, Math.max(120, area.width * 0.18)) : 0;
  const counterBox: Rect | null =
    data.counter !== null
      ? {
          x: area.x + area.width - counterWidth,
          y: area.y + panelHeight + 8,
          width: counterWidth,
          height: Math.min(150, area.height - panelHeight - 8),
        }
      : null;
  const knightWidth = Math.min(150, Math.max(90, area.width * 0.14));
  const lanesTop = area.y + panelHeight + 8;
  // the legend takes a row at the bottom where the lanes can spare it (20 px a lane at least)
  const legendHeight = Math.round(fontSize * 1.6);
  // plain runes are named only when they are all there is: beside reads and writes they are plain to see
  const present = LEGEND_ORDER.filter((mark) => data.steps.some((step) => markOf(step) === mark));
  const marks = present.length > 1 ? present.filter((mark) => mark !== 'plain') : present;
  const withLegend = data.steps.length > 0 && area.height - panelHeight - 8 - legendHeight >= count * 20;
  const lanesHeight = Math.max(0, area.height - panelHeight - 8 - (withLegend ? legendHeight : 0));
  const laneHeight = Math.min(120, lanesHeight / count);
  const laneX = area.x + knightWidth;
  const laneWidth = Math.max(0, area.width - knightWidth - counterWidth - (counterWidth ? 12 : 0));
  // under the icon, the name needs a line of its own: too short a lane puts it beside him
  const beside = laneHeight < 24 + fontSize * 1.6 + 10;
  const size = beside
    ? Math.max(14, Math.min(32, laneHeight - 4))
    : Math.max(24, Math.min(64, laneHeight - fontSize * 1.6 - 6, knightWidth * 0.6));
  const knights: KnightLane[] = data.knights.map((knight, index) => {
    const top = lanesTop + index * laneHeight;
    const middle = top + laneHeight / 2;
    return {
      name: knight.name,
      x: beside ? area.x + size / 2 + 2 : area.x + knightWidth / 2,
      y: beside ? middle : top + 4 + size / 2,
      size,
      lane: { x: laneX, y: top + 6, width: laneWidth, height: Math.max(8, laneHeight - 12) },
      label: beside
        ? { x: area.x + size + 8, y: middle, place: 'beside' }
        : { x: area.x + knightWidth / 2, y: top + 4 + size + 4, place: 'below' },
    };
  });
  const shown = data.steps.length;
  const cellWidth = shown > 0 ? laneWidth / shown : 0;
  const stepMs = shown > 0 ? Math.min(o.stepMs, o.maxMs / shown) : 0;
  const lost = lostSteps(data);
  const cells: KnightCell[] = data.steps.map((step, index) => {
    const lane = knights[Math.min(step.thread, knights.length - 1)]?.lane ?? {
      x: laneX,
      y: lanesTop,
      width: laneWidth,
      height: laneHeight,
    };
    return {
      x: lane.x + index * cellWidth,
      y: lane.y,
      width: Math.max(1, cellWidth - (cellWidth > 4 ? 1 : 0)),
      height: lane.height,
      step: index,
      thread: step.thread,
      atMs: Math.round(index * stepMs),
      mark: markOf(step),
      lost: lost.has(index),
    };
  });
  const lostBoxes: Rect[] = data.lost.map(([read, written, over]) => {
    const first = Math.min(...[read, written, over, ...[...lost].filter((i) => i <= written)].filter((i): i is number => i !== null));
    const top = Math.min(...knights.map((k) => k.lane.y));
    const bottom = Math.max(...knights.map((k) => k.lane.y + k.lane.height));
    return { x: laneX + first * cellWidth - 2, y: top - 4, width: (over - first + 1) * cellWidth + 4, height: bottom - top + 8 };
  });
  const legend = withLegend
    ? { row: { x: laneX, y: area.y + area.height - legendHeight, width: laneWidth, height: legendHeight }, marks }
    : null;
  return { knights, cells, runePanel, counterBox, lostBoxes, legend, fontSize, durationMs: Math.round(shown * stepMs), stepMs };
}

/** Knights timing: quick and still show the whole run at once (the replay is the end picture). */
export function knightTiming(pace: StagePace): Partial<KnightsLayoutOptions> {
  return pace === 'moving' ? {} : { stepMs: 0 };
}
