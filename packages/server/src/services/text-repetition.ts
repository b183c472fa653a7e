import { foldText, type Report } from '@xxgk/model';

/** How much of this year's narrative repeats last year's. */
export interface TextRepetition {
  /** Share of this year's narrative (by characters of its sentences) found last year; null without a previous report. */
  ratio: number | null;
  /** This year's sentences that repeat last year's, as printed this year. */
  repeatedSentences: string[];
}

/** Sentences shorter than this (after normalising) are headings or fragments, not narrative. */
const MIN_SENTENCE = 8;

/** The narrative sections of a report (一 总体情况, 五 存在的主要问题, 六 其他事项) as one text. */
function narrative(report: Report): string {
  const s = report.sections ?? {};
  return [s.overview, s.problems, s.other].filter((t): t is string => !!t).join('\n');
}

/** Splits narrative into sentences at 。！？； and line breaks. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The comparison form of a sentence: folded, without spaces and punctuation, with every run of
 * digits replaced by one mark — "2023年收到申请12件" and "2024年收到申请15件" are the same
 * sentence re-used with new numbers, which is what a reviewer wants to see.
 */
export function sentenceKey(sentence: string): string {
  return foldText(sentence)
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/[0-9]+/gu, '#');
}

/**
 * How much of a report's narrative repeats the previous year's report, sentence by sentence
 * (copied text that still names last year's work is a common fault reviewers look for).
 */
export function textRepetition(current: Report, previous: Report | null): TextRepetition {
  if (!previous) return { ratio: null, repeatedSentences: [] };
  const before = new Set(
    sentences(narrative(previous))
      .map(sentenceKey)
      .filter((k) => k.length >= MIN_SENTENCE),
  );
  let total = 0;
  let repeated = 0;
  const repeatedSentences: string[] = [];
  for (const sentence of sentences(narrative(current))) {
    const key = sentenceKey(sentence);
    if (key.length < MIN_SENTENCE) continue;
    total += key.length;
    if (before.has(key)) {
      repeated += key.length;
      repeatedSentences.push(sentence);
    }
  }
  return {
    ratio: total === 0 ? 0 : Math.round((repeated / total) * 1000) / 1000,
    repeatedSentences,
  };
}
