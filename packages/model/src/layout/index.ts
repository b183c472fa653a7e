import type { FormatId } from '../formats/types.js';
import { applicationsLayout } from './applications-layout.js';
import { proactiveLayout } from './proactive-layout.js';
import { reviewLayout } from './review-layout.js';
import type { LayoutTableId, TableLayout } from './types.js';

export type { LayoutCell, LayoutCellKind, LayoutTableId, TableLayout } from './types.js';
export { proactiveLayout } from './proactive-layout.js';
export { applicationsLayout, APPLICANT_HEADER } from './applications-layout.js';
export { reviewLayout } from './review-layout.js';
export { layoutGrid, type GridSlot } from './grid.js';

const cache = new Map<FormatId, Readonly<Record<LayoutTableId, TableLayout>>>();

/**
 * The three national tables of a format as merged-cell grids (computed once per format: the
 * layouts are pure functions of the format data). Treat the result as read-only.
 */
export function tableLayouts(format: FormatId): Readonly<Record<LayoutTableId, TableLayout>> {
  let layouts = cache.get(format);
  if (!layouts) {
    layouts = {
      proactive: proactiveLayout(format),
      applications: applicationsLayout(format),
      review: reviewLayout(),
    };
    cache.set(format, layouts);
  }
  return layouts;
}
