import type { TableLayout } from '@xxgk/model';

/**
 * Share of the table width (in %) each label column takes; the number columns split the rest
 * evenly. Without this a browser gives the short number columns as much room as the long row
 * labels, and 三、本年度办理结果 wraps one character per line.
 */
const LABEL_SHARES: Readonly<Record<TableLayout['id'], readonly number[]>> = {
  proactive: [34],
  applications: [8, 10, 30],
  review: [],
};

/** The `<colgroup>` of a table, its widths in percent summing to 100. */
export function colgroupHtml(layout: TableLayout): string {
  const labels = LABEL_SHARES[layout.id].slice(0, layout.columns);
  const used = labels.reduce((a, b) => a + b, 0);
  const rest = layout.columns - labels.length;
  const share = rest > 0 ? (100 - used) / rest : 0;
  const widths = [...labels, ...Array.from({ length: rest }, () => share)];
  const cols = widths.map((w) => `<col style="width:${Math.floor(w * 100) / 100}%">`).join('');
  return `<colgroup>${cols}</colgroup>`;
}
