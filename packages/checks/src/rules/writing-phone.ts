import type { Finding } from '@xxgk/model';
import { textFinding } from '../text/finding.js';
import { narrativeMatches, type Paragraph, type TextView } from '../text/text-view.js';
import type { Rule } from '../types.js';
import { matchesAt } from './writing/anchored.js';
import { isDigit } from './writing/chars.js';
import { narrativeScan } from './writing/narrative-scan.js';

/**
 * Area code (3 digits for 010 and 02x, 4 otherwise), separator, local number, extension.
 * Sticky: tried only where {@link areaStart} puts the start for a 0 followed by a digit (the
 * writing rules' shared pass notes them).
 */
const WITH_AREA =
  /(?<![\w@./-])[(]?(?<area>0(?:10|2\d|[3-9]\d{2}))[)]?[ \t]*[-－—–]?[ \t]*(?<local>\d{5,9})(?:[ \t]*(?:-|转)[ \t]*\d{1,5})?(?![\w@.])/uy;

/**
 * Where a {@link WITH_AREA} whose area code starts with the 0 at `at` starts: at the bracket
 * before it when there is one and nothing that joins a word precedes that bracket (then the
 * bracket is matched), else at the 0 — after a digit, letter or `@./-` it cannot start (most
 * zeros in a report are inside numbers: 2024, 100). The 0 must be followed by a digit.
 */
function areaStart(text: string, at: number): number {
  if (!isDigit(text.charCodeAt(at + 1))) return -1;
  const before = text.charCodeAt(at - 1);
  if (before === OPEN_PAREN) return joinsWord(text.charCodeAt(at - 2)) ? at : at - 1;
  return joinsWord(before) ? -1 : at;
}
const OPEN_PAREN = 40;

/** True for a character of `[\w@./-]`: a number touching it is part of something else. */
function joinsWord(c: number): boolean {
  return (
    isDigit(c) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 || // _
    c === 64 || // @
    c === 46 || // .
    c === 47 || // /
    c === 45 // -
  );
}
/** A number right after a phone label, without an area code. */
const LABELLED =
  /(?:电话|热线|传真|联系方式|手机)(?:号码)?[ \t]*[:：为]?[ \t]*(?<number>\d[\d -]{2,14}\d)(?![\w@.-])/gu;

const PHONE_LABEL = /电话|热线|传真|联系方式|手机|tel/iu;

function localLengthProblem(area: string, local: string): string | null {
  const threeDigitArea = area.length === 3;
  if (threeDigitArea && local.length !== 8) return `区号${area}的本地号码应为8位`;
  if (!threeDigitArea && (local.length < 7 || local.length > 8)) return '本地号码应为7位或8位';
  return null;
}

/**
 * Telephone numbers of the wrong length (0533-312068 has a six-digit local number; fixed lines
 * have 7 or 8 digits after the area code, 8 after 010 and 02x; mobiles have 11). A local number
 * given without its area code is advice.
 * @see 条例第二十条第（二）项（联系方式）
 */
export const writingPhone: Rule = {
  id: 'writing.phone',
  severity: 'warning',
  title: '电话号码',
  description:
    '联系电话位数错误为警告：固定电话区号后应为7或8位（区号010、02X后为8位），手机号为11位；只写本地号码、没有区号为提示。',
  see: ['条例第二十条第（二）项'],
  examples: [
    {
      name: 'a local number of six digits is a warning quoting it',
      input: {
        text: '标题\n如有任何疑问，请联系，联系电话：0533-312068，地址：淄博市张店区柳泉路63号。',
      },
      expect: [{ severity: 'warning', line: 2, message: ['0533-312068', '7位或8位'] }],
    },
    {
      name: 'well-formed fixed-line, mobile and hotline numbers pass',
      input: {
        text: '电话：0533-3586373；电话：010-12345678；手机：13812345678；电话：(0632)3252082；热线12345；服务电话：400-123-4567。邮箱：gxj3252082@zz.shandong.cn；邮编：255000。',
      },
      expect: [],
    },
    {
      name: 'a local number without its area code is advice',
      input: { text: '联系电话：3581178；邮箱：gxqjfj@zb.shandong.cn' },
      expect: [{ severity: 'info', message: ['3581178', '区号'] }],
    },
    {
      name: 'a mobile number of ten digits is a warning',
      input: { text: '联系电话：1381234567。' },
      expect: [{ severity: 'warning', message: ['1381234567'] }],
    },
  ],
  run({ text: view }) {
    if (!view) return [];
    const findings: Finding[] = [];
    /** Ranges of narrativeText already read as numbers with an area code. */
    const covered: [number, number][] = [];
    const starts: number[] = [];
    for (const zero of narrativeScan(view).zeros) {
      const start = areaStart(view.narrativeText, zero);
      if (start >= 0) starts.push(start);
    }
    for (const { p, start, end, match: m } of matchesAt(view, WITH_AREA, starts)) {
      // A bare run of digits starting with 0 is only a phone number when labelled as one.
      if (
        !/[-－—–)]/u.test(m[0]) &&
        !PHONE_LABEL.test(p.folded.slice(Math.max(0, start - 12), start))
      )
        continue;
      covered.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      const problem = localLengthProblem(m.groups?.area ?? '', m.groups?.local ?? '');
      if (problem) {
        const message = `电话号码“${p.raw.slice(start, end).trim()}”位数不对：${problem}`;
        findings.push(phoneFinding(view, p, start, end, 'warning', message));
      }
    }
    for (const { p, end: matchEnd, match: m } of narrativeMatches(view, LABELLED)) {
      const number = m.groups?.number ?? '';
      const end = matchEnd;
      const start = end - number.length;
      const global = (m.index ?? 0) + m[0].length - number.length;
      if (covered.some(([a, b]) => global < b && a < global + number.length)) continue;
      const digits = number.replace(/[ -]/gu, '');
      if (digits.startsWith('0')) continue; // an area-code number WITH_AREA could not split
      if (/^1[3-9]/u.test(digits) && digits.length === 11) continue;
      if (/^(?:1[0-2]\d{1,3}|95\d{3,4}|96\d{3,4})$/u.test(digits)) continue; // 110, 12345, 95xxx
      if (/^[48]00\d{7}$/u.test(digits)) continue;
      const message =
        digits.length === 7 || digits.length === 8
          ? `电话号码“${number}”没有区号，外地读者无法直接拨打`
          : `电话号码“${number}”位数不对（${digits.length}位）：手机号应为11位，固定电话区号后应为7或8位`;
      const severity = digits.length === 7 || digits.length === 8 ? 'info' : 'warning';
      findings.push(phoneFinding(view, p, start, end, severity, message));
    }
    findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return findings;
  },
};

/** A finding of this rule about p.raw[start..end). */
function phoneFinding(
  view: TextView,
  p: Paragraph,
  start: number,
  end: number,
  severity: Finding['severity'],
  message: string,
): Finding {
  return textFinding(view, p, { start, end }, { rule: 'writing.phone', severity, message });
}
