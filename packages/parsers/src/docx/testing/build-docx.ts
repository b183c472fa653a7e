import { strToU8, zipSync, type Zippable } from 'fflate';

/** Namespaces Word declares on `w:document`; WPS adds its own (`wpsCustomData`). */
export const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"';

/** Parts of a test document beyond its body. */
export interface DocxParts {
  numbering?: string;
  styles?: string;
  title?: string;
  /** Extra entries, by name (for hostile-archive tests). */
  extra?: Record<string, Uint8Array>;
}

/**
 * A minimal but valid DOCX around `body` (the XML inside `w:body`), as tests need it: content
 * types, package relationships, optional numbering, styles and core properties.
 */
export function buildDocx(body: string, parts: DocxParts = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    ),
  };
  if (parts.numbering !== undefined)
    files['word/numbering.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NAMESPACES}>${parts.numbering}</w:numbering>`,
    );
  if (parts.styles !== undefined)
    files['word/styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NAMESPACES}>${parts.styles}</w:styles>`,
    );
  if (parts.title !== undefined)
    files['docProps/core.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${parts.title}</dc:title></cp:coreProperties>`,
    );
  for (const [name, data] of Object.entries(parts.extra ?? {})) files[name] = data;
  return zipSync(files);
}

/** A paragraph of plain runs. */
export function p(text: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A table cell; `properties` go into `w:tcPr` (e.g. `<w:gridSpan w:val="2"/>`). */
export function tc(text: string, properties = ''): string {
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${properties}</w:tcPr>${p(text)}</w:tc>`;
}

/** A table of rows (each the XML of its cells) over a grid of `columns` equal columns. */
export function tbl(columns: number, rows: string[]): string {
  const grid = Array.from({ length: columns }, () => '<w:gridCol w:w="1000"/>').join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows
    .map((r) => `<w:tr>${r}</w:tr>`)
    .join('')}</w:tbl>`;
}
