import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/**
 * The element events of an HTML page, as htmlparser2's `Parser` gives them in HTML mode
 * (`decodeEntities`, lower-cased tag and attribute names), built here on its `Tokenizer`.
 *
 * Why not the `Parser` itself: on a report page it cost more than the tokenizer under it
 * (renderHtml seeds: tokenizer alone ≈ 140 µs, Parser with empty callbacks ≈ 310 µs per page).
 * It builds an object of every attribute of every tag (a report's cells carry `class`,
 * `data-*`, `style`), lower-cases every attribute name and keeps its stack with
 * `unshift`/`shift`. The HTML reader reads a dozen attributes; the rest are never collected.
 *
 * The tree-building rules are the Parser's, line for line (htmlparser2 12.0.0, Parser.js):
 * a start tag closes the open elements it implies (`<td>` a `<td>`, `<p>` a `<p>`, `<tr>` a
 * cell), void elements open and close at once, an end tag closes everything opened after
 * its element, a stray `</p>` is an empty paragraph and a stray `</br>` a line break, a
 * second `<form>` is ignored, `<image>` is `<img>`, SVG and MathML are foreign content (where
 * `<x/>` closes itself and CDATA is text), and elements left open close at the end.
 * html-stream.test.ts holds this module to the Parser's event stream, event for event.
 */

/**
 * The attributes the HTML reader looks at (names lower-cased); no other attribute is collected.
 * As in htmlparser2, the first of repeated attributes counts. Entities in values are decoded.
 */
export interface TagAttributes {
  style?: string | undefined;
  hidden?: string | undefined;
  class?: string | undefined;
  id?: string | undefined;
  href?: string | undefined;
  rowspan?: string | undefined;
  colspan?: string | undefined;
  width?: string | undefined;
  height?: string | undefined;
  name?: string | undefined;
  property?: string | undefined;
  content?: string | undefined;
}

/** What a page streams to: opened and closed elements and decoded text, in document order. */
export interface HtmlHandler {
  /** An element opened; `attribs` is only valid during the call (it may be shared). */
  onopentag(name: string, attribs: Readonly<TagAttributes>): void;
  /** An element closed, explicitly, implied by another tag, or at the end of the page. */
  onclosetag(name: string): void;
  /** A piece of text (entities decoded); one run of text may come in several pieces. */
  ontext(text: string): void;
}

type AttributeKey = keyof TagAttributes;

/**
 * Names (lower case) looked up straight in the page by their characters, in any ASCII case.
 * A page is a two-byte string (it holds Chinese): slicing a name out of it and lower-casing it
 * cost about 40 ns a name, some 45 µs of a report page's ~1,100 tag and attribute names;
 * found here, a known name gives its entry without a slice or a copy.
 */
class NameTable<V> {
  /** Candidates by length and lower-cased first character. */
  private readonly buckets = new Map<number, { name: string; value: V }[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [name, value] of entries) {
      const key = bucketKey(name.length, name.charCodeAt(0));
      const bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, [{ name, value }]);
      else if (!bucket.some((entry) => entry.name === name)) bucket.push({ name, value });
    }
  }

  /** The entry of the name `text[start, end)` spells, ignoring ASCII case; undefined if none. */
  find(text: string, start: number, end: number): V | undefined {
    const bucket = this.buckets.get(bucketKey(end - start, text.charCodeAt(start) | 0x20));
    if (bucket === undefined) return undefined;
    for (const entry of bucket) if (spells(text, start, entry.name)) return entry.value;
    return undefined;
  }
}

function bucketKey(length: number, firstChar: number): number {
  return length * 0x10000 + firstChar;
}

/** True when `text` from `start` holds `name` (lower case, same length checked by the caller). */
function spells(text: string, start: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== name.charCodeAt(i)) return false;
  }
  return true;
}

/** The names of {@link TagAttributes}, each collected when a tag carries it. */
export const READ_ATTRIBUTES: readonly AttributeKey[] = [
  'style',
  'hidden',
  'class',
  'id',
  'href',
  'rowspan',
  'colspan',
  'width',
  'height',
  'name',
  'property',
  'content',
];

const ATTRIBUTE_KEYS = new NameTable<AttributeKey>(READ_ATTRIBUTES.map((key) => [key, key]));

/**
 * The collected attribute a name fills, or null for one never read. ASCII case is all there
 * is to ignore: the only characters beyond ASCII that lower-case into it are the Kelvin sign
 * (to `k`) and `İ` (to `i` and a combining dot), and no collected name has a `k`.
 */
function attributeKey(text: string, start: number, end: number): AttributeKey | null {
  return ATTRIBUTE_KEYS.find(text, start, end) ?? null;
}

/** Every key present from the start: all attribute objects share one shape. */
function newAttributes(): TagAttributes {
  return {
    style: undefined,
    hidden: undefined,
    class: undefined,
    id: undefined,
    href: undefined,
    rowspan: undefined,
    colspan: undefined,
    width: undefined,
    height: undefined,
    name: undefined,
    property: undefined,
    content: undefined,
  };
}

/** The attributes of a tag that has none of interest (most tags); never written to. */
const NO_ATTRIBUTES: Readonly<TagAttributes> = newAttributes();

// The Parser's tables (htmlparser2 12.0.0, Parser.js), keyed the same way.
const FORM_TAGS = new Set([
  'input',
  'option',
  'optgroup',
  'select',
  'button',
  'datalist',
  'textarea',
]);
const P_TAG = new Set(['p']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const DDT_TAGS = new Set(['dd', 'dt']);
const RTP_TAGS = new Set(['rt', 'rp']);
/** Open elements a start tag closes first (only while they are the innermost ones). */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P_TAG],
  ['h1', HEADING_TAGS],
  ['h2', HEADING_TAGS],
  ['h3', HEADING_TAGS],
  ['h4', HEADING_TAGS],
  ['h5', HEADING_TAGS],
  ['h6', HEADING_TAGS],
  ['select', FORM_TAGS],
  ['input', FORM_TAGS],
  ['output', FORM_TAGS],
  ['button', FORM_TAGS],
  ['datalist', FORM_TAGS],
  ['textarea', FORM_TAGS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT_TAGS],
  ['dt', DDT_TAGS],
  ['address', P_TAG],
  ['article', P_TAG],
  ['aside', P_TAG],
  ['blockquote', P_TAG],
  ['details', P_TAG],
  ['div', P_TAG],
  ['dl', P_TAG],
  ['fieldset', P_TAG],
  ['figcaption', P_TAG],
  ['figure', P_TAG],
  ['footer', P_TAG],
  ['form', P_TAG],
  ['header', P_TAG],
  ['hr', P_TAG],
  ['main', P_TAG],
  ['nav', P_TAG],
  ['ol', P_TAG],
  ['pre', P_TAG],
  ['section', P_TAG],
  ['table', P_TAG],
  ['ul', P_TAG],
  ['rt', RTP_TAGS],
  ['rp', RTP_TAGS],
  ['tbody', TABLE_SECTION_TAGS],
  ['tfoot', TABLE_SECTION_TAGS],
]);
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const FOREIGN_CONTEXT_ELEMENTS = new Set(['math', 'svg']);
/** HTML integration points inside foreign content (SVG-adjusted names). */
const HTML_INTEGRATION_ELEMENTS = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignObject',
  'desc',
  'title',
]);
const SVG_TAG_NAMES = new Map(
  [
    'altGlyph',
    'altGlyphDef',
    'altGlyphItem',
    'animateColor',
    'animateMotion',
    'animateTransform',
    'clipPath',
    'feBlend',
    'feColorMatrix',
    'feComponentTransfer',
    'feComposite',
    'feConvolveMatrix',
    'feDiffuseLighting',
    'feDisplacementMap',
    'feDistantLight',
    'feDropShadow',
    'feFlood',
    'feFuncA',
    'feFuncB',
    'feFuncG',
    'feFuncR',
    'feGaussianBlur',
    'feImage',
    'feMerge',
    'feMergeNode',
    'feMorphology',
    'feOffset',
    'fePointLight',
    'feSpecularLighting',
    'feSpotLight',
    'feTile',
    'feTurbulence',
    'foreignObject',
    'glyphRef',
    'linearGradient',
    'radialGradient',
    'textPath',
  ].map((name) => [name.toLowerCase(), name]),
);

/** What the innermost open element makes of its content (the Parser's `foreignContext`). */
const HTML_CONTENT = 0;
const SVG_CONTENT = 1;
const MATHML_CONTENT = 2;
type Context = typeof HTML_CONTENT | typeof SVG_CONTENT | typeof MATHML_CONTENT;

/**
 * What tree building needs to know of an element, from the tables above, looked up once per
 * tag instead of asking three or four sets on every start and end tag (~15 µs a report page).
 */
interface ElementRules {
  name: string;
  isVoid: boolean;
  /** The open elements its start tag closes first while they are the innermost. */
  closes: ReadonlySet<string> | undefined;
  /** The content context it opens (SVG, MathML, an HTML integration point), or null. */
  opens: Context | null;
}

function elementOf(name: string): ElementRules {
  return {
    name,
    isVoid: VOID_ELEMENTS.has(name),
    closes: OPEN_IMPLIES_CLOSE.get(name),
    opens:
      name === 'svg'
        ? SVG_CONTENT
        : name === 'math'
          ? MATHML_CONTENT
          : HTML_INTEGRATION_ELEMENTS.has(name)
            ? HTML_CONTENT
            : null,
  };
}

/**
 * The elements described once: those of the tables above (SVG's in its camel case too), of the
 * reader's element rules and the usual inline ones. Others are described afresh per tag.
 */
const KNOWN_ELEMENTS = new Map(
  [
    ...OPEN_IMPLIES_CLOSE.keys(),
    ...[...OPEN_IMPLIES_CLOSE.values()].flatMap((names) => [...names]),
    ...VOID_ELEMENTS,
    ...FOREIGN_CONTEXT_ELEMENTS,
    ...HTML_INTEGRATION_ELEMENTS,
    ...SVG_TAG_NAMES.values(),
    ...['html', 'head', 'title', 'style', 'script', 'noscript', 'template', 'xml', 'iframe'],
    ...['caption', 'colgroup', 'thead', 'center', 'span', 'font', 'b', 'strong', 'i', 'em', 'u'],
    ...['sup', 'sub', 'small', 'big', 'label', 'o:p', 'st1:chsdate', 'object', 'canvas', 'video'],
    ...['audio', 'map', 'summary', 'dialog', 'legend', 'header', 'aside'],
  ].map((name) => [name, elementOf(name)]),
);
/** Known elements found in the page by their lower-case names (see {@link NameTable}). */
const ELEMENTS = new NameTable([...KNOWN_ELEMENTS].filter(([name]) => name === name.toLowerCase()));

/** The element of a name as the rules give it (lower case, or SVG's camel case). */
function elementNamed(name: string): ElementRules {
  return KNOWN_ELEMENTS.get(name) ?? elementOf(name);
}

const IMG = elementNamed('img');
const P = elementNamed('p');
/** Stands for the start tag being read while it is ignored (a `<form>` in a `<form>`). */
const IGNORED = elementOf('');

/**
 * Streams `html` to `handler` in one pass (see the module comment). Comments, doctypes and
 * processing instructions are dropped, as the HTML reader has no use for them.
 */
export function streamHtml(html: string, handler: HtmlHandler): void {
  /** Open elements, innermost last (the Parser keeps them innermost first). */
  const stack: ElementRules[] = [];
  /** The content context of each open foreign element or integration point, innermost last. */
  const contexts: Context[] = [HTML_CONTENT];
  /** The start tag being read and its attributes so far (null once handed over). */
  let tag = IGNORED;
  let attribs: TagAttributes | null = null;
  /** The attribute being read: where its value goes (null: not collected) and the value. */
  let attribKey: AttributeKey | null = null;
  let attribValue = '';

  const inForeignContext = (): boolean => contexts[contexts.length - 1] !== HTML_CONTENT;

  /** The innermost open element of that name, or -1. */
  const openIndex = (name: string): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.name === name) return i;
    return -1;
  };

  const readTag = (start: number, end: number): ElementRules => {
    const element =
      ELEMENTS.find(html, start, end) ?? elementNamed(html.slice(start, end).toLowerCase());
    const context = contexts[contexts.length - 1];
    if (context === SVG_CONTENT) {
      const adjusted = SVG_TAG_NAMES.get(element.name);
      return adjusted === undefined ? element : elementNamed(adjusted);
    }
    // The end tag of an SVG element inside its own integration point keeps its SVG case.
    if (contexts.length > 1) {
      const adjusted = SVG_TAG_NAMES.get(element.name);
      if (adjusted !== undefined && openIndex(adjusted) !== -1) return elementNamed(adjusted);
    }
    if (context === HTML_CONTENT && element.name === 'image') return IMG;
    return element;
  };

  const popElement = (): void => {
    const element = stack.pop() as ElementRules;
    if (element.opens !== null) contexts.pop();
    handler.onclosetag(element.name);
  };

  const openTag = (element: ElementRules): void => {
    // A <form> inside a <form> is ignored, attributes, end and all.
    if (element.name === 'form' && openIndex('form') !== -1) {
      tag = IGNORED;
      return;
    }
    tag = element;
    const closes = element.closes;
    if (closes) {
      while (stack.length > 0 && closes.has((stack[stack.length - 1] as ElementRules).name))
        popElement();
    }
    if (!element.isVoid) {
      stack.push(element);
      if (element.opens !== null) contexts.push(element.opens);
    }
    attribs = NO_ATTRIBUTES;
  };

  const endOpenTag = (): void => {
    if (attribs) {
      handler.onopentag(tag.name, attribs);
      attribs = null;
    }
    if (tag.isVoid) handler.onclosetag(tag.name);
    tag = IGNORED;
  };

  const closeCurrentTag = (): void => {
    const name = tag.name;
    endOpenTag();
    if (stack[stack.length - 1]?.name === name) popElement();
  };

  const callbacks: TokenizerCallbacks = {
    ontext(start, end) {
      handler.ontext(html.slice(start, end));
    },
    ontextentity(codePoint) {
      handler.ontext(String.fromCodePoint(codePoint));
    },
    isInForeignContext: inForeignContext,
    onopentagname(start, end) {
      openTag(readTag(start, end));
    },
    onattribname(start, end) {
      attribKey = attribs ? attributeKey(html, start, end) : null;
    },
    onattribdata(start, end) {
      if (attribKey) attribValue += html.slice(start, end);
    },
    onattribentity(codePoint) {
      if (attribKey) attribValue += String.fromCodePoint(codePoint);
    },
    onattribend() {
      if (attribKey && attribs) {
        if (attribs === NO_ATTRIBUTES) attribs = newAttributes();
        attribs[attribKey] ??= attribValue;
      }
      attribKey = null;
      attribValue = '';
    },
    onopentagend() {
      endOpenTag();
    },
    onselfclosingtag() {
      // HTML ignores the slash of `<br/>`, `<td/>`; foreign content (SVG, MathML) honours it.
      if (inForeignContext()) closeCurrentTag();
      else endOpenTag();
    },
    onclosetag(start, end) {
      const element = readTag(start, end);
      if (!element.isVoid) {
        const at = openIndex(element.name);
        if (at !== -1) {
          while (stack.length > at) popElement();
        } else if (element.name === 'p') {
          // A `</p>` with no open paragraph is an empty one.
          openTag(P);
          closeCurrentTag();
        }
      } else if (element.name === 'br') {
        // `</br>` is a line break, as browsers read it.
        handler.onopentag('br', NO_ATTRIBUTES);
        handler.onclosetag('br');
      }
    },
    oncdata(start, end, offset) {
      // Outside foreign content, `<![CDATA[…]]>` is a comment in HTML.
      if (inForeignContext()) handler.ontext(html.slice(start, end - offset));
    },
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      for (let i = stack.length - 1; i >= 0; i--)
        handler.onclosetag((stack[i] as ElementRules).name);
    },
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
}
