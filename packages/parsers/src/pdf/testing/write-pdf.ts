/**
 * A minimal PDF writer for tests: pages of text placed at exact positions, in one Type0 font
 * (Identity-H, a ToUnicode map, widths of 1 em for ideographs and ½ em for the rest, not
 * embedded: extraction needs no glyphs), optionally an image, optionally a password lock.
 * Both pdf.js and poppler read these files, so tests can put any layout in front of the reader.
 */

/** Text drawn at a position: `x` from the left edge, `y` the baseline from the top edge. */
export interface PlacedText {
  x: number;
  y: number;
  size: number;
  text: string;
}

/** One page to write. */
export interface PageSpec {
  items: PlacedText[];
  /** Paint a full-page grey image (what a scan is). */
  image?: boolean;
  width?: number;
  height?: number;
}

/** Options of {@link writePdf}. */
export interface WritePdfOptions {
  /** Lock the file with an unknown user password (readers must refuse it). */
  encrypted?: boolean;
}

const A4 = { width: 595, height: 842 };

function isWideChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2e80 || (c >= 0x2014 && c <= 0x2026);
}

/** Advance width of a character in thousandths of an em, as the test font defines it. */
export function glyphWidth(ch: string): number {
  if (ch === ' ') return 250;
  return isWideChar(ch) ? 1000 : 500;
}

/** Width of a text in points at a size, as the test font lays it out. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += glyphWidth(ch);
  return (w * size) / 1000;
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

function utf16Hex(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += hex4(ch.charCodeAt(i));
  return out;
}

/** Writes the pages as a PDF file. */
export function writePdf(pages: readonly PageSpec[], options: WritePdfOptions = {}): Uint8Array {
  const cids = new Map<string, number>();
  for (const p of pages)
    for (const it of p.items)
      for (const ch of it.text) if (!cids.has(ch)) cids.set(ch, cids.size + 1);

  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const stream = (dict: string, data: string) =>
    `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;

  const catalog = add('');
  const pagesObj = add('');
  const entries = [...cids.entries()];
  const bfchars: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    bfchars.push(
      `${chunk.length} beginbfchar\n${chunk.map(([ch, cid]) => `<${hex4(cid)}> <${utf16Hex(ch)}>`).join('\n')}\nendbfchar`,
    );
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...bfchars,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
  const toUnicode = add(stream('', cmap));
  const widths = entries.map(([ch, cid]) => `${cid} [${glyphWidth(ch)}]`).join(' ');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /XxgkTestSong /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /XxgkTestSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [${widths}] /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /XxgkTestSong /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const image = add(
    stream(
      '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
      '\x80\x90\xa0\xb0',
    ),
  );

  const pageIds: number[] = [];
  for (const p of pages) {
    const width = p.width ?? A4.width;
    const height = p.height ?? A4.height;
    const ops: string[] = [];
    if (p.image) ops.push(`q ${width - 40} 0 0 ${height - 40} 20 20 cm /Im1 Do Q`);
    for (const it of p.items) {
      const codes = [...it.text].map((ch) => hex4(cids.get(ch) ?? 0)).join('');
      ops.push(
        `BT /F1 ${it.size.toFixed(2)} Tf 1 0 0 1 ${it.x.toFixed(2)} ${(height - it.y).toFixed(2)} Tm <${codes}> Tj ET`,
      );
    }
    const content = add(stream('', ops.join('\n')));
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let encrypt = '';
  if (options.encrypted) {
    const filler = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
    const id = add(`<< /Filter /Standard /V 1 /R 2 /O <${filler}> /U <${filler}> /P -4 >>`);
    encrypt = ` /Encrypt ${id} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]`;
  }

  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
