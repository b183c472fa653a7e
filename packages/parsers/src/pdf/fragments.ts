import { foldPdfText } from './fold-pdf-text.js';
import { charWeight, textWeight } from './text-metrics.js';
import type { TextRun } from './types.js';

/**
 * A run of printed characters without spaces, the unit lines are built from. pdf.js runs
 * (text-show operations) and poppler words both come down to these.
 */
export interface Fragment {
  page: number;
  text: string;
  x0: number;
  x1: number;
  /** Vertical centre. */
  yc: number;
  /** Estimated font size, from the advance widths of the characters. */
  em: number;
  /** True when the source printed a space right before this fragment. */
  spaceBefore: boolean;
}

/** Share of an em given to a space whose width is not known. */
const SPACE_WEIGHT = 0.25;

/**
 * Splits runs at white space into fragments, estimating where each piece sits inside its run,
 * folds radical code points, and drops overprinted duplicates (fake bold), which poppler drops
 * too.
 */
export function toFragments(runs: readonly TextRun[]): Fragment[] {
  const out: Fragment[] = [];
  for (const run of runs) splitRun(run, out);
  return dropOverprints(out);
}

function splitRun(run: TextRun, out: Fragment[]): void {
  const pieces = run.text.split(/(\s+)/u);
  if (pieces.length === 1) {
    push(out, run, run.text, run.x0, run.x1, false);
    return;
  }
  const chars = [...run.text];
  let glyphWeight = 0;
  let spaces = 0;
  for (const ch of chars) {
    if (/\s/u.test(ch)) spaces++;
    else glyphWeight += charWeight(ch);
  }
  const width = run.x1 - run.x0;
  // With a known size, glyphs take their estimated widths and spaces share what is left.
  let unit = run.size ?? width / (glyphWeight + spaces * SPACE_WEIGHT);
  let spaceWidth = spaces > 0 ? (width - glyphWeight * unit) / spaces : 0;
  if (spaceWidth < unit * 0.1) {
    unit = width / (glyphWeight + spaces * SPACE_WEIGHT);
    spaceWidth = unit * SPACE_WEIGHT;
  }
  let x = run.x0;
  let spaceBefore = false;
  for (const piece of pieces) {
    if (piece === '') continue;
    if (/^\s/u.test(piece)) {
      x += [...piece].length * spaceWidth;
      spaceBefore = true;
      continue;
    }
    const w = textWeight(piece) * unit;
    push(out, run, piece, x, x + w, spaceBefore);
    x += w;
    spaceBefore = false;
  }
}

function push(
  out: Fragment[],
  run: TextRun,
  raw: string,
  x0: number,
  x1: number,
  spaceBefore: boolean,
): void {
  const text = foldPdfText(raw);
  if (text === '') return;
  const weight = textWeight(raw) || 1;
  out.push({
    page: run.page,
    text,
    x0,
    x1,
    yc: run.yc,
    em: Math.max((x1 - x0) / weight, 0.5),
    spaceBefore,
  });
}

function dropOverprints(fragments: Fragment[]): Fragment[] {
  const seen = new Map<string, Fragment[]>();
  return fragments.filter((f) => {
    const key = `${f.page}\u0000${f.text}`;
    const same = seen.get(key);
    const tol = f.em * 0.2;
    if (same?.some((g) => Math.abs(g.x0 - f.x0) < tol && Math.abs(g.yc - f.yc) < tol)) return false;
    if (same) same.push(f);
    else seen.set(key, [f]);
    return true;
  });
}
