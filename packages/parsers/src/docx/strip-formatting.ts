/**
 * Property blocks and what the scanner needs from each; a block is reduced to those elements
 * (or removed when it has none). Paragraph properties keep the style and list membership
 * (numbering), cell properties their spans and merges, row properties the skipped leading
 * columns, run properties whether they hide their text.
 */
interface Keep {
  /** A cheap test that the block holds anything worth keeping. */
  marker: RegExp;
  /** The elements kept. */
  elements: RegExp;
}

const KEEP: Readonly<Record<string, Keep | null>> = {
  pPr: { marker: /pStyle|numPr/u, elements: /<w:pStyle\s[^>]*\/>|<w:numPr>[\s\S]*?<\/w:numPr>/gu },
  tcPr: { marker: /Merge|gridSpan/u, elements: /<w:(?:gridSpan|vMerge|hMerge)(?:\s[^>]*)?\/>/gu },
  trPr: { marker: /gridBefore/u, elements: /<w:gridBefore\s[^>]*\/>/gu },
  rPr: { marker: /anish/u, elements: /<w:(?:vanish|specVanish)(?:\s[^>]*)?\/>/gu },
  tblPr: null,
  tblPrEx: null,
  tblGrid: null,
  tabs: null,
  sectPr: null,
};

/** Self-closing formatting elements outside those blocks: none of a document's text. */
const EMPTY = [
  'bookmarkStart',
  'bookmarkEnd',
  'proofErr',
  'lastRenderedPageBreak',
  'commentRangeStart',
  'commentRangeEnd',
  'permStart',
  'permEnd',
];

/**
 * A block with no nested element of the same name (as `w:pPrChange` nests `w:pPr`): what it
 * matches is always a balanced subtree. An outer block that nests is left whole for the
 * tokenizer, whose scanner skips the change records itself.
 */
const BLOCK = `<w:(${Object.keys(KEEP).join('|')})(?:\\s[^>]*)?>[^<]*(?:<(?!\\/?w:\\1[\\s>/])[^<]*)*<\\/w:\\1>`;

// Without the u flag: the pattern is ASCII and only skips over text, and V8 runs it twice as
// fast in non-Unicode mode (this replace is one of the reader's larger costs).
const STRIPPABLE = new RegExp(
  [
    BLOCK,
    `<w:(?:${EMPTY.join('|')})(?:\\s[^>]*)?\\/>`,
    // Revision-session ids and paragraph ids on nearly every element.
    `\\s(?:w:rsid\\w*|w14:paraId|w14:textId)="[^"]*"`,
  ].join('|'),
  'g',
);

function reduce(match: string, blockName: string | undefined): string {
  const name = blockName;
  const keep = name === undefined ? undefined : KEEP[name];
  if (!keep || !keep.marker.test(match)) return '';
  const kept = match.match(keep.elements);
  return kept ? `<w:${name}>${kept.join('')}</w:${name}>` : '';
}

/**
 * Removes the formatting markup the scanner would skip anyway (run, paragraph, cell and table
 * properties, borders, spacing, revision ids) before tokenizing, keeping from each property
 * block the few elements the scanner reads. Formatting is most of a Word document's XML, and
 * a regular expression drops it several times faster than a tokenizer walks it.
 */
export function stripFormatting(xml: string): string {
  return xml.replace(STRIPPABLE, reduce);
}
