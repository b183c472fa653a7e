import { Parser } from 'htmlparser2';

/** What a paragraph style contributes to list numbering. */
export interface StyleNumbering {
  numId?: string;
  ilvl?: number;
}

/** Paragraph styles of `word/styles.xml` reduced to what the reader needs: their list numbering. */
export interface StyleSheet {
  /** Style id → the numbering it applies, following `w:basedOn`. */
  numbering(styleId: string | undefined): StyleNumbering;
  /** Style id of the numbering style a list definition links to (`w:numStyleLink`). */
  linkedNumId(styleId: string): string | undefined;
}

interface StyleDef {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

/**
 * Reads the paragraph and numbering styles of `word/styles.xml`. Word numbers headings through
 * their style ("标题 1" linked to a list), so a heading printed as "一、总体情况" may carry no
 * number in its own text.
 */
export function parseStyles(xml: string | undefined): StyleSheet {
  const styles = new Map<string, StyleDef>();
  let defaultParagraph: string | undefined;
  if (xml) {
    let current: StyleDef | undefined;
    let skip = 0;
    const parser = new Parser(
      {
        onopentag(name, attrs) {
          if (skip > 0 || name === 'w:pPrChange' || name === 'w:rPr' || name === 'w:tblPr') {
            skip += 1;
            return;
          }
          if (name === 'w:style') {
            const id = attrs['w:styleId'];
            current = {};
            if (id !== undefined) styles.set(id, current);
            if (attrs['w:type'] === 'paragraph' && on(attrs['w:default'])) defaultParagraph = id;
          } else if (current && name === 'w:basedOn') current.basedOn = attrs['w:val'];
          else if (current && name === 'w:numId') current.numId = attrs['w:val'];
          else if (current && name === 'w:ilvl') current.ilvl = Number(attrs['w:val'] ?? 0);
        },
        onclosetag(name) {
          if (skip > 0) skip -= 1;
          else if (name === 'w:style') current = undefined;
        },
      },
      { xmlMode: true },
    );
    parser.write(xml);
    parser.end();
  }
  return {
    numbering(styleId) {
      const result: StyleNumbering = {};
      const seen = new Set<string>();
      let id = styleId ?? defaultParagraph;
      while (id !== undefined && !seen.has(id)) {
        seen.add(id);
        const def = styles.get(id);
        if (!def) break;
        if (result.numId === undefined && def.numId !== undefined) result.numId = def.numId;
        if (result.ilvl === undefined && def.ilvl !== undefined) result.ilvl = def.ilvl;
        id = def.basedOn;
      }
      return result;
    },
    linkedNumId(styleId) {
      return styles.get(styleId)?.numId;
    },
  };
}

/** An OOXML on/off attribute that is present and on. */
function on(value: string | undefined): boolean {
  return value !== undefined && !['0', 'false', 'off'].includes(value);
}
