import { labelKey } from '@xxgk/model';

/** A field of a register row. */
export type RegisterField = 'title' | 'publishedOn' | 'channel' | 'category';

/** Chinese name of each field, as error messages print it. */
export const FIELD_LABELS: Readonly<Record<RegisterField, string>> = {
  title: '标题',
  publishedOn: '发布日期',
  channel: '发布渠道',
  category: '类别',
};

/** Fields whose column must be present; a missing 类别 column leaves the category blank. */
export const REQUIRED_FIELDS: readonly RegisterField[] = ['title', 'publishedOn', 'channel'];

/** Header texts clerks use for each field (matched after folding, so 標題 and 【标题】 match). */
const HEADERS: readonly (readonly [RegisterField, readonly string[]])[] = [
  ['title', ['标题', '名称', '信息名称', '信息标题', '文件名称', '标题名称', '题名']],
  ['publishedOn', ['发布日期', '公开日期', '发布时间', '公开时间', '日期', '发文日期']],
  ['channel', ['发布渠道', '公开渠道', '渠道', '公开方式', '发布平台', '公开载体']],
  ['category', ['类别', '栏目', '类别/栏目', '信息类别', '分类', '所属栏目', '公开类别']],
];

const BY_KEY = new Map<string, RegisterField>(
  HEADERS.flatMap(([field, words]) => words.map((w) => [headerKey(w), field] as const)),
);

/** Header text folded for matching: required-mark asterisks and brackets dropped. */
function headerKey(text: string): string {
  return labelKey(text.replace(/[*＊【】[\]（(].*?[)）]|[*＊【】[\]]/gu, ''));
}

/** The field a header cell names, or null. */
export function registerField(header: string): RegisterField | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/**
 * Column index of each field in a header row, or null when this row is not a header (fewer
 * than two recognised fields). The first column naming a field wins.
 */
export function headerColumns(cells: readonly string[]): Map<RegisterField, number> | null {
  const columns = new Map<RegisterField, number>();
  cells.forEach((cell, i) => {
    const field = registerField(cell);
    if (field && !columns.has(field)) columns.set(field, i);
  });
  return columns.size >= 2 ? columns : null;
}
