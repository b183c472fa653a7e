import { blanksBefore } from './anchored.js';
import { isDigit, isSpace } from './chars.js';
import type { TextView } from '../../text/text-view.js';
import { memoKey, memoOf } from '../../text/view-memo.js';

/** Longest phrase looked for when it is written twice in a row. */
const MAX_UNIT = 30;
/** Sentences shorter than this (in Chinese characters) may repeat legitimately. */
export const MIN_SENTENCE = 12;

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
/** Positions with an earlier one of the same bucket within reach; reused between calls. */
let candidates = new Int32Array(1024);
/** Start, end and signature of each long sentence, three to an entry; reused between calls. */
let sentenceBuffer = new Int32Array(3 * 64);

/** Function characters doubled by a slip of the keyboard: 的的, 在在. */
const DOUBLED = new Set(Array.from('的在是和与及并将把被对', (c) => c.charCodeAt(0)));

/** A run of Chinese characters written twice in a row: where the first copy starts, its length. */
export interface RepeatedRun {
  start: number;
  unit: number;
}

/** A closed sentence of the text: start (line start or after the previous mark) and end. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** What {@link scanNarrative} finds, each list in text order. */
export interface NarrativeScan {
  /** Runs of 2–30 Chinese characters written twice in a row (财政财政, 报告如下报告如下). */
  runs: RepeatedRun[];
  /**
   * Where one of 的在是和与及并将把被对 is written twice, not three times: the matches of
   * `/([的在是和与及并将把被对])\1(?!\1)/gu`.
   */
  doubled: number[];
  /**
   * Closed sentences of at least {@link MIN_SENTENCE} Chinese characters that share the
   * signature of their trimmed text with another one — candidates for a sentence written twice
   * (the caller compares their texts); in ordinary text there are none.
   */
  sentences: SentenceSpan[];
  /** Positions of the brackets and quotation marks ()《》“”【】〔〕, for `writing.brackets`. */
  marks: number[];
  /**
   * Positions of a mark of `[,。、;!?:]` followed, after spaces or tabs, by another: where a
   * doubled punctuation mark may start, for `writing.punctuation`.
   */
  markPairs: number[];
  /**
   * Positions of a digit followed, after spaces or tabs, by one of `[,。;、!?]`, a line break or
   * the end: the last digit of a number that ends a clause, for `writing.measure-word`.
   */
  clauseNumberEnds: number[];
  /** Positions of a 0 followed by a digit: where an area code may start, for `writing.phone`. */
  zeros: number[];
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** The view's scan: several rules read one. */
const SCAN = memoKey<NarrativeScan>('narrativeScan');

/**
 * {@link scanNarrative} of the view's narrative, made once per view: the writing rules that
 * read it share one pass over the text.
 */
export function narrativeScan(view: TextView): NarrativeScan {
  return memoOf(view, SCAN, () => scanNarrative(view.narrativeText));
}

/**
 * Everything the duplicate rule looks for, in one pass over the text instead of three (a
 * pair-hash search for repeated runs, a regular expression for doubled characters, a sentence
 * split with a second pass hashing each sentence): the rule was the checker's costliest. The
 * same pass notes, at the few characters that are not Chinese, where three other writing rules
 * must look (brackets, doubled punctuation, numbers ending a clause, area codes): each ran its own
 * search along the whole narrative, about 3 µs apiece in the checker's pipeline.
 *
 * Repeated runs: the second copy starts with the same pair of characters `unit` places after
 * the first, so for each position only the earlier positions within 30 places whose pair hashes
 * alike are tried — none or one in ordinary text — instead of every length; the nearest (the
 * shortest unit) wins, and the search resumes after the second copy.
 *
 * Sentences end at 。！？；!?; (one cut by a line break is unfinished and left out). Each is
 * given a signature from its trimmed length and a few of its characters, so only sentences that
 * share one — in ordinary text, none — are cut out of the text and compared by the caller.
 */
export function scanNarrative(text: string): NarrativeScan {
  const n = text.length;
  if (previous.length < n) previous = new Int32Array(n * 2);
  if (candidates.length < n + 1) candidates = new Int32Array(n * 2 + 1);
  if (limit > 0x3fffffff - n) {
    HEAD.fill(0);
    limit = 1;
  }
  const base = limit;
  limit = base + n;
  const head = HEAD;
  const prev = previous;
  const cand = candidates;
  let found = 0;
  const runs: RepeatedRun[] = [];
  const doubled: number[] = [];
  const marks: number[] = [];
  const markPairs: number[] = [];
  const clauseNumberEnds: number[] = [];
  const zeros: number[] = [];
  let sentences = sentenceBuffer;
  let count = 0;
  // The sentence being read: where it starts and how many Chinese characters it has so far.
  let start = 0;
  let han = 0;
  for (let j = 0; j < n;) {
    let b = text.charCodeAt(j);
    if (!isHan(b)) {
      const kind = KIND[b] ?? 0;
      if (kind !== 0) {
        if ((kind & MARK) !== 0) marks.push(j);
        if ((kind & PAUSE) !== 0) {
          const before = blanksBefore(text, j) - 1;
          if (before >= 0 && ((KIND[text.charCodeAt(before)] ?? 0) & PAUSE) !== 0)
            markPairs.push(before);
        }
        if ((kind & ZERO) !== 0 && isDigit(text.charCodeAt(j + 1))) zeros.push(j);
        if ((kind & CLAUSE_END) !== 0) {
          const before = blanksBefore(text, j) - 1;
          if (before >= 0 && isDigit(text.charCodeAt(before))) clauseNumberEnds.push(before);
        }
      }
      if (b === NEWLINE) {
        start = j + 1;
        han = 0;
      } else if (isSentenceEnd(b)) {
        if (han >= MIN_SENTENCE) {
          if (3 * count + 3 > sentences.length) {
            sentenceBuffer = new Int32Array(sentences.length * 2);
            sentenceBuffer.set(sentences);
            sentences = sentenceBuffer;
          }
          sentences[3 * count] = start;
          sentences[3 * count + 1] = j + 1;
          sentences[3 * count + 2] = signature(text, start, j + 1);
          count++;
        }
        start = j + 1;
        han = 0;
      }
      j++;
      continue;
    }
    // A run of Chinese characters, read pair by pair: text[j - 1] (a) and text[j] (b).
    han++;
    for (let a = b, i = j++; j < n; a = b, i = j++) {
      b = text.charCodeAt(j);
      if (!isHan(b)) break;
      han++;
      if (a === b && DOUBLED.has(a) && text.charCodeAt(j + 1) !== a) doubled.push(i);
      const bucket = (a * 31 + b) & (BUCKETS - 1);
      const last = (head[bucket] ?? 0) - base;
      prev[i] = last;
      head[bucket] = i + base;
      // Noted for the second pass when an earlier position of the same bucket is within reach,
      // without a branch: in a report that is one position in eight, unpredictably, and
      // branching on it here cost more than the rest of the loop.
      cand[found] = i;
      found += (((last - i + MAX_UNIT) | last) >>> 31) ^ 1; // last >= 0 && i - last <= MAX_UNIT
    }
  }
  const before = blanksBefore(text, n) - 1;
  if (before >= 0 && isDigit(text.charCodeAt(before))) clauseNumberEnds.push(before);
  repeatedRuns(text, prev, cand, found, runs);
  return {
    runs,
    doubled,
    sentences: repeatedSignatures(sentences, count),
    marks,
    markPairs,
    clauseNumberEnds,
    zeros,
  };
}

/**
 * A signature of text[start..end) without its leading white space (a sentence ends with its
 * mark, so there is none trailing): its length and first, second, middle and last characters,
 * mixed. Equal trimmed texts have equal signatures; the caller compares the texts of sentences
 * whose signatures repeat.
 */
function signature(text: string, start: number, end: number): number {
  let from = start;
  while (isSpace(text.charCodeAt(from))) from++;
  let h = Math.imul(FNV_OFFSET ^ (end - from), FNV_PRIME);
  h = Math.imul(h ^ text.charCodeAt(from), FNV_PRIME);
  h = Math.imul(h ^ text.charCodeAt(from + 1), FNV_PRIME);
  h = Math.imul(h ^ text.charCodeAt((from + end) >> 1), FNV_PRIME);
  return Math.imul(h ^ text.charCodeAt(end - 2), FNV_PRIME);
}

/**
 * The sentences (start, end, signature triples in `entries`) whose signature another one
 * shares, in text order; sorting a copy of the signatures finds them without a hash table.
 */
function repeatedSignatures(entries: Int32Array, count: number): SentenceSpan[] {
  if (count < 2) return [];
  const sorted = new Int32Array(count);
  for (let k = 0; k < count; k++) sorted[k] = entries[3 * k + 2] ?? 0;
  sorted.sort();
  let repeated: Set<number> | null = null;
  for (let k = 1; k < count; k++)
    if (sorted[k] === sorted[k - 1]) (repeated ??= new Set()).add(sorted[k] ?? 0);
  if (!repeated) return [];
  const out: SentenceSpan[] = [];
  for (let k = 0; k < count; k++)
    if (repeated.has(entries[3 * k + 2] ?? 0))
      out.push({ start: entries[3 * k] ?? 0, end: entries[3 * k + 1] ?? 0 });
  return out;
}

/**
 * The second pass of the search for repeated runs, over the positions the scan noted (an
 * earlier position of the same pair bucket within 30 places), in text order: at each, not
 * inside a run already found, the earlier positions of its bucket are tried nearest first; a
 * unit written twice is a run, and the search resumes after its second copy. The positions
 * skipped are those where this would try nothing, so the runs are those one pass finds.
 */
function repeatedRuns(
  text: string,
  prev: Int32Array,
  cand: Int32Array,
  found: number,
  runs: RepeatedRun[],
): void {
  const n = text.length;
  /** Positions before this belong to a run already found; no run starts there. */
  let from = 0;
  for (let k = 0; k < found; k++) {
    const i = cand[k] ?? 0;
    if (i < from) continue;
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    for (let p = prev[i] ?? -1; p >= from && i - p <= MAX_UNIT; p = prev[p] ?? -1) {
      const unit = i - p;
      if (unit < 2 || i + unit > n) continue;
      // The copies' last characters first: repeated words within 30 places are common in a
      // report (政府信息公开…), repeated runs are not, and this one test turns nearly all away.
      if (text.charCodeAt(i - 1) !== text.charCodeAt(i + unit - 1)) continue;
      if (text.charCodeAt(p) !== a || text.charCodeAt(p + 1) !== b) continue;
      if (!sameRun(text, p, i, unit)) continue;
      runs.push({ start: p, unit });
      from = i + unit;
      break;
    }
  }
}

/** True when text[a..a+n) equals text[b..b+n) and is all Chinese; no substring is built. */
function sameRun(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(a + k);
    if (c !== text.charCodeAt(b + k) || !isHan(c)) return false;
  }
  return true;
}

const NEWLINE = 10;

/** Kinds of character {@link scanNarrative} notes, as bits of {@link KIND}. */
const MARK = 1;
/** A mark of `[,。、;!?:]` (folded), which `writing.punctuation` finds doubled. */
const PAUSE = 2;
/** What ends a clause for `writing.measure-word`: `[,。;、!?\n]`. */
const CLAUSE_END = 4;
/** The digit 0, with which area codes start. */
const ZERO = 8;
/** Per UTF-16 code unit, its kinds (0 for nearly all, and for every Chinese character). */
const KIND = (() => {
  const table = new Uint8Array(0x10000);
  const add = (chars: string, kind: number) => {
    for (const c of chars) table[c.charCodeAt(0)] = (table[c.charCodeAt(0)] ?? 0) | kind;
  };
  add('()《》“”【】〔〕', MARK);
  add(',。、;!?:', PAUSE);
  add(',。;、!?\n', CLAUSE_END);
  add('0', ZERO);
  return table;
})();
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Sentence-ending marks, as `splitSentences` has them: 。！？；!?; */
function isSentenceEnd(c: number): boolean {
  return (
    c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 33 || c === 63 || c === 59
  );
}
