import { labelKey, SECTIONS, type Heading, type SectionKey } from '@xxgk/model';
import { foldKeepLength } from './fold.js';
import { allMatches } from './all-matches.js';

/** How a heading's wording relates to the format: exact, a known variant, or other. */
export type HeadingWording = 'standard' | 'variant' | 'other';

/** A section heading with where it starts in its line and how standard its wording is. */
export interface LocatedHeading extends Heading {
  /** Index in the line where the heading (its ordinal) starts. */
  offset: number;
  wording: HeadingWording;
}

const ORDINALS = ['一', '二', '三', '四', '五', '六'] as const;

/** Words that identify a section when the heading is not worded as the format words it. */
const KEYWORDS: readonly (readonly [SectionKey, RegExp])[] = [
  ['review', /复议|诉讼/u],
  ['proactive', /主动公开/u],
  ['applications', /依申请|公开申请|申请情况|收到和处理/u],
  ['problems', /问题|改进|整改|不足|下一步|打算/u],
  ['other', /^(?:其他|其它)|(?:其他|其它).*(?:事项|情况)/u],
  ['overview', /总体|概况|概述|基本情况|总述/u],
];

/** Row labels of table 三 begin with 一、…四、 too; they are not headings. */
const TABLE_LABEL = /本年新收|上年结转|本年度办理结果|结转下年度|办理结果/u;

const BOOKMARK = /\[bookmark:[^\]]*\]/gu;

interface Titles {
  key: SectionKey;
  keys: { key: string; wording: HeadingWording }[];
}

const TITLES: readonly Titles[] = SECTIONS.map((s) => ({
  key: s.key,
  keys: [
    { key: labelKey(s.title), wording: 'standard' as const },
    ...s.variants.map((v) => ({ key: labelKey(v), wording: 'variant' as const })),
  ].sort((a, b) => b.key.length - a.key.length),
}));

type SectionMatch = { key: SectionKey; wording: HeadingWording; prefix: boolean } | null;

/** Heading texts repeat across documents; their matches are remembered (bounded). */
const MATCHES = new Map<string, SectionMatch>();

/** The section a heading text names, by exact title, known variant or keyword. */
export function matchSection(text: string): SectionMatch {
  let match = MATCHES.get(text);
  if (match === undefined) {
    if (MATCHES.size > 2000) MATCHES.clear();
    match = matchSectionUncached(text);
    MATCHES.set(text, match);
  }
  return match;
}

/**
 * `labelKey` takes 其它 for 其他, so a heading printing 其它 matches the standard title's key;
 * its wording is still not the format's own, and stays a known variant (advice).
 */
function wordingOf(text: string, wording: HeadingWording): HeadingWording {
  return wording === 'standard' && text.includes('其它') ? 'variant' : wording;
}

function matchSectionUncached(text: string): SectionMatch {
  const k = labelKey(text).replace(/[。.]+$/u, '');
  for (const t of TITLES)
    for (const title of t.keys)
      if (k === title.key)
        return { key: t.key, wording: wordingOf(text, title.wording), prefix: false };
  for (const t of TITLES)
    for (const title of t.keys)
      if (k.startsWith(title.key))
        return { key: t.key, wording: wordingOf(text, title.wording), prefix: true };
  if (TABLE_LABEL.test(k)) return null;
  for (const [key, re] of KEYWORDS) if (re.test(k)) return { key, wording: 'other', prefix: false };
  return null;
}

const LINE_HEADING = /^(\s*)([一二三四五六七八九十]{1,2})\s*[、.,，:：]\s*(.*)$/u;
/** Markdown heading and emphasis marks a web-to-Markdown capture puts before a heading. */
const MARKDOWN_START = /^\s*[#*_]/u;
const MARKDOWN_OPEN = /^(\s*)(#{1,6}\s*)?(\*\*|__)?/u;
/**
 * A heading spelled out character by character (`总体情况` spaced with U+3000), as Word centres short ones;
 * the reader's text may show those spaces as cell separators (`总 | 体 | 情 | 况`).
 */
const SPACED_OUT =
  /^\p{sc=Han}(?:(?:[ \u3000\u00a0]*\|)?[ \u3000\u00a0]+\p{sc=Han})+(?=[ \u3000\u00a0：:|]|$)/u;
const SPACES_AND_BARS = /[ \u3000\u00a0|]+/gu;

/**
 * The line with a leading Markdown heading mark (`## `) and bold or underline emphasis around
 * its start (`**一、总体情况**`, `__…__`) blanked with spaces, so indices still point into the
 * line; other lines as they are.
 */
function withoutMarkdown(line: string): string {
  if (!MARKDOWN_START.test(line)) return line;
  const m = MARKDOWN_OPEN.exec(line);
  const mark = m?.[3];
  if (!m || (!m[2] && !mark)) return line;
  const rest = line.slice(m[0].length);
  const close = mark ? rest.indexOf(mark) : -1;
  const body =
    close >= 0
      ? `${rest.slice(0, close)}${' '.repeat(mark?.length ?? 0)}${rest.slice(close + (mark?.length ?? 0))}`
      : rest;
  return `${m[1] ?? ''}${' '.repeat(m[0].length - (m[1] ?? '').length)}${body}`;
}

/** The spaced-out title a heading line holds, if `first` opens one; else `first`. */
function spacedOutText(folded: string, first: string): string {
  const m = LINE_HEADING.exec(withoutMarkdown(folded));
  const whole = m?.[3] ? headText(m[3]) : first;
  return whole.length > 1 && whole.startsWith(first) ? whole : first;
}

/**
 * The words that open a heading line: up to the first space or colon (the first sentence may
 * follow on the same line), or a spaced-out title read whole when it names a section.
 */
function headText(text: string): string {
  const spaced = SPACED_OUT.exec(text);
  if (spaced) {
    const joined = spaced[0].replace(SPACES_AND_BARS, '');
    if (matchSection(joined)) return joined;
  }
  return text.split(/\s+|[：:]/u)[0] ?? text;
}
const STARTS_WITH_ORDINAL = /^\s*[一二三四五六七八九十]/u;
const INLINE_HEADING = /(^|[\s。；;！？!?])([一二三四五六])\s*、\s*/gu;

/** Prepares a raw line for heading search: folded, bookmarks blanked, indices kept. */
export function searchableLine(raw: string): string {
  const folded = foldKeepLength(raw);
  return folded.includes('[bookmark')
    ? folded.replace(BOOKMARK, (m) => ' '.repeat(m.length))
    : folded;
}

/** How sure a line is a section heading; higher wins when several lines claim a section. */
const enum Confidence {
  /** 一、 … with text that names no section: taken only where its section's heading is missing. */
  Ordinal = 1,
  Keyword = 2,
  Title = 3,
}

interface Candidate {
  heading: LocatedHeading;
  confidence: Confidence;
  /** The ordinal is the one the format gives this section. */
  ordinalMatches: boolean;
}

function sectionIndex(ordinal: string): number {
  return ORDINALS.indexOf(ordinal as (typeof ORDINALS)[number]);
}

function lineHeading(folded: string, line: number): Candidate | null {
  const m = LINE_HEADING.exec(folded);
  if (!m) return null;
  const ordinal = m[2] ?? '';
  const text = (m[3] ?? '').trim();
  const offset = (m[1] ?? '').length;
  const byOrdinal = SECTIONS[sectionIndex(ordinal)];
  // The heading may be followed by its first sentence on the same line.
  const head = headText(text);
  const match = head ? matchSection(head) : null;
  if (match && (match.wording !== 'other' || (head.length <= 40 && !/[。；;]$/u.test(head)))) {
    const wording = match.prefix ? 'other' : match.wording;
    return {
      heading: {
        key: match.key,
        ordinal,
        text: head,
        line,
        standard: wording !== 'other',
        offset,
        wording,
      },
      confidence: match.wording === 'other' ? Confidence.Keyword : Confidence.Title,
      ordinalMatches: byOrdinal?.key === match.key,
    };
  }
  // A short line numbered 一…六 that names nothing known (`三、`, `五、下步工作`) may still be the
  // heading of its section, worded badly; table 三's row labels are not.
  if (!byOrdinal || head.length > 20 || /[。；;]$/u.test(head) || TABLE_LABEL.test(head))
    return null;
  return {
    heading: {
      key: byOrdinal.key,
      ordinal,
      text: head,
      line,
      standard: false,
      offset,
      wording: 'other',
    },
    confidence: Confidence.Ordinal,
    ordinalMatches: true,
  };
}

/**
 * Chooses one heading per section among the lines that claim it: the surest claim first (a
 * title with the right ordinal, then a keyword with the right ordinal, then a title or keyword
 * numbered wrongly), earliest line on ties. A line that only has the right ordinal is taken when
 * nothing better claims the section and it sits between its neighbours.
 */
function choose(candidates: readonly Candidate[], folded: readonly string[]): LocatedHeading[] {
  const score = (c: Candidate) => c.confidence * 2 + (c.ordinalMatches ? 1 : 0);
  // A table of contents lists the headings line after line with nothing between them; the
  // sections themselves come later, each followed by its text.
  const headingLines = new Set(candidates.map((c) => c.heading.line));
  const inContents = (c: Candidate) => {
    for (let i = c.heading.line; i < folded.length; i++) {
      if (!folded[i]?.trim()) continue;
      return headingLines.has(i + 1) ? 1 : 0;
    }
    return 0;
  };
  const chosen = new Map<SectionKey, Candidate>();
  const used = new Set<Candidate>();
  for (const c of [...candidates].sort(
    (a, b) =>
      score(b) - score(a) || inContents(a) - inContents(b) || a.heading.line - b.heading.line,
  )) {
    const key = c.heading.key;
    if (!key || chosen.has(key) || used.has(c) || c.confidence === Confidence.Ordinal) continue;
    chosen.set(key, c);
    used.add(c);
  }
  const lineOf = (i: number, step: number): number | null => {
    for (let k = i + step; k >= 0 && k < SECTIONS.length; k += step) {
      const other = chosen.get(SECTIONS[k]?.key ?? 'overview');
      if (other) return other.heading.line;
    }
    return null;
  };
  for (const c of candidates) {
    const key = c.heading.key;
    if (c.confidence !== Confidence.Ordinal || !key || chosen.has(key)) continue;
    if ([...chosen.values()].some((x) => x.heading.line === c.heading.line)) continue;
    const i = SECTIONS.findIndex((s) => s.key === key);
    const before = lineOf(i, -1);
    const after = lineOf(i, 1);
    if ((before === null || before < c.heading.line) && (after === null || c.heading.line < after))
      chosen.set(key, c);
  }
  return [...chosen.values()]
    .map((c) => c.heading)
    .sort((a, b) => a.line - b.line || a.offset - b.offset);
}

function inlineHeadings(folded: string, line: number): LocatedHeading[] {
  const found: LocatedHeading[] = [];
  for (const m of allMatches(INLINE_HEADING, folded)) {
    const start = (m.index ?? 0) + (m[1] ?? '').length;
    const after = folded.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    const text = after.split(/\s+|[：:]/u)[0] ?? after;
    const match = matchSection(text);
    if (!match || match.wording === 'other' || match.prefix) continue;
    found.push({
      key: match.key,
      ordinal: m[2] ?? '',
      text,
      line,
      standard: true,
      offset: start,
      wording: match.wording,
    });
  }
  return found;
}

/** Lines longer than this may hold several headings (a report captured as one line). */
const LONG_LINE = 200;

/**
 * Finds the section headings of a document in its text: lines that open with 一、…六、 (after
 * any Markdown heading or emphasis mark) and name a section (by the format's title, a known
 * variant or a keyword), and in very long lines headings written inline. Keeps the first
 * heading of each section; table 三 row labels (which also start with 一、…四、) are not headings.
 */
export function locateHeadings(
  lines: readonly string[],
  folded: readonly string[] = lines.map(searchableLine),
): LocatedHeading[] {
  const candidates: Candidate[] = [];
  const inline: LocatedHeading[] = [];
  folded.forEach((raw, i) => {
    if (raw.length > LONG_LINE) {
      inline.push(...inlineHeadings(raw, i + 1));
      return;
    }
    const line = withoutMarkdown(raw);
    if (STARTS_WITH_ORDINAL.test(line)) {
      const c = lineHeading(line, i + 1);
      if (c) candidates.push(c);
    }
  });
  for (const heading of inline)
    candidates.push({ heading, confidence: Confidence.Title, ordinalMatches: true });
  return choose(candidates, folded);
}

/**
 * Places headings given by the parser (`ParsedDocument.outline`) in the text: finds where each
 * starts in its line and grades its wording. Later headings of a section already seen are
 * dropped, as `locateHeadings` does.
 */
export function placeHeadings(
  outline: readonly Heading[],
  lines: readonly string[],
  foldedLines: readonly string[] = lines.map(searchableLine),
): LocatedHeading[] {
  const placed: LocatedHeading[] = [];
  const seen = new Set<SectionKey>();
  let lastLine = 0;
  let lastOffset = -1;
  const named = new Set(outline.map((h) => h.key));
  for (const given of outline) {
    // A heading the reader could not name still opens the section its ordinal gives, if no other
    // heading names that section.
    const byOrdinal = SECTIONS[sectionIndex(given.ordinal)]?.key;
    const h = given.key
      ? given
      : byOrdinal && !named.has(byOrdinal)
        ? {
            key: byOrdinal,
            ordinal: given.ordinal,
            text: given.text,
            line: given.line,
            standard: given.standard,
          }
        : given;
    if (!h.key || seen.has(h.key)) continue;
    seen.add(h.key);
    const folded = foldedLines[h.line - 1] ?? '';
    const from = h.line === lastLine ? lastOffset + 1 : 0;
    const probe = `${h.ordinal}`;
    const start = h.text ? foldKeepLength(h.text).slice(0, 2) : '';
    let offset = folded.indexOf(probe, from);
    while (offset >= 0 && start && folded.indexOf(start, offset) < 0)
      offset = folded.indexOf(probe, offset + 1);
    if (offset < 0) offset = h.line === lastLine ? from : 0;
    // A reader that splits a heading at spaces keeps one character of a spaced-out title
    // (`一、总 体 情 况` with U+3000 → `总`): read it whole from the line.
    const text = h.text.length === 1 ? spacedOutText(folded, h.text) : h.text;
    const match = text ? matchSection(text) : null;
    const wording: HeadingWording =
      match && match.key === h.key && !match.prefix ? match.wording : 'other';
    // Built field by field: V8 creates `{ ...h, offset, wording }` through a slow runtime path
    // (microseconds per object), which made this the costliest step of the text view.
    placed.push({
      key: h.key,
      ordinal: h.ordinal,
      text,
      line: h.line,
      standard: h.standard,
      offset,
      wording,
    });
    lastLine = h.line;
    lastOffset = offset;
  }
  return placed.sort((a, b) => a.line - b.line || a.offset - b.offset);
}
