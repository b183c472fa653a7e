import type { Finding } from '@xxgk/model';
import { textFinding } from '../text/finding.js';
import { narrativeAt, type TextView } from '../text/text-view.js';
import type { Rule } from '../types.js';
import { isCnNumeral, isDigit } from './writing/chars.js';
import { narrativeScan } from './writing/narrative-scan.js';

/** Pairs as they look after folding (full-width （） become ()). */
const PAIRS: readonly [string, string, string][] = [
  ['(', ')', '括号'],
  ['《', '》', '书名号'],
  ['“', '”', '引号'],
  ['【', '】', '方括号'],
  ['〔', '〕', '六角括号'],
];
/** Char code → 2 × pair index + 1 (+1 more for the closing mark); 0 for other characters. */
const MARK_INDEX = (() => {
  const table = new Uint8Array(65536);
  PAIRS.forEach(([open, close], i) => {
    table[open.charCodeAt(0)] = 2 * i + 1;
    table[close.charCodeAt(0)] = 2 * i + 2;
  });
  return table;
})();
/** List markers that use a closing bracket alone: 1） ①). */
const MARKER = /[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])[ \t]*\)/uy;

/**
 * Brackets, book-title marks and quotation marks opened and never closed (or closed without
 * being opened) within a paragraph — often the contact line whose closing bracket was lost.
 * @see docs/domain.md §1.9（文字严谨）
 */
export const writingBrackets: Rule = {
  id: 'writing.brackets',
  severity: 'warning',
  title: '括号、引号不配对',
  description: '同一段落中括号、书名号、引号、方括号未成对出现（只有前半或只有后半）。',
  see: ['GB/T 15834—2011 标点符号用法'],
  examples: [
    {
      name: 'a contact line whose closing bracket is missing is found',
      input: {
        text: '标题\n请与工信商务局联系（地址:淄博高新区创业火炬广场F座10楼;电话:0533-3586373',
      },
      expect: [{ severity: 'warning', line: 2, message: ['括号', '（'] }],
    },
    {
      name: 'balanced brackets, quotes and list markers pass',
      input: {
        text: '2）完善制度。\n依据《条例》（国务院令第711号）“以公开为常态”。\n1）加强领导。',
      },
      expect: [],
    },
    {
      name: 'a title or quotation a page width broke over two lines (PDF text) is one pair',
      input: {
        text: '一、总体情况\n根据《中华人民共和国政府信息公开条例》《福建省人民政府办公厅关于编\n制公布年度报告有关事项的通知》要求，推行“应公开尽公\n开”。',
      },
      expect: [],
    },
    {
      name: 'a mark left open is still reported when the next lines do not close it',
      input: { text: '一、总体情况\n根据《条例要求编制。\n本年度工作顺利。\n无。\n其他情况。' },
      expect: [{ severity: 'warning', line: 2, message: ['书名号', '《'] }],
    },
    {
      name: 'a paragraph cut off a few characters after an opening mark is a truncated capture, not a missing closing mark',
      input: {
        text: '标题\n根据《中华人民\n信息内容 | 采购项目数量(指202\n联系(地址:淄博高新区创业火炬广场F座10楼',
      },
      expect: [{ severity: 'warning', line: 4, message: ['括号', '('] }],
    },
  ],
  run({ text: view }) {
    if (!view) return [];
    const findings: Finding[] = [];
    const text = view.narrativeText;
    const marks: MarkState = {
      depth: new Array<number>(PAIRS.length).fill(0),
      firstOpen: new Array<number>(PAIRS.length).fill(-1),
      firstStray: new Array<number>(PAIRS.length).fill(-1),
      carry: PAIRS.map(() => null),
    };
    // The paragraph (line) of the last mark seen: its start, its end, and the end of the list
    // marker it opens with.
    let from = 0;
    let to = -1;
    let markerTo = 0;
    let dirty = false;
    // The marks, found by the writing rules' shared pass over the narrative: lines without a
    // mark are never visited.
    for (const i of narrativeScan(view).marks) {
      if (i >= to) {
        if (dirty) closeParagraph(view, from, to, marks, findings);
        dirty = false;
        from = text.lastIndexOf('\n', i) + 1;
        const end = text.indexOf('\n', i);
        to = end < 0 ? text.length : end;
        dropFarCarry(view, from, marks, findings);
        // A list marker that uses a closing bracket alone (1） ①)) opens the paragraph.
        markerTo = markerEnd(text, from);
      }
      if (i < markerTo) continue;
      const code = MARK_INDEX[text.charCodeAt(i)] ?? 0;
      dirty = true;
      const k = code - 1;
      const pair = k >> 1;
      const carried = marks.carry[pair];
      if ((k & 1) === 0) {
        if (marks.depth[pair] === 0) marks.firstOpen[pair] = i;
        marks.depth[pair] = (marks.depth[pair] ?? 0) + 1;
      } else if (marks.depth[pair] !== 0) marks.depth[pair] = (marks.depth[pair] ?? 0) - 1;
      else if (carried && carried.count > 0) carried.count -= 1;
      else if (marks.firstStray[pair] === -1) marks.firstStray[pair] = i;
    }
    if (dirty) closeParagraph(view, from, to, marks, findings);
    dropFarCarry(view, text.length + 3, marks, findings);
    return findings;
  },
};

/**
 * Marks opened at the end of a line and closed on the next are one pair when a page width cut
 * the sentence (text from a PDF: `…根据《国务院办公厅关于印` / `发…的通知》`): a paragraph's unclosed
 * marks are carried to the next line with marks, if it comes within this many line breaks, and
 * are reported only if it does not close them.
 */
const CARRY_LINES = 2;

/** Unclosed marks of a paragraph, waiting for the next line to close them. */
interface Carry {
  count: number;
  at: number;
  from: number;
  to: number;
}

/** Per pair: how many are open, where the first still open was opened, the first stray close. */
interface MarkState {
  depth: number[];
  firstOpen: number[];
  firstStray: number[];
  /** Per pair: the previous paragraph's marks left open, which this line may close. */
  carry: (Carry | null)[];
}

/**
 * Where the list marker a paragraph starting at `from` opens with ends ({@link MARKER}), or
 * `from` when there is none. The pattern is run only when the paragraph opens (after blanks)
 * with a character a marker can: a digit, a numeral 一…十 or a Latin letter.
 */
function markerEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (!isDigit(c) && !isCnNumeral(c) && !((c | 0x20) >= 97 && (c | 0x20) <= 122)) return from;
  MARKER.lastIndex = from;
  const marker = MARKER.exec(text);
  return marker ? from + marker[0].length : from;
}

/** The longest run after an opening mark at a paragraph's end that reads as a line cut off. */
const CUT_OFF_TAIL = 8;
/** Punctuation that shows the text after an opening mark goes on past a cut. */
const TAIL_PUNCTUATION = /[，。；：、,.;:!?！？\s]/u;

/**
 * True when the paragraph ends a few characters after the opening mark at `at`, with no
 * punctuation in between (根据《中华人民, 采购项目数量(指202): a partial capture cut the line
 * off there, so the closing mark was never lost — the rest of the line was.
 */
function cutOffAfter(text: string, at: number, to: number): boolean {
  const tail = text.slice(at + 1, to);
  return tail.length <= CUT_OFF_TAIL && !TAIL_PUNCTUATION.test(tail);
}

/**
 * Ends the paragraph from `from` to `to`: reports its stray closing marks and the marks carried
 * into it that it left open, and carries its own open marks to the next line.
 */
function closeParagraph(
  view: TextView,
  from: number,
  to: number,
  marks: MarkState,
  findings: Finding[],
): void {
  for (let pair = 0; pair < PAIRS.length; pair++) {
    const carried = marks.carry[pair];
    if (carried && carried.count > 0)
      report(view, pair, true, carried.at, carried.from, carried.to, findings);
    marks.carry[pair] = null;
    if ((marks.firstStray[pair] ?? -1) >= 0)
      report(view, pair, false, marks.firstStray[pair] ?? -1, from, to, findings);
    const depth = marks.depth[pair] ?? 0;
    if (depth > 0) marks.carry[pair] = { count: depth, at: marks.firstOpen[pair] ?? -1, from, to };
    marks.depth[pair] = 0;
    marks.firstOpen[pair] = -1;
    marks.firstStray[pair] = -1;
  }
}

/** Reports the carried open marks when the next line with marks, starting at `next`, is too far. */
function dropFarCarry(view: TextView, next: number, marks: MarkState, findings: Finding[]): void {
  for (let pair = 0; pair < PAIRS.length; pair++) {
    const carried = marks.carry[pair];
    if (!carried) continue;
    let breaks = 0;
    for (let i = carried.to; i < next && breaks <= CARRY_LINES; i++)
      if (view.narrativeText.charCodeAt(i) === 10) breaks++;
    if (next <= view.narrativeText.length && breaks <= CARRY_LINES) continue;
    if (carried.count > 0) report(view, pair, true, carried.at, carried.from, carried.to, findings);
    marks.carry[pair] = null;
  }
}

/** Reports one unmatched mark of pair `pair` at `at`, in the paragraph from `from` to `to`. */
function report(
  view: TextView,
  pair: number,
  unclosed: boolean,
  at: number,
  from: number,
  to: number,
  findings: Finding[],
): void {
  if (at < 0) return;
  if (unclosed && cutOffAfter(view.narrativeText, at, to)) return;
  const where = narrativeAt(view, from);
  if (!where) return;
  const [open, closing, name] = PAIRS[pair] ?? ['', '', ''];
  const local = at - from + where.at;
  const mark = where.p.raw[local] ?? (unclosed ? open : closing);
  findings.push(
    textFinding(
      view,
      where.p,
      { start: local, end: local + 1 },
      {
        rule: 'writing.brackets',
        severity: 'warning',
        message: unclosed
          ? `${name}不配对：“${mark}”之后缺少对应的后半`
          : `${name}不配对：“${mark}”之前缺少对应的前半`,
      },
    ),
  );
}
