import type { Finding } from '@xxgk/model';
import { textFinding } from '../text/finding.js';
import { hanCount, type Sentence } from '../text/sentences.js';
import { narrativeAt } from '../text/text-view.js';
import type { Rule } from '../types.js';

/** Longest phrase looked for when it is written twice in a row. */
const MAX_UNIT = 30;
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Buckets for pairs of characters: small enough to stay in the processor's fastest cache. */
const BUCKETS = 4096;
/**
 * Per bucket, the last position whose pair fell in it, plus the call's base. Each call's base
 * is above every value stored before, so stale entries read as negative without clearing the
 * table or keeping a second one of stamps.
 */
const HEAD = new Int32Array(BUCKETS);
/** One past the largest value stored in {@link HEAD} so far (never 0, which HEAD starts with). */
let limit = 1;
/** Previous position whose pair fell in the same bucket; reused between calls. */
let previous = new Int32Array(1024);

/**
 * Runs of 2–30 Chinese characters written twice in a row (财政财政, 报告如下报告如下): start and
 * length of the unit. The second copy starts with the same pair of characters `unit` places
 * after the first, so for each position only the earlier positions within 30 places whose pair
 * hashes alike are tried — none or one in ordinary text — instead of every length.
 */
export function repeatedRuns(text: string): { start: number; unit: number }[] {
  const n = text.length;
  if (previous.length < n) previous = new Int32Array(n * 2);
  if (limit > 0x3fffffff - n) {
    HEAD.fill(0);
    limit = 1;
  }
  const base = limit;
  limit = base + n;
  const head = HEAD;
  const prev = previous;
  const found: { start: number; unit: number }[] = [];
  let from = 0;
  let b = n > 0 ? text.charCodeAt(0) : 0;
  for (let j = 0; j < n - 1; j++) {
    const a = b;
    b = text.charCodeAt(j + 1);
    if (!isHan(a) || !isHan(b)) {
      prev[j] = -1;
      continue;
    }
    const bucket = (a * 31 + b) & (BUCKETS - 1);
    const last = (head[bucket] ?? 0) - base;
    prev[j] = last;
    head[bucket] = j + base;
    if (j < from) continue;
    for (let p = last; p >= from && j - p <= MAX_UNIT; p = prev[p] ?? -1) {
      const unit = j - p;
      if (unit < 2 || j + unit > n) continue;
      if (text.charCodeAt(p) !== a || text.charCodeAt(p + 1) !== b) continue;
      if (!sameRun(text, p, j, unit)) continue;
      found.push({ start: p, unit });
      from = j + unit;
      break;
    }
  }
  return found;
}

/** True when text[a..a+n) equals text[b..b+n) and is all Chinese; no substring is built. */
function sameRun(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(a + k);
    if (c !== text.charCodeAt(b + k) || !isHan(c)) return false;
  }
  return true;
}

/**
 * The closed sentences of at least {@link MIN_SENTENCE} Chinese characters whose text occurs
 * more than once, in text order (the first occurrence included). Sentences are told apart by a
 * hash of their trimmed text taken during one scan, so that only sentences sharing a hash — in
 * ordinary text, none — are cut out of the text and compared.
 */
function longSentences(text: string): Sentence[] {
  const candidates: { start: number; end: number; hash: number }[] = [];
  const counts = new Map<number, number>();
  let start = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c === 10) {
      start = i + 1;
      han = 0;
    } else if (isSentenceEnd(c)) {
      if (han >= MIN_SENTENCE) {
        const hash = trimmedHash(text, start, i + 1);
        candidates.push({ start, end: i + 1, hash });
        counts.set(hash, (counts.get(hash) ?? 0) + 1);
      }
      start = i + 1;
      han = 0;
    }
  }
  const out: Sentence[] = [];
  for (const c of candidates)
    if ((counts.get(c.hash) ?? 0) > 1)
      out.push({ text: text.slice(c.start, c.end), start: c.start, closed: true });
  return out;
}

/** Sentence-ending marks, as {@link splitSentences} has them: 。！？；!?; */
function isSentenceEnd(c: number): boolean {
  return (
    c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 33 || c === 63 || c === 59
  );
}

/** FNV-1a hash of text[from..to) without its leading and trailing white space. */
function trimmedHash(text: string, from: number, to: number): number {
  let a = from;
  let b = to;
  while (a < b && isTrimmed(text.charCodeAt(a))) a++;
  while (b > a && isTrimmed(text.charCodeAt(b - 1))) b--;
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** White space String.prototype.trim removes, among what narrative text contains. */
function isTrimmed(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 11 ||
    c === 12 ||
    c === 13 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** Function characters doubled by a slip of the keyboard: 的的, 在在. */
const DOUBLED_CHAR = /([的在是和与及并将把被对])\1(?!\1)/gu;
/** Reduplications that are good Chinese. */
const ALLOWED = new Set(['研究研究', '讨论讨论', '学习学习', '商量商量', '的的确确', '是是非非']);
/** Sentences shorter than this (in Chinese characters) may repeat legitimately. */
const MIN_SENTENCE = 12;

/**
 * Words, phrases or whole sentences written twice — the typical trace of copying and pasting
 * (“现将有关情况报告如下现将有关情况报告如下”, “部门财政财政预决算”).
 * @see docs/domain.md §1.9（怀化：内容雷同、敷衍塞责）
 */
export const writingDuplicate: Rule = {
  id: 'writing.duplicate',
  severity: 'warning',
  title: '重复的词句',
  description:
    '同一词语或句子紧接着重复出现（如“财政财政”“报告如下报告如下”），或同一长句在正文中出现两次。',
  see: ['国办公开办函〔2021〕30号（内容雷同、敷衍塞责须追责）', '条例第四十七条'],
  examples: [
    {
      name: 'a sentence pasted twice in a row is found with its line',
      input: { text: '一、总体情况\n扎实推进各项工作。现将有关情况报告如下现将有关情况报告如下。' },
      expect: [{ severity: 'warning', line: 2, message: ['现将有关情况报告如下'] }],
    },
    {
      name: 'a doubled word is found',
      input: { text: '其中部门财政财政预决算6条。' },
      expect: [{ severity: 'warning', message: ['财政'] }],
    },
    {
      name: 'the same long sentence in two places is found at the second',
      input: {
        text: '一、总体情况\n我局高度重视政府信息公开工作并指定专人负责。\n五、存在的主要问题及改进情况\n我局高度重视政府信息公开工作并指定专人负责。',
      },
      expect: [{ severity: 'warning', line: 4, message: ['第2行'] }],
    },
    {
      name: 'ordinary reduplication and separate repetitions pass',
      input: { text: '做到件件有回应、事事有落实，层层压实责任。公开、公开再公开。' },
      expect: [],
    },
  ],
  run({ text: view }) {
    if (!view) return [];
    const findings: Finding[] = [];
    const text = view.narrativeText;
    const runs = repeatedRuns(text).map((r) => ({
      start: r.start,
      end: r.start + 2 * r.unit,
      unit: text.slice(r.start, r.start + r.unit),
    }));
    for (const m of text.matchAll(DOUBLED_CHAR)) {
      const start = m.index ?? 0;
      runs.push({ start, end: start + 2, unit: m[1] ?? '' });
    }
    for (const r of runs) {
      const doubled = text.slice(r.start, r.end);
      if (ALLOWED.has(doubled) || ALLOWED.has(text.slice(r.start, r.start + 4))) continue;
      const where = narrativeAt(view, r.start);
      if (!where) continue;
      const span = { start: where.at, end: where.at + doubled.length };
      findings.push(
        textFinding(view, where.p, span, {
          rule: 'writing.duplicate',
          severity: 'warning',
          message: `“${r.unit}”连续重复出现（“${where.p.raw.slice(span.start, span.end)}”）`,
        }),
      );
    }
    const seen = new Map<string, number>();
    for (const sentence of longSentences(text)) {
      const key = sentence.text.trim();
      // Only finished sentences: a title or signature line repeated is not a pasted sentence.
      if (!sentence.closed || key.length < MIN_SENTENCE || hanCount(key) < MIN_SENTENCE) continue;
      const where = narrativeAt(view, sentence.start);
      if (!where) continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, where.p.line);
        continue;
      }
      findings.push(
        textFinding(
          view,
          where.p,
          { start: where.at, end: where.at + sentence.text.length },
          {
            rule: 'writing.duplicate',
            severity: 'warning',
            message: `与${view.synthetic ? '前文' : `第${first}行`}的句子完全相同：“${key.slice(0, 30)}”`,
          },
        ),
      );
    }
    findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return findings;
  },
};
