import {
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER_NOTE,
  FORMAT_IDS,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
  type ApplicationRowDef,
  type FormatId,
  type ProactiveRowDef,
  type ReviewBlockKey,
} from '@xxgk/model';
import { keyOf, withoutOrdinals, withoutTrailingParens } from './label-key.js';

/** What a printed label means in the tables of one format. */
export type LabelMeaning =
  /** Caption row of a section 二 sub-table, e.g. 第二十条第（一）项. */
  | { kind: 'caption'; table: number }
  /** A column header of a section 二 sub-table. */
  | { kind: 'proField'; table: number; field: number }
  /** A data row of section 二. */
  | { kind: 'proRow'; table: number; row: ProactiveRowDef }
  /** A data row of table 三. */
  | { kind: 'appRow'; row: ApplicationRowDef }
  /** A row group of table 三 (carries no data). */
  | { kind: 'appGroup'; key: string }
  /** A block of table 四 (行政复议, 未经复议直接起诉, 复议后起诉). */
  | { kind: 'reviewBlock'; key: ReviewBlockKey }
  /** Any other header text of the tables (信息内容, 自然人, 结果维持, …). */
  | { kind: 'header' };

/** The meanings of one key, per format (a key may mean different things in the two formats). */
export type MeaningsByFormat = Partial<Record<FormatId, LabelMeaning[]>>;

/** Every label of both formats, keyed by {@link keyOf}, built once from the model. */
export interface LabelIndex {
  /** Exact keys (labels, full labels, variants). */
  readonly exact: ReadonlyMap<string, MeaningsByFormat>;
  /** Keys without their leading ordinals, where unambiguous and long enough to be safe. */
  readonly bare: ReadonlyMap<string, MeaningsByFormat>;
  /** Every prefix of every key: lets wrapped labels be joined from consecutive lines. */
  readonly prefixes: ReadonlySet<string>;
  /** Keys printed only in one format's tables: evidence of the format. */
  readonly evidence: ReadonlyMap<string, FormatId>;
  /** Length of the longest key. */
  readonly maxKeyLength: number;
  /** The first character of every key. */
  readonly firstChars: ReadonlySet<string>;
  /** Keys of the row groups of table 三 (三、本年度办理结果, (三)不予公开 …), longest first. */
  readonly groupKeys: readonly string[];
  /**
   * Beginnings (six characters or more) of row and column labels that only one label has:
   * a label whose end wrapped into another line of a table row still names its row.
   */
  readonly uniquePrefixes: ReadonlyMap<string, string>;
  /** Keys without their inner punctuation (、，：；), for labels printed with other marks. */
  readonly loose: ReadonlyMap<string, string>;
}

const INNER_PUNCTUATION = /[、,，;；:：]/gu;

/** A key without its inner punctuation. */
export function looseKey(key: string): string {
  return key.replace(INNER_PUNCTUATION, '');
}

const POSITIONAL = new Set<LabelMeaning['kind']>(['proRow', 'proField', 'appRow']);
const MIN_PREFIX = 6;

function uniquePrefixesOf(exact: ReadonlyMap<string, MeaningsByFormat>): Map<string, string> {
  const owner = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [key, entry] of exact) {
    const positional = FORMAT_IDS.some((id) => entry[id]?.some((m) => POSITIONAL.has(m.kind)));
    if (!positional) continue;
    for (let i = MIN_PREFIX; i < key.length; i += 1) {
      const prefix = key.slice(0, i);
      const other = owner.get(prefix);
      if (other === undefined) owner.set(prefix, key);
      else if (JSON.stringify(exact.get(other)) !== JSON.stringify(entry)) ambiguous.add(prefix);
    }
  }
  for (const prefix of ambiguous) owner.delete(prefix);
  for (const key of exact.keys()) owner.delete(key);
  return owner;
}

function add(
  map: Map<string, MeaningsByFormat>,
  text: string,
  format: FormatId,
  meaning: LabelMeaning,
): void {
  const key = keyOf(text);
  if (key === '') return;
  const entry = map.get(key) ?? {};
  const list = (entry[format] ??= []);
  if (!list.some((m) => sameMeaning(m, meaning))) list.push(uniform(meaning));
  map.set(key, entry);
}

/**
 * The meaning as an object with every kind's fields, in one order (those its kind lacks left
 * undefined): the table reader asks each matched label's meanings for their `kind`, and
 * objects of seven shapes made that a megamorphic lookup, one whose cache the checker's own
 * lookups evicted between two reports. One shape keeps it a single map check.
 */
function uniform(meaning: LabelMeaning): LabelMeaning {
  const fields = { table: undefined, field: undefined, row: undefined, key: undefined };
  return Object.assign({ kind: meaning.kind, ...fields }, meaning);
}

function sameMeaning(a: LabelMeaning, b: LabelMeaning): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Meanings that identify one cell position; the others are mere headers. */
const DISCRIMINATING = new Set<LabelMeaning['kind']>(['caption', 'proField', 'proRow', 'appRow']);

function buildIndex(): LabelIndex {
  const exact = new Map<string, MeaningsByFormat>();
  for (const id of FORMAT_IDS) {
    const def = getFormat(id);
    def.proactive.forEach((table, t) => {
      add(exact, table.caption, id, { kind: 'caption', table: t });
      table.fields.forEach((field, f) => {
        for (const text of [field.label, ...field.variants])
          add(exact, text, id, { kind: 'proField', table: t, field: f });
      });
      for (const row of table.rows)
        for (const text of [row.label, ...row.variants])
          add(exact, text, id, { kind: 'proRow', table: t, row });
    });
    add(exact, '信息内容', id, { kind: 'header' });
    for (const row of def.applicationRows)
      for (const text of [row.label, row.fullLabel, ...row.variants])
        add(exact, text, id, { kind: 'appRow', row });
    for (const group of def.applicationGroups)
      for (const text of [group.label, ...group.variants])
        add(exact, text, id, { kind: 'appGroup', key: group.key });
    for (const col of APPLICANT_COLUMNS) add(exact, col.label, id, { kind: 'header' });
    for (const text of ['法人或其他组织', '申请人情况', APPLICATIONS_HEADER_NOTE])
      add(exact, text, id, { kind: 'header' });
    for (const block of REVIEW_BLOCKS) {
      add(exact, block.label, id, { kind: 'reviewBlock', key: block.key });
      // A block with its group in brackets, one row per block (行政诉讼（复议后起诉）): how
      // our Markdown and statutory.tables name the block, and how a flattened table prints it.
      if (block.group)
        add(exact, `${block.group}（${block.label}）`, id, {
          kind: 'reviewBlock',
          key: block.key,
        });
    }
    for (const field of REVIEW_FIELDS) add(exact, field.label, id, { kind: 'header' });
    add(exact, '行政诉讼', id, { kind: 'header' });
  }

  // Bare keys (without ordinals) of the rows and groups, kept only when long enough not to
  // collide with ordinary words and when they name the same thing wherever they occur.
  const bare = new Map<string, MeaningsByFormat>();
  const clashes = new Set<string>();
  for (const [key, entry] of exact) {
    const stripped = withoutOrdinals(key);
    if (stripped === key || stripped.length < 4) continue;
    if (exact.has(stripped)) continue;
    const previous = bare.get(stripped);
    if (previous && JSON.stringify(previous) !== JSON.stringify(entry)) clashes.add(stripped);
    bare.set(stripped, entry);
  }
  for (const key of clashes) bare.delete(key);

  const prefixes = new Set<string>();
  const firstChars = new Set<string>();
  let maxKeyLength = 0;
  for (const key of [...exact.keys(), ...bare.keys()]) {
    maxKeyLength = Math.max(maxKeyLength, key.length);
    firstChars.add(key.charAt(0));
    for (let i = 1; i <= key.length; i += 1) prefixes.add(key.slice(0, i));
  }

  const evidence = new Map<string, FormatId>();
  for (const [key, entry] of exact) {
    const formats = FORMAT_IDS.filter((id) =>
      (entry[id] ?? []).some((m) => DISCRIMINATING.has(m.kind)),
    );
    const [only] = formats;
    if (formats.length === 1 && only && FORMAT_IDS.every((id) => id === only || !entry[id]))
      evidence.set(key, only);
  }
  const groupKeys = [...exact]
    .filter(([, entry]) => FORMAT_IDS.some((id) => entry[id]?.some((m) => m.kind === 'appGroup')))
    .map(([key]) => key)
    .sort((a, b) => b.length - a.length);
  const uniquePrefixes = uniquePrefixesOf(exact);
  const loose = new Map<string, string>();
  for (const key of exact.keys()) {
    const relaxed = looseKey(key);
    if (relaxed !== key && !exact.has(relaxed)) loose.set(relaxed, key);
  }
  return {
    exact,
    bare,
    prefixes,
    evidence,
    maxKeyLength,
    firstChars,
    groupKeys,
    uniquePrefixes,
    loose,
  };
}

let built: LabelIndex | undefined;

/** The label index of both formats (built on first use, then shared). */
export function labelIndex(): LabelIndex {
  return (built ??= buildIndex());
}

/**
 * The meanings of a key: exact, then without leading ordinals, then without trailing
 * explanatory parentheses. Returns the key that matched too, or null.
 */
export function lookupKey(
  index: LabelIndex,
  key: string,
): { key: string; meanings: MeaningsByFormat } | null {
  const exact = index.exact.get(key);
  if (exact) return { key, meanings: exact };
  const stripped = withoutOrdinals(key);
  if (stripped !== key) {
    const bare = index.bare.get(stripped);
    if (bare) return { key: stripped, meanings: bare };
  }
  const unparenthesised = withoutTrailingParens(key);
  if (unparenthesised !== key && unparenthesised !== '') {
    const found = index.exact.get(unparenthesised) ?? index.bare.get(unparenthesised);
    if (found) return { key: unparenthesised, meanings: found };
  }
  const grouped = withoutGroup(index, key);
  if (grouped) return grouped;
  const relaxed = index.loose.get(looseKey(key));
  const found = relaxed === undefined ? undefined : index.exact.get(relaxed);
  if (found && relaxed !== undefined) return { key: relaxed, meanings: found };
  return otherwiseNumbered(index, key);
}

/** A sub-row number printed `(1)` or `①` (folded to `1`), maybe after its group's `(三)`. */
const SUB_ROW_NUMBER =
  /^((?:\([一二三四五六七八九十]{1,3}\))?)(?:\((\d{1,2})\)|(\d{1,2})(?=[^\d.]))/u;

/**
 * A table 三 sub-row numbered otherwise than `1.` — `(1)其他`, `①属于国家秘密` (NFKC makes
 * ① a bare `1`) — or printed without its number under its group (`属于国家秘密`): its meanings
 * as `1.` would have, the unnumbered one only by a key long enough to be no common word.
 */
function otherwiseNumbered(
  index: LabelIndex,
  key: string,
): { key: string; meanings: MeaningsByFormat } | null {
  const numbered = key.replace(
    SUB_ROW_NUMBER,
    (_, group: string, paren?: string, bare?: string) => `${group}${paren ?? bare ?? ''}.`,
  );
  const found = numbered === key ? undefined : index.exact.get(numbered);
  if (found) return { key: numbered, meanings: found };
  const bare = withoutOrdinals(key) === key ? index.bare.get(key) : undefined;
  return bare ? { key, meanings: bare } : null;
}

/**
 * A row label printed in one cell with the labels of its groups before it
 * (`三、本年度办理结果 (一)予以公开`, `(三)不予公开 1.属于国家秘密`): the row's meanings.
 */
function withoutGroup(
  index: LabelIndex,
  key: string,
): { key: string; meanings: MeaningsByFormat } | null {
  let rest = key;
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const group of index.groupKeys)
      if (rest.length > group.length && rest.startsWith(group)) {
        rest = rest.slice(group.length);
        stripped = true;
        break;
      }
  }
  if (rest === key) return null;
  const found = index.exact.get(rest) ?? index.bare.get(withoutOrdinals(rest));
  return found ? { key: rest, meanings: found } : null;
}
