import { cellPath } from '../paths.js';
import { REVIEW_BLOCKS, REVIEW_FIELDS } from '../review.js';
import type { LayoutCell, TableLayout } from './types.js';

/**
 * Table 四 as the template prints it (the same in both editions): 行政复议 over its five result
 * columns, whose headers reach down two rows; 行政诉讼 over ten, split into 未经复议直接起诉 and
 * 复议后起诉 with five result headers each; then one row of fifteen numbers.
 * @see 国办公开办函〔2021〕30号 附件 表四
 */
export function reviewLayout(): TableLayout {
  const width = REVIEW_FIELDS.length;
  const top: LayoutCell[] = [];
  const middle: LayoutCell[] = [];
  const bottom: LayoutCell[] = [];
  for (let i = 0; i < REVIEW_BLOCKS.length;) {
    const block = REVIEW_BLOCKS[i];
    if (!block) break;
    const fieldHeaders = (rowSpan?: number): LayoutCell[] =>
      REVIEW_FIELDS.map((f) =>
        rowSpan === undefined
          ? { kind: 'header', text: f.label }
          : { kind: 'header', text: f.label, rowSpan },
      );
    if (block.group === null) {
      top.push({ kind: 'header', text: block.label, colSpan: width });
      middle.push(...fieldHeaders(2));
      i += 1;
      continue;
    }
    let end = i;
    while (REVIEW_BLOCKS[end]?.group === block.group) end += 1;
    top.push({ kind: 'header', text: block.group, colSpan: width * (end - i) });
    for (const member of REVIEW_BLOCKS.slice(i, end)) {
      middle.push({ kind: 'header', text: member.label, colSpan: width });
      bottom.push(...fieldHeaders());
    }
    i = end;
  }
  const data: LayoutCell[] = REVIEW_BLOCKS.flatMap((block) =>
    REVIEW_FIELDS.map((f): LayoutCell => ({
      kind: 'data',
      text: '',
      path: cellPath('review', block.key, f.key),
    })),
  );
  return {
    id: 'review',
    columns: width * REVIEW_BLOCKS.length,
    headerRows: 3,
    rows: [top, middle, bottom, data],
    groupStarts: [0],
  };
}
