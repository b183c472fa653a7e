import type { Finding } from '@xxgk/model';
import { textFinding } from '../text/finding.js';
import { narrativeAt } from '../text/text-view.js';
import type { Rule } from '../types.js';

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
const NEWLINE = 10;

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
  ],
  run({ text: view }) {
    if (!view) return [];
    const findings: Finding[] = [];
    const text = view.narrativeText;
    const depth = new Array<number>(PAIRS.length).fill(0);
    const firstOpen = new Array<number>(PAIRS.length).fill(-1);
    const firstStray = new Array<number>(PAIRS.length).fill(-1);
    /** Reports the unmatched marks of the paragraph that starts at `from`, then starts afresh. */
    const close = (from: number) => {
      PAIRS.forEach(([open, closing, name], pair) => {
        const unclosed = (depth[pair] ?? 0) > 0;
        const at = unclosed ? (firstOpen[pair] ?? -1) : (firstStray[pair] ?? -1);
        depth[pair] = 0;
        firstOpen[pair] = -1;
        firstStray[pair] = -1;
        if (at < 0) return;
        const where = narrativeAt(view, from);
        if (!where) return;
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
      });
    };
    let from = 0;
    let dirty = false;
    MARKER.lastIndex = 0;
    for (let i = MARKER.exec(text)?.[0].length ?? 0; i <= text.length; i++) {
      if (i === text.length || text.charCodeAt(i) === NEWLINE) {
        if (dirty) close(from);
        dirty = false;
        from = i + 1;
        // A list marker that uses a closing bracket alone (1） ①)) opens the next paragraph.
        MARKER.lastIndex = from;
        const marker = MARKER.exec(text);
        if (marker) i += marker[0].length;
        continue;
      }
      const code = MARK_INDEX[text.charCodeAt(i)] ?? 0;
      if (code === 0) continue;
      dirty = true;
      const k = code - 1;
      const pair = k >> 1;
      if ((k & 1) === 0) {
        if (depth[pair] === 0) firstOpen[pair] = i;
        depth[pair] = (depth[pair] ?? 0) + 1;
      } else if (depth[pair] === 0) {
        if (firstStray[pair] === -1) firstStray[pair] = i;
      } else depth[pair] = (depth[pair] ?? 0) - 1;
    }
    return findings;
  },
};
