import type { ReportPeriod } from '@xxgk/model';
import { isChrome, isTrailingChrome } from './chrome.js';
import { chineseDates, cnYear, dateLine, findDate, isoDate } from './dates.js';
import { readHeading } from './headings.js';

/** What a report states about itself outside its tables. */
export interface ReportMetadata {
  title: string | null;
  agency: string | null;
  titleYear: number | null;
  period: ReportPeriod | null;
  /** The year the narrative speaks of, used only when neither period nor title names one. */
  narrativeYear: number | null;
  publishedOn: string | null;
  /** 0-based line of the signature date, when the report ends with one. */
  signatureLine: number | null;
}

/** A label before the title (`标题：`), also as the first cell of a page's 索引号 table (`标题： | …`). */
const TITLE_PREFIX = /^(?:标题|標題|题名|題名|名称|名稱)\s*[:：]\s*(?:\|\s*)?/u;
/** A title may end with its year in brackets: …工作年度报告（2023年度）. */
const TITLE_END = /(?:年度报告|年度報告|年报|年報)(?:\s*[（(]\s*\d{4}\s*年度?\s*[)）])?[\s。.]*$/u;
const YEAR_IN_BRACKETS_END = /[（(]\d{4}年度?[)）]$/u;
const REPORT_SUFFIX =
  /的?(?:(?:政府)?(?:信息|資訊)公[开開]|政[务務]公[开開])(?:工作)?(?:年度[报報]告|年[报報])$/u;
/** A year of this century written in Chinese numerals (二〇二三, 二零二四; the zero often typed as O). */
const CN_YEAR = '二[〇零○ＯO][〇零○ＯO一二三四五六七八九]{2}';
const YEAR_FIRST = new RegExp(`^(\\d{4}|${CN_YEAR})\\s*年度?(.*)$`, 'su');
const YEAR_LAST = new RegExp(`^(.*?)(\\d{4}|${CN_YEAR})\\s*年度?$`, 'su');
const CN_YEAR_OF_TITLE = new RegExp(`(${CN_YEAR})\\s*年`, 'u');
/** A year in a title: the column a page files reports under (政府信息公开年报) names none. */
const TITLE_YEAR = new RegExp(`\\d{4}\\s*年|${CN_YEAR}\\s*年`, 'u');

/** Lines scanned for a title before giving up (titles sit at the top of a page). */
const TITLE_SCAN_LINES = 60;

function isTitleCandidate(text: string): boolean {
  return text.length <= 80 && !text.includes('。') && !/[>＞»]/u.test(text) && TITLE_END.test(text);
}

/** The title without its year and report suffix: the agency, or '' when only those remain. */
function agencyOfTitle(title: string): string {
  let rest = title
    .replace(/\s+/gu, '')
    .replace(/[。.]+$/u, '')
    .replace(YEAR_IN_BRACKETS_END, '')
    .replace(REPORT_SUFFIX, '');
  const first = YEAR_FIRST.exec(rest);
  const last = YEAR_LAST.exec(rest);
  if (first) rest = first[2] ?? '';
  else if (last) rest = last[1] ?? '';
  return rest.replace(/(?:关于|關於|的)$/u, '').trim();
}

/**
 * The report's title: the first line near the top that ends with 年度报告 and is not a
 * sentence, breadcrumb or chrome, joined with the line before it when the title was broken
 * over two lines (`市中区工业和信息化局` / `2023年政府信息公开工作年度报告`). A title that
 * names no agency (`2023年政府信息公开工作年度报告`) is the title when no line names one: the
 * last such line, nearest the body (a list of other years' reports comes before it).
 */
export function findTitle(lines: readonly string[], stopLine: number): string | null {
  const limit = Math.min(lines.length, stopLine, TITLE_SCAN_LINES);
  let previous: string | null = null;
  let withoutAgency: string | null = null;
  for (let i = 0; i < limit; i += 1) {
    const raw = (lines[i] ?? '').trim();
    if (raw === '') continue;
    const text = raw.replace(TITLE_PREFIX, '');
    if (text !== raw || !isChrome(raw)) {
      if (isTitleCandidate(text) && !listedTitle(lines, i, limit)) {
        if (agencyOfTitle(text) !== '') return text;
        // A title broken after the agency's name: the agency is on the line before. Two lines
        // without a year are a breadcrumb's column names (政府信息公开 / 政府信息公开年报), never
        // the report's title broken in two.
        if (previous !== null && TITLE_YEAR.test(`${previous}${text}`)) return `${previous}${text}`;
        withoutAgency ??= text;
      }
    }
    previous =
      raw.length <= 40 &&
      /[\u4e00-\u9fff]{2}/u.test(raw) &&
      !/[。，,；;:：>＞]/u.test(raw) &&
      !isChrome(raw) &&
      !readHeading(raw)
        ? raw
        : null;
  }
  return withoutAgency;
}

/**
 * True when another report title follows line `at` within its next two non-empty lines: the
 * line is an item of a list of reports (a page's sidebar of other years' reports, each with
 * its date, printed before the report's own title), not the title.
 */
function listedTitle(lines: readonly string[], at: number, limit: number): boolean {
  let seen = 0;
  for (let i = at + 1; i < limit && seen < 2; i += 1) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    seen += 1;
    if (isTitleCandidate(text.replace(TITLE_PREFIX, ''))) return true;
  }
  return false;
}

/** The issuing body named in the title, or null. */
export function agencyFromTitle(title: string | null): string | null {
  if (!title) return null;
  const agency = agencyOfTitle(title);
  return agency.length >= 2 && agency.length <= 40 ? agency : null;
}

/** The year a title names (first `YYYY年`, else one in Chinese numerals: 二〇二三年), or null. */
export function yearOfTitle(title: string | null): number | null {
  if (!title) return null;
  const match = /(\d{4})\s*年/u.exec(title);
  if (match) return Number(match[1]);
  const cn = CN_YEAR_OF_TITLE.exec(title);
  return cn?.[1] ? cnYear(cn[1]) : null;
}

const PERIOD_WORD = /^(?:期限|时限|時限|期间|期間|时间|時間|区间|區間|周期|週期|起止时间)/u;

/** Where the 统计期限 clause starts (`统计期限`, `統計時限`, `统计时间` …), or -1. */
function periodStart(text: string): number {
  let best = -1;
  for (const ji of ['计', '計']) {
    for (let at = text.indexOf(ji, 1); at >= 0; at = text.indexOf(ji, at + 1)) {
      const tong = text.charAt(at - 1);
      if ((tong === '统' || tong === '統') && PERIOD_WORD.test(text.slice(at + 1, at + 5))) {
        if (best < 0 || at - 1 < best) best = at - 1;
        break;
      }
    }
  }
  return best;
}
const FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const YEAR_ONLY = /(\d{4})\s*年/u;

/**
 * The 统计期限 as printed: the clause from 统计期限 to the end of its sentence, its dates
 * (ISO when well-formed) and the year it names. Malformed dates (`20241月1日`) give null.
 */
export function findPeriod(fullText: string): ReportPeriod | null {
  const at = periodStart(fullText);
  if (at < 0) return null;
  const tail = fullText.slice(at, at + 120);
  // 止 ends the clause only after its dates begin (统计起止时间 has one in the label).
  const digits = Math.max(0, tail.search(/\d/u));
  const end = tail.search(/[。；;]/u);
  const until = tail.indexOf('止', digits);
  const cut = until >= 0 && (end < 0 || until < end) ? until + 1 : end >= 0 ? end : tail.length;
  const clause = tail.slice(0, cut).replace(/\n/gu, '').trim();
  const dates: { iso: string | null; year: number }[] = [];
  for (const m of clause.matchAll(FULL_DATE)) {
    const year = Number(m[1]);
    dates.push({ iso: isoDate(year, Number(m[2]), Number(m[3])), year });
  }
  // Formal documents may write the dates in Chinese numerals (二〇二三年一月一日).
  if (dates.length === 0) dates.push(...chineseDates(clause));
  const [first, second] = dates;
  // A period spanning two years is malformed; it names the year it starts in.
  let year: number | null;
  if (first) year = first.year;
  else {
    const y = YEAR_ONLY.exec(clause);
    const cn = y ? null : CN_YEAR_OF_TITLE.exec(clause);
    year = y ? Number(y[1]) : cn?.[1] ? cnYear(cn[1]) : null;
  }
  if (year !== null && (year < 1990 || year > 2100)) year = null;
  return { text: clause, start: first?.iso ?? null, end: second?.iso ?? null, year };
}

/** The year most often named in the text before the tables (ties: the first named). */
export function narrativeYear(lines: readonly string[], stopLine: number): number | null {
  const counts = new Map<number, number>();
  for (let i = 0; i < Math.min(stopLine, lines.length); i += 1) {
    for (const m of (lines[i] ?? '').matchAll(/(20\d{2})\s*年/gu)) {
      const year = Number(m[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts)
    if (count > bestCount) {
      best = year;
      bestCount = count;
    }
  return best;
}

/**
 * Inline space a page may print between a label's characters: templates that align labels of
 * different lengths write `发 布 日 期：`, or space them with ideographic spaces (U+3000).
 */
const GAP = '[ \\t\\u00a0\\u3000]*';

/** The words as one alternation, each matching with or without spaces between its characters. */
function spacedWords(words: readonly string[]): string {
  return words.map((word) => [...word].join(GAP)).join('|');
}

/** A label (one of `words`, maybe spaced out, or one of `plain` as written) and its colon. */
function labelPattern(words: readonly string[], plain: readonly string[] = []): RegExp {
  return new RegExp(`(?:${[spacedWords(words), ...plain].join('|')})\\s*[:：]?\\s*`, 'u');
}

const PUBLISHED_LABELS = [
  labelPattern(
    [
      '发布日期',
      '發布日期',
      '發佈日期',
      '发布时间',
      '發布時間',
      '發佈時間',
      '公开日期',
      '公開日期',
      '公开时间',
      '公開時間',
      '发布于',
    ],
    // Published Time: the header a web-to-Markdown capture (r.jina.ai) puts above the page.
    ['Published Time'],
  ),
  // 生成日期: the date field of a 政府信息公开目录 entry (索引号 / 发布机构 / 生成日期 / 文号).
  labelPattern(['发文日期', '發文日期', '成文日期', '印发日期', '印發日期', '生成日期']),
];
/** Lines at either end of a document searched for a labelled date or a signature date. */
const EDGE_LINES = 40;

/** A cheap test before the label patterns: every label ends in 日期, 时间, 发布于 or Time. */
function mayHoldLabelledDate(line: string): boolean {
  return DATE_LABEL_END.test(line);
}

const DATE_LABEL_END = new RegExp(
  `${spacedWords(['日期', '时间', '時間', '发布于'])}|Published Time`,
  'u',
);

/**
 * The publication date stated next to a label (发布日期 first, then 发文/成文日期), or null.
 * A label that ends its line takes a date alone on the next non-empty line: an info table
 * whose label and value cells were flattened one per line (`发布日期：` / `2024-02-05`).
 */
export function labelledDate(lines: readonly string[]): string | null {
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (i === EDGE_LINES && lines.length > 2 * EDGE_LINES) i = lines.length - EDGE_LINES;
    const line = lines[i] ?? '';
    if (line.length <= 200 && mayHoldLabelledDate(line)) candidates.push(i);
  }
  for (const label of PUBLISHED_LABELS) {
    for (const at of candidates) {
      const line = lines[at] ?? '';
      const match = label.exec(line);
      if (!match || inDatedList(lines, candidates, at, match[0])) continue;
      const after = line.slice(match.index + match[0].length);
      const date =
        after.trim() === '' ? dateOnNextLine(lines, at) : (findDate(after) ?? compactDate(after));
      if (date) return date;
    }
  }
  return null;
}

/** A date written as eight digits right after its label (`20240305`), as some CMS print it. */
const COMPACT_DATE = /^\s*(\d{4})(\d{2})(\d{2})(?!\d)/u;

/** The date `after` a publication label opens with when written as eight digits, or null. */
function compactDate(after: string): string | null {
  const m = COMPACT_DATE.exec(after);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Lines either side of a labelled date within which the same label makes a list. */
const LIST_WINDOW = 6;

/**
 * True when the same label (`发布时间：`) appears again within a few lines of line `at`: a list
 * of other pages, each with its date (相关阅读 above or below the report), not the report's own
 * date, which a page states once.
 */
function inDatedList(
  lines: readonly string[],
  candidates: readonly number[],
  at: number,
  labelText: string,
): boolean {
  const key = labelText.replace(/[\s:：]/gu, '');
  for (const other of candidates) {
    if (
      other !== at &&
      Math.abs(other - at) <= LIST_WINDOW &&
      (lines[other] ?? '').replace(/\s/gu, '').includes(key)
    )
      return true;
  }
  return false;
}

/** The date alone on the first non-empty line after `at` (within two lines), or null. */
function dateOnNextLine(lines: readonly string[], at: number): string | null {
  for (let i = at + 1; i < Math.min(lines.length, at + 3); i += 1) {
    const text = (lines[i] ?? '').trim();
    if (text !== '') return dateLine(text.replace(TIME_AFTER, ''));
  }
  return null;
}

/**
 * A bare 日期/时间 label of a page's info bar (`日期：`, `来源：本站  时间：…  浏览次数`): at the
 * start of the line or after a space or bracket, never after another word — 更新时间 (a later
 * edit of the page), 统计时间 (the 统计期限) and 办公时间 are not the publication date.
 */
const BAR_LABEL = new RegExp(
  `(?:^|[\\s[\\]【】|｜(（])(?:${spacedWords(['日期', '时间', '時間'])})\\s*[:：]\\s*`,
  'u',
);
/** A date alone in brackets (`[ 2024-02-05 ]`, `（2024年1月18日）`). */
const BRACKETED = /^[[【(（]\s*([^\]】)）]{8,30}?)\s*[\]】)）]$/u;
/**
 * A date followed by nothing but the info bar's fields (`2024-02-05 来源：本站`), maybe with no
 * space between them (a page's adjacent spans: `2024-02-05来源：本站`).
 */
const DATE_THEN_FIELDS =
  /^(\S{8,20}?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:(?:信息)?来源|作者|发布机构|浏览|阅读|点击|访问|字号|【?字体)[^。，,；;]*$/u;
/** The time of day after a page's date (`2024-02-05 10:11:12`). */
const TIME_AFTER = /\s+\d{1,2}:\d{2}(?::\d{2})?$/u;
/** The other fields of a page's info bar, which tell it from a header's or sidebar's date. */
const INFO_BAR_FIELD =
  /(?:来源|來源|作者|浏览|瀏覽|阅读|點擊|点击|访问|發布機構|发布机构|字号|字體|字体)/u;
/** Non-empty lines after the title in which its date line may sit. */
const UNDER_TITLE_LINES = 3;

/**
 * The publication date shown in a web page's chrome around the title, before the report's
 * first heading (`topEnd`, exclusive): a bare 日期/时间 label of the info bar, and — only in
 * the few lines right under the title — a date alone, in brackets, or before 来源/作者/浏览.
 * Dates in the narrative (a sentence that opens with a date) and update times are not taken.
 */
export function topDate(lines: readonly string[], topEnd: number): string | null {
  const limit = Math.min(lines.length, topEnd, TITLE_SCAN_LINES);
  let titleAt = -1;
  for (let i = 0; i < limit && titleAt < 0; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (
      line !== '' &&
      isTitleCandidate(line.replace(TITLE_PREFIX, '')) &&
      !listedTitle(lines, i, limit)
    )
      titleAt = i;
  }
  let underTitle = -1;
  for (let i = 0; i < limit; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (i === titleAt) underTitle = 0;
    if (line === '' || line.length > 200 || i === titleAt) continue;
    const label = BAR_LABEL.exec(line);
    // Above the title a bare 日期 is the site's header (日期：2024年3月5日 星期二, today's date)
    // or a sidebar's news item, unless the line is an info bar with the page's other fields.
    if (label && (titleAt < 0 || i > titleAt || INFO_BAR_FIELD.test(line))) {
      const date = findDate(line.slice(label.index + label[0].length));
      if (date) return date;
    }
    if (underTitle >= 0 && underTitle < UNDER_TITLE_LINES) {
      underTitle += 1;
      const inside = BRACKETED.exec(line)?.[1] ?? DATE_THEN_FIELDS.exec(line)?.[1] ?? line;
      const date = dateLine(inside.replace(TIME_AFTER, ''));
      if (date) return date;
    }
  }
  return null;
}

/** The last line that is nothing but a date, near the end (the signature date), or null. */
export function signatureDate(
  lines: readonly string[],
  fromLine: number,
): { line: number; date: string } | null {
  const stop = Math.max(fromLine, lines.length - EDGE_LINES);
  // The page's closing chrome (上一篇, 打印, 关闭, 分享到) ends the report: a date after it is
  // the site's, not the signature.
  let end = lines.length;
  for (let i = stop; i < end; i += 1) if (isTrailingChrome((lines[i] ?? '').trim())) end = i;
  for (let i = end - 1; i >= stop; i -= 1) {
    const date = dateLine(lines[i] ?? '');
    // A date signed under the agency's name is the signature; one with another date line two
    // lines away is an item of a list of other pages (相关阅读: a title, its date, …).
    if (date && (isAgencyName(nearLine(lines, i, -1, stop)) || !datedNeighbour(lines, i, stop)))
      return { line: i, date };
  }
  return null;
}

/** The `n`th non-empty line before (n < 0) or after (n > 0) line `at`, within [stop, end). */
function nearLine(lines: readonly string[], at: number, n: number, stop: number): string {
  let seen = 0;
  const step = n < 0 ? -1 : 1;
  for (let i = at + step; i >= stop && i < lines.length; i += step) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    seen += 1;
    if (seen === Math.abs(n)) return text;
  }
  return '';
}

/** True when one of the two non-empty lines before or after line `at` is a date alone. */
function datedNeighbour(lines: readonly string[], at: number, stop: number): boolean {
  for (const n of [-2, -1, 1, 2]) if (dateLine(nearLine(lines, at, n, stop))) return true;
  return false;
}

/** True for a line that is a body's name as signed under a report (局, 委员会, 人民政府 …). */
function isAgencyName(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 40 &&
    !/[。，,；;：:\d\s【】[\]|]/u.test(text) &&
    AGENCY_END.test(text) &&
    !isChrome(text) &&
    readHeading(text) === null
  );
}

/** How the names of bodies that publish annual reports end. */
const AGENCY_END =
  /(?:局|委员会|委|政府|办公室|办公厅|厅|中心|院|所|署|处|办事处|街道|镇|乡|站|队|馆|公司)$/u;

/**
 * The agency's name signed under a report without a signature date: its last non-empty line
 * (after `fromLine`, the last heading), when that is a short name ending like an agency's
 * (局, 委员会, 人民政府 …) — not page chrome, a sentence or 特此报告.
 */
export function closingAgency(lines: readonly string[], fromLine: number): string | null {
  for (let i = lines.length - 1; i > fromLine; i -= 1) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    return isAgencyName(text) ? text : null;
  }
  return null;
}

/** The agency named by a 发布机构/发布单位 line, or null. */
export function agencyFromChrome(lines: readonly string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, EDGE_LINES); i += 1) {
    const match = /(?:发布机构|發布機構|发布单位|發布單位)\s*[:：]\s*([^\s:：]{2,40})/u.exec(
      lines[i] ?? '',
    );
    if (match?.[1]) return match[1];
  }
  return null;
}
