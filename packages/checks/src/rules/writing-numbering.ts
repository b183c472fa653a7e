import type { Finding, SectionKey } from '@xxgk/model';
import { textFinding } from '../text/finding.js';
import { chineseNumber } from '../text/numbers.js';
import type { Paragraph, TextView } from '../text/text-view.js';
import type { Rule } from '../types.js';
import { anchoredMatches, blanksBefore } from './writing/anchored.js';
import { isCnNumeral, isDigit, skipSpace } from './writing/chars.js';

/** A family of list markers: items of one list share it. */
type Family = 'cn-paren' | 'ar-paren' | 'cn-dun' | 'ar-dot' | 'circled' | 'di' | 'shi' | 'yao';

interface Marker {
  family: Family;
  value: number;
  /** How the marker is written within its family (full/half-width bracket, `1.` or `1、`). */
  variant: string;
  /** The marker as printed. */
  raw: string;
  p: Paragraph;
  start: number;
  end: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const START: readonly [Family, RegExp][] = [
  ['cn-paren', new RegExp(String.raw`^\s*([(])\s*(${CN})\s*[)]`, 'u')],
  ['ar-paren', /^\s*([(])\s*(\d{1,2})\s*[)]/u],
  ['cn-dun', new RegExp(String.raw`^\s*()(${CN})\s*([、.])`, 'u')],
  ['ar-dot', /^\s*()(\d{1,2})\s*([、.])(?!\d)/u],
  ['circled', /^\s*()([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/u],
  ['di', new RegExp(String.raw`^\s*(第)(${CN})\s*[,、:]`, 'u')],
];
/**
 * 一是…二是… and 一要…二要… run inside paragraphs, after a sentence or clause break (or at a
 * paragraph's start); the break is looked behind, not matched, so a match stays in its paragraph.
 * Sticky: tried only where {@link inlineMarkers} finds a numeral before 是 or 要.
 */
const INLINE: readonly [Family, string, RegExp][] = [
  ['shi', '是', new RegExp(String.raw`(?<![^\n。;,:、])[ \t]*(${CN})是(?!否|指|为)`, 'uy')],
  ['yao', '要', new RegExp(String.raw`(?<![^\n。;,:、])[ \t]*(${CN})要(?!求|点|素|件)`, 'uy')],
];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/**
 * The patterns of {@link START} a paragraph may open with, by its first character that is not
 * white space (each pattern needs one kind): a paragraph that opens with none of them — most —
 * is passed over without running a pattern.
 */
const STARTS_BY_CHAR = (() => {
  const byChar = new Map<number, [Family, RegExp][]>();
  const add = (chars: string, families: readonly Family[]) => {
    for (const c of chars)
      byChar.set(
        c.charCodeAt(0),
        START.filter(([f]) => families.includes(f)),
      );
  };
  add('(', ['cn-paren', 'ar-paren']);
  add('一二三四五六七八九十', ['cn-dun']);
  add('0123456789', ['ar-dot']);
  add(CIRCLED, ['circled']);
  add('第', ['di']);
  return byChar;
})();

/** The marker a paragraph opens with, if any (headings excluded: they are the sections). */
function startMarker(p: Paragraph): Marker | null {
  if (p.heading) return null;
  // `^\s*` takes exactly the leading white space: the marker starts where it ends.
  const start = skipSpace(p.folded, 0);
  const c = p.folded.charCodeAt(start);
  const starts = STARTS_BY_CHAR.get(c);
  if (!starts || !mayOpenList(p.folded, start, c)) return null;
  for (const [family, re] of starts) {
    const m = re.exec(p.folded);
    if (!m) continue;
    const digits = m[2] ?? '';
    const value =
      family === 'circled'
        ? CIRCLED.indexOf(digits) + 1
        : family === 'ar-paren' || family === 'ar-dot'
          ? Number(digits)
          : numeralValue(digits);
    if (!value) continue;
    const raw = p.raw.slice(start, m[0].length);
    // Full- and half-width brackets fold to the same character; the raw text tells them apart.
    const variant = family.endsWith('paren')
      ? raw.startsWith('(')
        ? 'half'
        : 'full'
      : (m[3] ?? '');
    return { family, value, variant, raw, p, start, end: m[0].length };
  }
  return null;
}

/**
 * False when a paragraph opening with a digit or a numeral cannot open with `1.`/`一、`: the
 * patterns for them take at most 2 digits or 3 numerals followed, after white space, by 、 or
 * `.` — paragraphs opening with a year (2024年) or with 一是 are passed over without running them.
 */
function mayOpenList(folded: string, start: number, c: number): boolean {
  const digits = isDigit(c);
  if (!digits && !isCnNumeral(c)) return true;
  let end = start + 1;
  while (end < folded.length && (digits ? isDigit : isCnNumeral)(folded.charCodeAt(end))) end++;
  if (end - start > (digits ? 2 : 3)) return false;
  const next = folded.charCodeAt(skipSpace(folded, end));
  return next === IDEOGRAPHIC_COMMA || next === FULL_STOP;
}
const IDEOGRAPHIC_COMMA = 0x3001;
const FULL_STOP = 46;

/** Every marker of the narrative in document order: paragraph openers and inline 一是/一要. */
function markersOf(view: TextView): Marker[] {
  const found: Marker[] = [];
  for (const p of view.narrative) {
    const m = startMarker(p);
    if (m) found.push(m);
  }
  for (const [family, word, re] of INLINE) inlineMarkers(view, family, word, re, found);
  return found.sort(byPosition);
}

/** Document order of markers: line, then paragraph, then place in the paragraph. */
function byPosition(a: Marker, b: Marker): number {
  return a.p.line - b.p.line || a.p.offset - b.p.offset || a.start - b.start;
}

/**
 * Adds the matches of an inline pattern (1–3 numerals, then 是 or 要), in text order: found by
 * indexOf on the word, the pattern tried only where {@link inlineStart} says a match ending
 * there must start.
 */
function inlineMarkers(
  view: TextView,
  family: Family,
  word: string,
  re: RegExp,
  found: Marker[],
): void {
  for (const { p, end, match: m } of anchoredMatches(view, re, word, inlineStart)) {
    const value = numeralValue(m[1] ?? '');
    if (!value) continue;
    const start = end - (m[1] ?? '').length - 1;
    found.push({ family, value, variant: '', raw: p.raw.slice(start, end), p, start, end });
  }
}

/**
 * Where an inline marker holding the 是/要 at `at` starts: before the numerals just ahead of it
 * and the blanks ahead of them. More than three numerals cannot match (the break the pattern
 * looks behind for must come right before the blanks).
 */
function inlineStart(text: string, at: number): number {
  let numerals = at;
  while (numerals > 0 && isCnNumeral(text.charCodeAt(numerals - 1))) numerals--;
  return numerals === at || at - numerals > 3 ? -1 : blanksBefore(text, numerals);
}

const NUMERALS = '一二三四五六七八九十';
/** Values of the numerals markers use (at most 1,110 strings of 1–3 of 一…十), worked out once. */
const NUMERAL_VALUES = new Map<string, number | null>();

/**
 * {@link chineseNumber} of a marker's numerals: one numeral (一…十, nearly every marker) read
 * off its place in the list, longer ones remembered — the same few recur in every report.
 */
function numeralValue(numerals: string): number | null {
  if (numerals.length === 1) {
    const value = NUMERALS.indexOf(numerals) + 1;
    if (value > 0) return value;
  }
  let value = NUMERAL_VALUES.get(numerals);
  if (value === undefined) {
    value = chineseNumber(numerals);
    NUMERAL_VALUES.set(numerals, value);
  }
  return value;
}

interface ListState {
  last: number;
  variant: string;
  lastRaw: string;
  variantWarned: boolean;
}

/** Adds a finding of this rule about marker `m`. */
function report(
  findings: Finding[],
  view: TextView,
  m: Marker,
  severity: Finding['severity'],
  message: string,
): void {
  findings.push(textFinding(view, m.p, m, { rule: 'writing.numbering', severity, message }));
}

/** Adds to `findings` what is wrong with the markers of one section. */
function sectionFindings(view: TextView, markers: readonly Marker[], findings: Finding[]): void {
  const lists = new Map<Family, ListState>();
  let previous: Marker | null = null;
  for (const m of markers) {
    const list = lists.get(m.family);
    if (!list || m.value === 1) {
      if (m.value !== 1) {
        if (previous && previous.value === m.value - 1 && previous.family !== m.family)
          report(
            findings,
            view,
            m,
            'warning',
            `编号样式不一致：“${m.raw}”接在“${previous.raw}”之后，同一组编号应使用同一种样式`,
          );
        else report(findings, view, m, 'warning', `编号从“${m.raw}”开始，前面缺少第1项`);
      }
      lists.set(m.family, {
        last: m.value,
        variant: m.variant,
        lastRaw: m.raw,
        variantWarned: false,
      });
    } else {
      if (m.value === list.last)
        report(findings, view, m, 'warning', `编号重复：“${m.raw}”已在前面使用过`);
      else if (m.value < list.last)
        report(findings, view, m, 'warning', `编号倒退：“${m.raw}”出现在“${list.lastRaw}”之后`);
      else if (m.value > list.last + 1)
        report(
          findings,
          view,
          m,
          'warning',
          `编号跳跃：“${list.lastRaw}”之后直接是“${m.raw}”，缺少中间的编号`,
        );
      else if (m.variant !== list.variant && !list.variantWarned) {
        report(
          findings,
          view,
          m,
          'info',
          `编号写法不统一：“${m.raw}”与同组的“${list.lastRaw}”${m.family.endsWith('paren') ? '全角半角括号混用' : '标点不同'}`,
        );
        list.variantWarned = true;
      }
      list.last = m.value;
      list.lastRaw = m.raw;
    }
    previous = m;
  }
}

/**
 * Numbered lists whose numbers jump (1. 2. 4.), repeat (一是…二是…二是), go back ((三) then
 * (二)), or switch style within one list ((一) then (2)); mixed full- and half-width brackets in
 * one list are advice. Lists are read section by section, outside the tables.
 * @see docs/domain.md §1.9（文字严谨）
 */
export const writingNumbering: Rule = {
  id: 'writing.numbering',
  severity: 'warning',
  title: '编号',
  description:
    '正文各级编号（一、（一）1.（1）①、一是……）应连续：跳号、重号、倒退、或同一组编号混用不同样式为警告；同一组编号全角半角括号混用为提示。按部分分别检查，不含表格。',
  see: ['GB/T 9704—2012 党政机关公文格式（结构层次序数）'],
  examples: [
    {
      name: 'consecutive and nested lists pass',
      input: {
        text: '一、总体情况\n（一）主动公开\n1.网站\n2.新媒体\n（二）依申请公开\n1.受理\n2.答复。一是及时，二是规范。',
      },
      expect: [],
    },
    {
      name: 'a number that jumps is a warning',
      input: { text: '一、总体情况\n1.加大力度。\n2.规范管理。\n4.完善平台。' },
      expect: [{ severity: 'warning', line: 4, message: ['2.', '4.'] }],
    },
    {
      name: 'a repeated 二是 is a warning',
      input: {
        text: '六、其他需要报告的事项\n一是细化责任分工。\n二是加强培训工作,二是结合工作实际。',
      },
      expect: [{ severity: 'warning', line: 3, message: ['重复', '二是'] }],
    },
    {
      name: 'an inline marker that opens a paragraph is reported on that paragraph',
      input: {
        text: '五、存在的主要问题及改进情况\n一是加强学习。\n二是完善制度。\n二是强化监督。',
      },
      expect: [{ severity: 'warning', line: 4, message: ['重复', '二是'] }],
    },
    {
      name: 'table rows of a report without section headings are not read as a numbered list',
      input: {
        text: '江宁市交通运输局2024年政府信息公开工作年度报告\n三、本年度办理结果 | （一）予以公开 | 5 | 0 | 5\n三、本年度办理结果 | （二）部分公开 | 1 | 0 | 1\n三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0',
      },
      expect: [],
    },
    {
      name: 'a list that goes back is a warning',
      input: {
        text: '六、其他需要报告的事项\n（一）收费情况\n（二）建议提案\n（三）创新情况\n（二）工作要点落实情况',
      },
      expect: [{ severity: 'warning', line: 5, message: ['倒退', '（二）'] }],
    },
    {
      name: 'a list that switches from （一） to （2） is a warning',
      input: {
        text: '六、其他需要报告的事项\n（一）收取信息处理费的情况\n（2） 落实上级年度政务公开工作要点情况\n（3） 建议提案办理情况',
      },
      expect: [{ severity: 'warning', line: 3, message: ['样式', '（2）', '（一）'] }],
    },
    {
      name: 'full- and half-width brackets mixed in one list are advice',
      input: {
        text: '一、总体情况\n（一）主动公开情况。\n(二)依申请公开情况。\n（三）政府信息管理情况。',
      },
      expect: [{ severity: 'info', line: 3, message: ['全角半角'] }],
    },
  ],
  run({ text: view }) {
    if (!view) return [];
    const bySection = new Map<SectionKey | null, Marker[]>();
    for (const m of markersOf(view)) {
      const list = bySection.get(m.p.section);
      if (list) list.push(m);
      else bySection.set(m.p.section, [m]);
    }
    const findings: Finding[] = [];
    for (const markers of bySection.values()) sectionFindings(view, markers, findings);
    return findings;
  },
};
