import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { Block, DocCell, DocParagraph, DocRow } from './blocks.js';
import type { Numbering } from './numbering.js';
import { symbolText } from './symbols.js';

/**
 * Elements whose whole subtree carries nothing a reader of the text wants: tracked-change
 * records of old properties, deleted and moved-away text, field codes' deleted text, tab-stop
 * definitions, section and content-control properties, ruby annotations. Skipping them also
 * keeps their `w:numId`, `w:tab` or `w:t` from being taken for the live ones.
 */
const SKIPPED = new Set([
  'w:pPrChange',
  'w:rPrChange',
  'w:tblPrChange',
  'w:tcPrChange',
  'w:trPrChange',
  'w:sectPrChange',
  'w:numberingChange',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:tabs',
  'w:sectPr',
  'w:sdtEndPr',
  'w:fldData',
  'w:ffData',
  'w:tblPr',
  'w:tblPrEx',
  'w:tblGrid',
  'w:tcBorders',
  'w:rt',
  'w:footnotePr',
  'w:endnotePr',
]);

/** Elements whose attributes the scanner reads; every other element's are ignored unread. */
const WITH_ATTRIBUTES = new Set([
  'w:gridSpan',
  'w:vMerge',
  'w:hMerge',
  'w:gridBefore',
  'w:numId',
  'w:ilvl',
  'w:pStyle',
  'w:fldChar',
  'w:sym',
  'w:vanish',
  'w:specVanish',
  'w:showingPlcHdr',
  'w:altChunk',
]);

type Frame =
  | { kind: 'container'; blocks: Block[] }
  | {
      kind: 'paragraph';
      text: string;
      anchored: Block[];
      numId?: string;
      ilvl?: number;
      styleId?: string;
      inProperties: boolean;
    }
  | { kind: 'table'; rows: DocRow[] }
  | { kind: 'row'; row: DocRow }
  | { kind: 'cell'; cell: DocCell };

type ParagraphFrame = Extract<Frame, { kind: 'paragraph' }>;

interface Field {
  instruction: string;
  separated: boolean;
  toc: boolean;
}

/**
 * Reads `word/document.xml` into blocks with htmlparser2's tokenizer in XML mode (no DOM, no
 * attribute objects for the thousands of formatting elements a document has): paragraphs with
 * their text, list labels, line breaks and tabs; tables with their cells' spans and merge marks;
 * text boxes read once (the first `mc:Choice`, never the `mc:Fallback` copy) and placed after
 * the paragraph they are anchored in. Deleted text, field codes, hidden runs and tables of
 * contents and content controls still showing their placeholder are left out; inserted text and
 * field results are kept.
 */
export function scanDocument(xml: string, numbering: Numbering): Block[] {
  const body: Frame = { kind: 'container', blocks: [] };
  const frames: Frame[] = [body];
  let paragraph: ParagraphFrame | undefined;
  let skipDepth = 0;
  let tagName = '';
  let attrName = '';
  let attrValue = '';
  let readAttributes = false;
  const attributes = new Map<string, string>();
  let inText = false;
  let inInstruction = false;
  let inRunProperties = false;
  let hiddenRun = false;
  const fields: Field[] = [];
  let fieldHidesText = false;
  const alternates: boolean[] = [];
  /** Per open content control: whether it shows its placeholder ("单击此处输入文字") as text. */
  const placeholders: boolean[] = [];

  const top = (): Frame => frames[frames.length - 1] ?? body;
  const sync = (): void => {
    const f = top();
    paragraph = f.kind === 'paragraph' ? f : undefined;
  };
  const push = (frame: Frame): void => {
    frames.push(frame);
    sync();
  };
  /** Pops up to and including the nearest frame of a kind; undefined if there is none. */
  const popTo = <K extends Frame['kind']>(kind: K): Extract<Frame, { kind: K }> | undefined => {
    let i = frames.length - 1;
    while (i > 0 && frames[i]?.kind !== kind) i -= 1;
    if (i <= 0) return undefined;
    const frame = frames[i] as Extract<Frame, { kind: K }>;
    frames.length = i;
    sync();
    return frame;
  };
  const addBlock = (block: Block): void => {
    for (let i = frames.length - 1; i >= 0; i -= 1) {
      const f = frames[i];
      if (f?.kind === 'container') return void f.blocks.push(block);
      if (f?.kind === 'cell') return void f.cell.blocks.push(block);
    }
  };
  const writable = (): boolean => paragraph !== undefined && !hiddenRun && !fieldHidesText;
  const append = (text: string): void => {
    if (paragraph && writable()) paragraph.text += text;
  };
  const updateFields = (): void => {
    fieldHidesText = fields.some((f) => !f.separated || f.toc);
  };

  const open = (name: string, selfClosing: boolean): void => {
    if (skipDepth > 0) {
      skipDepth += 1;
      return;
    }
    if (SKIPPED.has(name)) {
      skipDepth = 1;
      return;
    }
    const val = readAttributes ? attributes.get('w:val') : undefined;
    switch (name) {
      case 'w:p':
        push({ kind: 'paragraph', text: '', anchored: [], inProperties: false });
        return;
      case 'w:pPr':
        if (paragraph && !selfClosing) paragraph.inProperties = true;
        return;
      case 'w:pStyle':
        if (paragraph?.inProperties && val !== undefined) paragraph.styleId = val;
        return;
      case 'w:numId':
        if (paragraph?.inProperties && val !== undefined) paragraph.numId = val;
        return;
      case 'w:ilvl':
        if (paragraph?.inProperties) paragraph.ilvl = Number(val ?? 0);
        return;
      case 'w:rPr':
        // A paragraph mark's properties say nothing about the runs' text.
        if (paragraph?.inProperties) {
          if (!selfClosing) skipDepth = 1;
        } else inRunProperties = !selfClosing;
        return;
      case 'w:vanish':
      case 'w:specVanish':
        if (inRunProperties) hiddenRun = on(val);
        return;
      case 'w:r':
        hiddenRun = false;
        return;
      case 'w:t':
      case 'm:t':
        inText = !selfClosing && writable();
        return;
      case 'w:instrText':
        inInstruction = !selfClosing;
        return;
      case 'w:tab':
      case 'w:ptab':
        append('\t');
        return;
      case 'w:br':
      case 'w:cr':
        append('\n');
        return;
      case 'w:noBreakHyphen':
        append('-');
        return;
      case 'w:sym':
        append(symbolText(attributes.get('w:font'), attributes.get('w:char')));
        return;
      case 'w:fldChar': {
        const type = attributes.get('w:fldCharType');
        if (type === 'begin') fields.push({ instruction: '', separated: false, toc: false });
        else if (type === 'separate') {
          const field = fields[fields.length - 1];
          if (field) {
            field.separated = true;
            field.toc = /^\s*TOC\b/iu.test(field.instruction);
          }
        } else if (type === 'end') fields.pop();
        updateFields();
        return;
      }
      case 'w:tbl':
        if (!selfClosing) push({ kind: 'table', rows: [] });
        return;
      case 'w:tr':
        if (!selfClosing) push({ kind: 'row', row: { cells: [], gridBefore: 0 } });
        return;
      case 'w:gridBefore': {
        const f = top();
        if (f.kind === 'row') f.row.gridBefore = Math.max(0, Number(val ?? 0) || 0);
        return;
      }
      case 'w:tc':
        push({ kind: 'cell', cell: { blocks: [], span: 1, vMerge: null, hMerge: null } });
        return;
      case 'w:gridSpan': {
        const f = top();
        if (f.kind === 'cell') f.cell.span = Math.max(1, Math.min(1000, Number(val ?? 1) || 1));
        return;
      }
      case 'w:vMerge':
      case 'w:hMerge': {
        const f = top();
        if (f.kind !== 'cell') return;
        const mark = val === 'restart' ? 'restart' : 'continue';
        if (name === 'w:vMerge') f.cell.vMerge = mark;
        else f.cell.hMerge = mark;
        return;
      }
      case 'w:txbxContent':
        if (!selfClosing) push({ kind: 'container', blocks: [] });
        return;
      case 'mc:AlternateContent':
        if (!selfClosing) alternates.push(false);
        return;
      case 'w:sdt':
        if (!selfClosing) placeholders.push(false);
        return;
      case 'w:altChunk': {
        const relId = attributes.get('r:id');
        if (relId !== undefined) addBlock({ kind: 'chunk', relId });
        if (!selfClosing) skipDepth = 1;
        return;
      }
      case 'w:showingPlcHdr':
        if (placeholders.length > 0) placeholders[placeholders.length - 1] = on(val);
        return;
      case 'w:sdtContent':
        // A content control still showing its placeholder holds no text of the report.
        if (!selfClosing && placeholders[placeholders.length - 1] === true) skipDepth = 1;
        return;
      case 'mc:Choice':
      case 'mc:Fallback': {
        // Read the first alternative only: Word writes a text box twice (DrawingML, then VML).
        const i = alternates.length - 1;
        if (i >= 0 && alternates[i]) {
          if (!selfClosing) skipDepth = 1;
        } else if (i >= 0) alternates[i] = true;
        return;
      }
    }
  };

  const close = (name: string): void => {
    if (skipDepth > 0) {
      skipDepth -= 1;
      return;
    }
    switch (name) {
      case 'w:t':
      case 'm:t':
        inText = false;
        return;
      case 'w:instrText':
        inInstruction = false;
        return;
      case 'w:pPr':
        if (paragraph) paragraph.inProperties = false;
        return;
      case 'w:rPr':
        inRunProperties = false;
        return;
      case 'w:r':
        hiddenRun = false;
        return;
      case 'w:p': {
        const p = popTo('paragraph');
        if (!p) return;
        // A field code never runs past its paragraph; one whose separator or end was lost
        // (deleted under tracked changes) must not hide the rest of the document.
        if (fields.some((f) => !f.separated)) {
          const open = fields.filter((f) => f.separated);
          fields.length = 0;
          fields.push(...open);
          updateFields();
        }
        const label = numbering.next(p);
        const block: DocParagraph = {
          kind: 'paragraph',
          text: label + p.text,
          anchored: p.anchored,
        };
        addBlock(block);
        return;
      }
      case 'w:tc': {
        const c = popTo('cell');
        const row = top();
        if (c && row.kind === 'row') row.row.cells.push(c.cell);
        return;
      }
      case 'w:tr': {
        const r = popTo('row');
        const table = top();
        if (r && table.kind === 'table') table.rows.push(r.row);
        return;
      }
      case 'w:tbl': {
        const t = popTo('table');
        if (t) addBlock({ kind: 'table', rows: t.rows });
        return;
      }
      case 'w:txbxContent': {
        const box = popTo('container');
        if (!box) return;
        if (paragraph) paragraph.anchored.push(...box.blocks);
        else for (const block of box.blocks) addBlock(block);
        return;
      }
      case 'mc:AlternateContent':
        alternates.pop();
        return;
      case 'w:sdt':
        placeholders.pop();
        return;
    }
  };

  let buffer = '';
  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tagName = buffer.slice(start, end);
      readAttributes = skipDepth === 0 && WITH_ATTRIBUTES.has(tagName);
      if (readAttributes) attributes.clear();
    },
    onattribname(start, end) {
      if (readAttributes) {
        attrName = buffer.slice(start, end);
        attrValue = '';
      }
    },
    onattribdata(start, end) {
      if (readAttributes) attrValue += buffer.slice(start, end);
    },
    onattribentity(codepoint) {
      if (readAttributes) attrValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (readAttributes) attributes.set(attrName, attrValue);
    },
    onopentagend() {
      open(tagName, false);
    },
    onselfclosingtag() {
      // A self-closing element neither opens nor closes a skipped subtree.
      if (skipDepth > 0 || SKIPPED.has(tagName)) return;
      open(tagName, true);
      close(tagName);
    },
    onclosetag(start, end) {
      close(buffer.slice(start, end));
    },
    ontext(start, end) {
      if (skipDepth > 0) return;
      if (inText && paragraph) paragraph.text += buffer.slice(start, end);
      else if (inInstruction) {
        const field = fields[fields.length - 1];
        if (field) field.instruction += buffer.slice(start, end);
      }
    },
    ontextentity(codepoint) {
      if (skipDepth > 0) return;
      if (inText && paragraph) paragraph.text += String.fromCodePoint(codepoint);
      else if (inInstruction) {
        const field = fields[fields.length - 1];
        if (field) field.instruction += String.fromCodePoint(codepoint);
      }
    },
    oncdata(start, end) {
      if (inText && paragraph && skipDepth === 0) paragraph.text += buffer.slice(start, end);
    },
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };
  buffer = xml;
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, callbacks);
  tokenizer.write(xml);
  tokenizer.end();
  // Close whatever a truncated document left open, so its text is not lost.
  while (frames.length > 1) {
    const f = top();
    if (f.kind === 'paragraph') close('w:p');
    else if (f.kind === 'cell') close('w:tc');
    else if (f.kind === 'row') close('w:tr');
    else if (f.kind === 'table') close('w:tbl');
    else close('w:txbxContent');
  }
  return body.blocks;
}

/** An OOXML on/off value: absent means on. */
function on(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
