import { isWhiteSpace } from '@xxgk/model';

/**
 * Artefacts of how a document was converted, never part of what was printed: Word bookmarks
 * kept by text converters (`[bookmark: _Hlk66973412]`) and the pinyin some mirror sites put
 * after characters (`根據(jù)`, `數(shù)據(jù)`).
 */
const BOOKMARK = /\[bookmark:[^\]]{0,200}\]/gu;
/** Pinyin vowels with a tone mark: the pinyin artefact always holds one. */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PINYIN = new RegExp(`[(（](?=[a-zü]{0,6}[${TONED}])[a-zü${TONED}]{1,7}[)）]`, 'gu');
/** The units a pinyin artefact opens with, after its parenthesis. */
const PINYIN_UNITS = new Set(
  [...`abcdefghijklmnopqrstuvwxyzü${TONED}`].map((ch) => ch.charCodeAt(0)),
);

/**
 * True when some parenthesis in the text is followed by a letter pinyin is written in,
 * possibly after white space and a line break (a cell may join the lines around them).
 * A native search for each parenthesis: a pattern of the toned letters, tried at every
 * character, took longer than reading the whole report.
 */
function mayHoldPinyin(text: string): boolean {
  for (const open of ['(', '（']) {
    for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      let next = at + 1;
      while (next < text.length && isWhiteSpace(text.charCodeAt(next))) next += 1;
      if (PINYIN_UNITS.has(text.charCodeAt(next))) return true;
    }
  }
  return false;
}

/**
 * Which artefacts a document can hold at all, found by testing its whole text once: a cell
 * (a piece of the text, or pieces joined) holds a bookmark only if the text has a `[`, and
 * pinyin only if a parenthesis is followed by a pinyin letter. Most documents have neither,
 * and then no cell needs searching for them.
 */
export interface Artefacts {
  bookmarks: boolean;
  pinyin: boolean;
  /** Markdown marks (`**bold**`, `__bold__`, `## heading`) of a web page saved as Markdown. */
  markdown: boolean;
  /** HTML entities (`&nbsp;`, `&ldquo;`) left in a text or Markdown copy of a web page. */
  entities?: boolean;
}

/** For cells whose document was not tested as a whole: look for every artefact. */
export const ANY_ARTEFACTS: Artefacts = {
  bookmarks: true,
  pinyin: true,
  markdown: true,
  entities: true,
};

/** The HTML entities a copied page leaves in its text, with what they print. */
const ENTITY_TEXT: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
};
const ENTITY = /&(?:([a-z]{2,6})|#(\d{1,7})|#x([0-9a-f]{1,6}));/giu;
const HAS_ENTITY = /&(?:[a-z]{2,6}|#\d{1,7}|#x[0-9a-f]{1,6});/iu;

/** The text with the named and numeric HTML entities of {@link ENTITY_TEXT} decoded. */
function withoutEntities(text: string): string {
  return text.replace(ENTITY, (all, name?: string, dec?: string, hex?: string) => {
    if (name !== undefined) return ENTITY_TEXT[name.toLowerCase()] ?? all;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The artefacts the cells cut from this text can hold (see {@link Artefacts}). */
export function artefactsIn(text: string): Artefacts {
  return {
    bookmarks: text.includes('['),
    pinyin: mayHoldPinyin(text),
    markdown:
      text.includes('**') || text.includes('__') || (text.includes('#') && HASH_LINE.test(text)),
    entities: text.includes('&') && HAS_ENTITY.test(text),
  };
}

/** A line that opens with a Markdown heading mark. */
const HASH_LINE = /^[ \t]*#{1,6}[ \t]/mu;
/** Heading hashes before a cell's text. */
const HEADING_HASHES = /^\s*#{1,6}\s+/u;
/** Bold (or strong) marks around a run of text: `**一、总体情况**`, `__规章__`. */
const BOLD = /\*\*(?=\S)(.+?)\*\*|__(?=[^\s_])([^_]+?)__/gu;

/** A Markdown backslash escape of ASCII punctuation (`3.危及\"三安全一稳定\"`, `\*`). */
const ESCAPE = /\\([!-/:-@[-`{-~])/gu;

/**
 * The text without Markdown heading hashes, bold marks and backslash escapes, which were
 * never printed.
 */
function withoutMarkdown(text: string): string {
  let out = text;
  if (out.includes('\\')) out = out.replace(ESCAPE, '$1');
  if (out.includes('#')) out = out.replace(HEADING_HASHES, '');
  if (out.includes('**') || out.includes('__'))
    out = out.replace(
      BOLD,
      (_, star: string | undefined, line: string | undefined) => star ?? line ?? '',
    );
  return out;
}

/**
 * A sign of some artefact in a cell: the `[` of a bookmark, a parenthesis opening onto a
 * pinyin letter (after white space, as {@link mayHoldPinyin} reads it), the backslash, `#`,
 * `*` or `_` of Markdown, the `&` of an entity. A cell without one is only trimmed: most cells
 * have none, and one test of this pattern replaces the eight searches the removals would
 * each make (a third of turning a web page's cells into tokens, which may hold any artefact).
 */
const ARTEFACT_SIGN = new RegExp(`[[\\\\#*_&]|[(（]\\s*[a-zü${TONED}]`, 'u');

/**
 * True when a cell shows a sign of an artefact its document can hold: none in a document
 * that holds none (most plain text), a `[` where bookmarks are all it may hold (a native
 * search, cheaper than the pattern: Word text copies), else {@link ARTEFACT_SIGN}.
 */
function showsArtefact(raw: string, artefacts: Artefacts): boolean {
  if (artefacts.pinyin || artefacts.markdown || artefacts.entities === true)
    return ARTEFACT_SIGN.test(raw);
  return artefacts.bookmarks && raw.includes('[');
}

/**
 * A cell's text without conversion artefacts, trimmed (incl. NBSP and ideographic spaces).
 * `artefacts` says which the document can hold at all (default: any).
 */
export function cleanCellText(raw: string, artefacts: Artefacts = ANY_ARTEFACTS): string {
  if (raw.length < 4 || !showsArtefact(raw, artefacts)) return raw.trim();
  let text = raw;
  if (artefacts.bookmarks && text.includes('[bookmark')) text = text.replace(BOOKMARK, '');
  // The pattern only where a parenthesis opens onto a pinyin letter: cells of ordinals and
  // explanations in parentheses (（一）, （区分处理的…）) are common, pinyin is rare.
  if (artefacts.pinyin && mayHoldPinyin(text)) text = text.replace(PINYIN, '');
  if (artefacts.markdown) text = withoutMarkdown(text);
  if (artefacts.entities === true && text.includes('&')) text = withoutEntities(text);
  return text.trim();
}
