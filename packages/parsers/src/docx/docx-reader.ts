import { XxgkError } from '@xxgk/model';
import type { DocumentReader, ReadOptions, SourceDocument } from '../source-document.js';
import type { SourceLine } from '../source-lines.js';
import { partRelationships, readAltChunk } from './alt-chunk.js';
import { coreTitle } from './core-properties.js';
import { Numbering } from './numbering.js';
import { scanDocument } from './scan-document.js';
import { stripFormatting } from './strip-formatting.js';
import { parseStyles } from './styles.js';
import { toSourceLines } from './to-source-lines.js';
import { DEFAULT_ZIP_LIMITS, ZipArchive, type ZipLimits } from './zip.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAIN_PART = 'word/document.xml';
const MAIN_PART_BYTES = new TextEncoder().encode(MAIN_PART);

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function mentionsMainPart(bytes: Uint8Array): boolean {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(MAIN_PART_BYTES) >= 0
  );
}

function fileLabel(fileName: string | undefined): string {
  return fileName ? `文件“${fileName}”` : '该文件';
}

/**
 * The DOCX reader: a ZIP archive holding `word/document.xml` (Word, WPS, LibreOffice), read
 * into SourceLines (see {@link toSourceLines}). Legacy binary Word files (.doc, OLE compound
 * files) are recognised too, so that they get a clear message instead of "unsupported type".
 */
export const docxReader: DocumentReader = {
  kind: 'docx',
  sniff(bytes, fileName) {
    if (startsWith(bytes, OLE_MAGIC)) return true;
    if (!startsWith(bytes, ZIP_MAGIC)) return false;
    return /\.docx$/iu.test(fileName ?? '') || mentionsMainPart(bytes);
  },
  read(bytes, options) {
    return Promise.resolve(readDocx(bytes, options));
  },
};

/**
 * Reads a DOCX into a SourceDocument, synchronously. Throws `XxgkError` with a Chinese message
 * naming the file: `input.unsupported` for a legacy .doc or a ZIP that is no Word document,
 * `input.unreadable` for a damaged or hostile archive, `input.too-large` past the size limits.
 */
export function readDocx(
  bytes: Uint8Array,
  options: ReadOptions = {},
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): SourceDocument {
  return readPackage(bytes, options, limits, true);
}

function readPackage(
  bytes: Uint8Array,
  options: ReadOptions,
  limits: ZipLimits,
  importChunks: boolean,
): SourceDocument {
  const label = fileLabel(options.fileName);
  if (startsWith(bytes, OLE_MAGIC)) throw legacyFormat(label, options.fileName);
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new XxgkError('input.unsupported', `${label}不是 DOCX 文件（不是 ZIP 压缩格式）。`);
  const zip = ZipArchive.open(bytes, options.fileName, limits);
  const main = mainPart(zip);
  if (main === undefined)
    throw new XxgkError(
      'input.unsupported',
      `${label}是 ZIP 压缩包，但不是 Word 文档（其中没有 ${MAIN_PART}）。`,
    );
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const xml = zip.readText(main) ?? '';
  // Only a paragraph with list properties or a style can be numbered; most reports have none
  // or no numbering part at all, and then neither styles nor numbering need reading.
  const mayNumber = xml.includes('<w:numPr') || xml.includes('<w:pStyle');
  const numberingXml = mayNumber ? zip.readText(`${folder}numbering.xml`) : undefined;
  const styles = parseStyles(numberingXml ? zip.readText(`${folder}styles.xml`) : undefined);
  const numbering = Numbering.parse(numberingXml, styles);
  const blocks = scanDocument(stripFormatting(xml), numbering);
  const chunk = (relId: string): readonly SourceLine[] => {
    // One level of import: a chunk's own chunks are not followed (no cycles, no bombs).
    if (!importChunks) return [];
    const part = partRelationships(zip, main).get(relId);
    if (part === undefined) return [];
    return readAltChunk(zip, part, (nested) => readPackage(nested, options, limits, false).lines);
  };
  const lines = toSourceLines(blocks, options.fileName, chunk);
  const doc: SourceDocument = { source: 'docx', lines };
  const title = coreTitle(zip.readText('docProps/core.xml'));
  if (title !== undefined) doc.hints = { title };
  return doc;
}

/**
 * The main document part: `word/document.xml` as every writer names it, else the target of
 * the package's officeDocument relationship.
 */
function mainPart(zip: ZipArchive): string | undefined {
  if (zip.has(MAIN_PART)) return MAIN_PART;
  const rels = zip.readText('_rels/.rels');
  if (!rels) return undefined;
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/gu)) {
    const tag = match[0];
    if (!/Type="[^"]*\/officeDocument"/u.test(tag)) continue;
    const target = /Target="([^"]+)"/u.exec(tag)?.[1]?.replace(/^\//u, '');
    if (target !== undefined && zip.has(target)) return target;
  }
  return undefined;
}

function legacyFormat(label: string, fileName: string | undefined): XxgkError {
  const name = fileName ?? '';
  if (/\.docx$/iu.test(name))
    return new XxgkError(
      'input.unsupported',
      `${label}是加密（设置了打开密码）的 Word 文件或旧版 Word（.doc）文件，请取消密码并另存为 .docx 后再导入。`,
    );
  if (/\.(xls|et|ppt|dps)$/iu.test(name))
    return new XxgkError(
      'input.unsupported',
      `${label}是旧版 Office 表格或演示文件，无法作为年度报告读取；请将报告另存为 .docx 后再导入。`,
    );
  return new XxgkError(
    'input.unsupported',
    `${label}是旧版 Word（.doc）文件，请另存为 .docx 后再导入。`,
  );
}
