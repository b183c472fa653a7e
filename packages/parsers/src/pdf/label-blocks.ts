import { continues, startsItem } from './cell-text.js';
import type { Cell } from './physical-lines.js';
import { needsSpace } from './text-metrics.js';

/** Cells of one column that a narrow cell wrapped over consecutive lines, put back together. */
export interface Block {
  cells: Cell[];
  text: string;
  x0: number;
  x1: number;
  /** Centre of the first line. */
  top: number;
  /** Centre of the last line. */
  bottom: number;
  em: number;
}

/** How far apart (in ems) two lines of one wrapped cell may be. */
const WRAP_GAP = 2.6;
/** The same, when together they spell (the start of) a known label: headers break widely. */
const KNOWN_WRAP_GAP = 4;
/** The same, when only the layout (not the national labels) says the lines belong together. */
const LOOSE_WRAP_GAP = 2.2;
/** How far (in ems) left edges or centres may differ within one column. */
const SAME_COLUMN = 0.6;

function sameColumn(block: Block, last: Cell, c: Cell): boolean {
  const em = Math.max(last.em, c.em);
  return (
    Math.abs(c.x0 - block.x0) <= SAME_COLUMN * em ||
    Math.abs((c.x0 + c.x1) / 2 - (last.x0 + last.x1) / 2) <= SAME_COLUMN * em
  );
}

/**
 * Joins cells into blocks, top to bottom: a cell continues the nearest block above it in the
 * same column when it is close and the texts read as one label (see {@link continues}).
 * `anchorOf` tells which value line a cell sits on, if any: two cells on different value lines
 * are two rows, unless together they spell a known label.
 */
export function buildBlocks(
  cells: readonly Cell[],
  anchorOf: (c: Cell) => number | null = () => null,
): Block[] {
  const blocks: Block[] = [];
  const sorted = [...cells].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  for (const c of sorted) {
    let best: Block | null = null;
    let bestDist = Infinity;
    for (const b of blocks) {
      const last = b.cells[b.cells.length - 1];
      if (!last || !(c.y > last.y)) continue;
      const em = Math.max(last.em, c.em);
      const dy = c.y - last.y;
      if (dy > KNOWN_WRAP_GAP * em || !sameColumn(b, last, c)) continue;
      const verdict = continues(b.text, c.text);
      if (verdict === 'no') continue;
      if (verdict === 'yes' && dy > WRAP_GAP * em && startsItem(c.text)) continue;
      if (verdict === 'maybe') {
        if (dy > LOOSE_WRAP_GAP * em) continue;
        const a1 = anchorOf(last);
        const a2 = anchorOf(c);
        if (a1 !== null && a2 !== null && a1 !== a2) continue;
      }
      if (dy < bestDist) {
        best = b;
        bestDist = dy;
      }
    }
    if (best) {
      best.text += needsSpace(best.text, c.text) ? ` ${c.text}` : c.text;
      best.cells.push(c);
      best.x0 = Math.min(best.x0, c.x0);
      best.x1 = Math.max(best.x1, c.x1);
      best.bottom = c.y;
      best.em = Math.min(best.em, c.em);
    } else {
      blocks.push({
        cells: [c],
        text: c.text,
        x0: c.x0,
        x1: c.x1,
        top: c.y,
        bottom: c.y,
        em: c.em,
      });
    }
  }
  return blocks;
}
