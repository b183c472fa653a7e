import { SECTIONS, type Heading, type SectionKey } from '@xxgk/model';
import { keyOf } from './label-key.js';
import type { LabelMatches } from './match-labels.js';
import type { TokenStream } from './tokens.js';

/** A section heading with the token it was read from. */
export interface FoundHeading extends Heading {
  /** Index of the heading's token. */
  token: number;
  /** Text that follows the heading on its own line (`一、总体情况。2023年，我局…`). */
  rest?: string;
}

const HEADING = /^([一二三四五六七八九十]{1,2})(?:\s*[、.．,，]\s*|\s+)(.*)$/su;
const MAX_HEADING_CHARS = 48;
const ORDINALS = '一二三四五六七八九十';
/** The ordinals as UTF-16 units: tested for every one-cell line, without a string per test. */
const ORDINAL_UNITS = new Set([...ORDINALS].map((ch) => ch.charCodeAt(0)));

/** Standard titles and variants of each section, by key. */
const KNOWN: ReadonlyMap<string, SectionKey> = new Map(
  SECTIONS.flatMap((s) => [s.title, ...s.variants].map((t) => [keyOf(t), s.key] as const)),
);

/**
 * Words that identify a section when its heading is not one of the known texts, checked in
 * this order (a 四 heading mentions 申请 too, so 复议/诉讼 come before 申请).
 */
const KEYWORDS: readonly (readonly [RegExp, SectionKey])[] = [
  [/行政复议|行政诉讼/u, 'review'],
  [/问题|改进|整改/u, 'problems'],
  [/其他需要|其它需要|需要报告|其他事项|其它事项/u, 'other'],
  [/主动公开/u, 'proactive'],
  [/依申请|收到和处理|申请公开|公开申请/u, 'applications'],
  [/总体情况|概述|概况|基本情况/u, 'overview'],
];

/**
 * Reads a line as a section heading (`一、总体情况`, `一. 总体情况`, `一 總體情況`): the
 * section it opens, whether the text is a standard one, or null when it is not a heading.
 * A bare ordinal (`三、`) is a heading that names no section.
 */
export function readHeading(text: string): Omit<Heading, 'line'> | null {
  if (text.length > MAX_HEADING_CHARS || !ORDINAL_UNITS.has(text.charCodeAt(0))) return null;
  const match = HEADING.exec(text);
  if (!match) return null;
  const ordinal = match[1] ?? '';
  const title = (match[2] ?? '').trim();
  if (title === '') return { key: null, ordinal, text: '', standard: false };
  const key = keyOf(title);
  const known = KNOWN.get(key);
  if (known) return { key: known, ordinal, text: title, standard: true };
  for (const [pattern, section] of KEYWORDS)
    if (pattern.test(key)) return { key: section, ordinal, text: title, standard: false };
  return null;
}

/** Punctuation that may end a heading run into its paragraph. */
const RUN_IN_END = /[。：:]/u;

/**
 * A standard heading that runs into its paragraph on one line (`一、总体情况。2023年…`): the
 * heading, and the paragraph's text. Only the standard texts and their known variants count,
 * since any sentence may open with an ordinal.
 */
export function readRunInHeading(text: string): (Omit<Heading, 'line'> & { rest: string }) | null {
  if (!ORDINAL_UNITS.has(text.charCodeAt(0))) return null;
  const end = text.search(RUN_IN_END);
  if (end < 2 || end > MAX_HEADING_CHARS) return null;
  const heading = readHeading(text.slice(0, end));
  const rest = text.slice(end + 1).trim();
  if (!heading?.standard || rest === '') return null;
  return { ...heading, rest };
}

/** The section headings of the document, in order; table labels are never headings. */
export function findHeadings(stream: TokenStream, labels: LabelMatches): FoundHeading[] {
  const found: FoundHeading[] = [];
  const { tokens, lineStart } = stream;
  for (let line = 0; line + 1 < lineStart.length; line += 1) {
    const first = lineStart[line] ?? 0;
    const next = lineStart[line + 1] ?? first;
    if (next - first !== 1) continue;
    const token = tokens[first];
    if (!token || token.row || token.cls !== 'text') continue;
    if ((labels.at[first] ?? -1) >= 0) continue;
    const heading: (Omit<Heading, 'line'> & { rest?: string }) | null =
      readHeading(token.text) ?? readRunInHeading(token.text);
    if (heading)
      found.push({
        key: heading.key,
        ordinal: heading.ordinal,
        text: heading.text,
        standard: heading.standard,
        line: line + 1,
        token: first,
        ...(heading.rest ? { rest: heading.rest } : {}),
      });
  }
  return found;
}
