import type { CellValue } from '@xxgk/model';

/** One term of an identity: the cell's path and its value (undefined when the cell is absent). */
export interface Term {
  readonly path: string;
  readonly value: CellValue | undefined;
}

/** Result of checking `Σ left = Σ right` on cells that may be blank. */
export type IdentityResult =
  | { status: 'holds' | 'absent' | 'undecided' }
  | {
      status: 'broken';
      /** Sum of the left side (its filled cells). */
      left: number;
      /** Sum of the right side (its filled cells). */
      right: number;
      /** True when blank cells were involved but cannot make the identity hold. */
      withBlanks: boolean;
    };

const sum = (terms: readonly Term[]): number =>
  terms.reduce((acc, t) => acc + (typeof t.value === 'number' ? t.value : 0), 0);

/** Integer-valued tables add exactly; decimals (万元) get a tolerance of half a cent. */
const EPSILON = 1e-6;

/**
 * Checks a linear identity of table cells. An absent cell (a partial document) means nothing can
 * be said. A blank cell is an unknown non-negative count: the identity is broken only when no
 * value in the blanks could make it hold — blanks on one side only, and that side's filled cells
 * already exceed the other side.
 */
export function checkIdentity(left: readonly Term[], right: readonly Term[]): IdentityResult {
  const all = [...left, ...right];
  if (all.some((t) => t.value === undefined)) return { status: 'absent' };
  const leftBlank = left.some((t) => t.value === null);
  const rightBlank = right.some((t) => t.value === null);
  const l = sum(left);
  const r = sum(right);
  if (!leftBlank && !rightBlank)
    return Math.abs(l - r) <= EPSILON
      ? { status: 'holds' }
      : { status: 'broken', left: l, right: r, withBlanks: false };
  if (leftBlank && rightBlank) return { status: 'undecided' };
  // Blanks only on one side: that side can only grow, so the other side must be at least as big.
  const blankSideSum = leftBlank ? l : r;
  const fullSideSum = leftBlank ? r : l;
  if (blankSideSum > fullSideSum + EPSILON)
    return { status: 'broken', left: l, right: r, withBlanks: true };
  return { status: 'undecided' };
}
