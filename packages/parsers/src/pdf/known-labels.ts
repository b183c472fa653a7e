import {
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER_NOTE,
  FORMATS,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
  labelKey,
} from '@xxgk/model';

/**
 * The texts printed in the national tables' label and header cells, as label keys. A cell
 * that a narrow column wrapped over several lines is put back together when the pieces
 * join into (the start of) one of these.
 */
function knownLabels(): string[] {
  const texts = new Set<string>([
    APPLICATIONS_HEADER_NOTE,
    '申请人情况',
    '法人或其他组织',
    '信息内容',
    '行政诉讼',
  ]);
  for (const c of APPLICANT_COLUMNS) texts.add(c.label);
  for (const b of REVIEW_BLOCKS) texts.add(b.label);
  for (const f of REVIEW_FIELDS) texts.add(f.label);
  for (const format of Object.values(FORMATS)) {
    for (const table of format.proactive) {
      texts.add(table.caption);
      for (const f of table.fields) [f.label, ...f.variants].forEach((t) => texts.add(t));
      for (const r of table.rows) [r.label, ...r.variants].forEach((t) => texts.add(t));
    }
    for (const g of format.applicationGroups) [g.label, ...g.variants].forEach((t) => texts.add(t));
    for (const r of format.applicationRows) [r.label, ...r.variants].forEach((t) => texts.add(t));
  }
  return [...texts].map(labelKey).filter((k) => k !== '');
}

/** Labels of the tables' data rows (规章, 行政许可, 1.属于国家秘密 …), as label keys. */
function rowLabels(): Set<string> {
  const texts: string[] = [];
  for (const format of Object.values(FORMATS)) {
    for (const table of format.proactive)
      for (const r of table.rows) texts.push(r.label, ...r.variants);
    for (const r of format.applicationRows) texts.push(r.label, r.fullLabel, ...r.variants);
  }
  return new Set(texts.map(labelKey));
}

let rowCache: Set<string> | undefined;

/** True when the text is the whole label of a data row of the national tables. */
export function isKnownRowLabel(text: string): boolean {
  rowCache ??= rowLabels();
  return rowCache.has(labelKey(text));
}

let rowPrefixes: Set<string> | undefined;

/** True when the text is the beginning (or the whole) of a data row's label. */
export function isKnownRowLabelStart(text: string): boolean {
  const key = labelKey(text);
  if (key === '') return false;
  if (!rowPrefixes) {
    rowCache ??= rowLabels();
    rowPrefixes = new Set<string>();
    for (const k of rowCache) {
      const chars = [...k];
      for (let i = 1; i <= chars.length; i++) rowPrefixes.add(chars.slice(0, i).join(''));
    }
  }
  return rowPrefixes.has(key);
}

/** Every printed form of the application table's group labels, in every format. */
function groupTexts(): string[] {
  return Object.values(FORMATS).flatMap((format) =>
    format.applicationGroups.flatMap((g) => [g.label, ...g.variants]),
  );
}

let groupCache: Set<string> | undefined;

/** The keys of {@link groupTexts}, made once. */
function groupKeys(): Set<string> {
  return (groupCache ??= new Set(groupTexts().map(labelKey)));
}

/**
 * True when the text labels a group of rows in some format (（三）不予公开, 三、本年度办理结果;
 * （六）其他处理 is a group in 2021 and a row in 2019).
 */
export function isKnownGroupLabel(text: string): boolean {
  return groupKeys().has(labelKey(text));
}

/**
 * True when the text is a piece of a group label that its narrow column wrapped, two
 * characters or more (`其他处` of （六）其他处理, `无法提` of （四）无法提供).
 */
export function isKnownGroupPiece(text: string): boolean {
  const key = labelKey(text);
  if ([...key].length < 2) return false;
  for (const g of groupKeys()) if (g.includes(key)) return true;
  return false;
}

let groupChars: Set<string> | undefined;

/**
 * True when the text is one character of a group label, as a narrow column prints the label
 * one character per line (`三` / `、` / `本` / `年` … of 三、本年度办理结果).
 */
export function isKnownGroupChar(text: string): boolean {
  const chars = [...text.trim()];
  if (chars.length !== 1) return false;
  groupChars ??= new Set(groupTexts().flatMap((l) => [...l]));
  return groupChars.has(chars[0] ?? '');
}

let cache: { full: Set<string>; prefixes: Set<string> } | undefined;

function vocabulary(): { full: Set<string>; prefixes: Set<string> } {
  if (cache) return cache;
  const full = new Set(knownLabels());
  const prefixes = new Set<string>();
  for (const key of full) {
    const chars = [...key];
    for (let i = 1; i <= chars.length; i++) prefixes.add(chars.slice(0, i).join(''));
  }
  cache = { full, prefixes };
  return cache;
}

/** True when the text is a whole label or header of the national tables. */
export function isKnownLabel(text: string): boolean {
  return vocabulary().full.has(labelKey(text));
}

/** True when the text is the beginning (or the whole) of a label or header of the tables. */
export function isKnownLabelStart(text: string): boolean {
  const key = labelKey(text);
  return key !== '' && vocabulary().prefixes.has(key);
}

/**
 * True when the text is a piece (two characters or more) of a whole label or header of the
 * national tables, anywhere in it: the middle line of a label a narrow column wraps over three
 * (`掌握相关政` of 1.本机关不掌握相关政府信息).
 */
export function isKnownLabelPiece(text: string): boolean {
  const key = labelKey(text);
  if ([...key].length < 2) return false;
  for (const label of vocabulary().full) if (label.includes(key)) return true;
  return false;
}
