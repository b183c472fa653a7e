import { labelKey } from '@xxgk/model';

/**
 * Where a proactively disclosed item was published: the channels the annual report's 总体情况
 * counts (门户网站, 政务新媒体, 政府公报, 其他).
 * @see 条例第二十三条、第二十四条
 */
export type ProactiveChannel = 'portal' | 'newMedia' | 'gazette' | 'other';

/** Every channel, in the order the register lists them. */
export const PROACTIVE_CHANNELS: readonly ProactiveChannel[] = [
  'portal',
  'newMedia',
  'gazette',
  'other',
];

/** Chinese label of each channel. */
export const PROACTIVE_CHANNEL_LABELS: Readonly<Record<ProactiveChannel, string>> = {
  portal: '门户网站',
  newMedia: '政务新媒体',
  gazette: '公报',
  other: '其他',
};

/**
 * Words clerks write for each channel in their spreadsheets. Checked after folding with the
 * model's `labelKey` (full-width, Traditional, spacing), so 門戶網站 and 「政务微信」 match too.
 */
const SYNONYMS: readonly (readonly [ProactiveChannel, readonly string[]])[] = [
  ['portal', ['门户网站', '政府门户网站', '政府网站', '网站', '官网', '门户', 'portal']],
  [
    'newMedia',
    [
      '政务新媒体',
      '新媒体',
      '政务微信',
      '微信',
      '微信公众号',
      '公众号',
      '政务微博',
      '微博',
      '抖音',
      '客户端',
      'app',
      'newmedia',
    ],
  ],
  ['gazette', ['公报', '政府公报', 'gazette']],
  // 其它 folds to 其他 in labelKey.
  ['other', ['其他', 'other']],
];

/** Folded for matching: `labelKey` plus lower case (App, PORTAL). */
function fold(text: string): string {
  return labelKey(text).toLowerCase();
}

const BY_KEY = new Map<string, ProactiveChannel>(
  SYNONYMS.flatMap(([channel, words]) => words.map((w) => [fold(w), channel] as const)),
);

/** The channel a cell names, or null when it names none. */
export function proactiveChannel(text: string): ProactiveChannel | null {
  return BY_KEY.get(fold(text)) ?? null;
}
