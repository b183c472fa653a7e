import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isXxgkError } from '@xxgk/model';
import type { PdfPage, PdfText, TextRun } from './types.js';
import { brokenPdfError, emptyPdfError, encryptedError, scannedError } from './errors.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | undefined;

/** Loads the pdf.js legacy build once (the modern build needs DOMMatrix, absent on Node 20). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** The installed pdfjs-dist folder, for its CMaps and standard font data. */
function pdfjsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

const DEFAULT_ASCENT = 0.86;
const DEFAULT_DESCENT = -0.14;

/** Options of {@link readWithPdfJs}. */
export interface PdfJsReadOptions {
  fileName?: string;
}

/**
 * Reads the positioned text of every page with pdf.js (the portable engine). Throws
 * `input.scanned` for a PDF with images but no text, `input.unreadable` for an encrypted or
 * damaged one.
 */
export async function readWithPdfJs(
  bytes: Uint8Array,
  options: PdfJsReadOptions = {},
): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  const dir = pdfjsDir();
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of the buffer; never hand it the caller's bytes.
    data: new Uint8Array(bytes),
    cMapUrl: `${pathToFileURL(join(dir, 'cmaps')).pathname}/`,
    cMapPacked: true,
    standardFontDataUrl: `${pathToFileURL(join(dir, 'standard_fonts')).pathname}/`,
    wasmUrl: `${pathToFileURL(join(dir, 'wasm')).pathname}/`,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw encryptedError(options.fileName, e);
    throw brokenPdfError(options.fileName, e);
  }
  try {
    const pages: PdfPage[] = [];
    let glyphs = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ disableNormalization: true });
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const m = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
        // Only horizontal text builds lines; rotated stamps and watermarks would cut across them.
        if (a <= 0 || Math.abs(b) > Math.abs(a) * 0.01) continue;
        const size = Math.hypot(c, d);
        if (!(size > 0) || !(item.width >= 0)) continue;
        const style = content.styles[item.fontName];
        const ascent = style?.ascent || DEFAULT_ASCENT;
        const descent = style?.descent || DEFAULT_DESCENT;
        runs.push({
          page: n,
          text: item.str,
          x0: e,
          x1: e + item.width,
          yc: f - ((ascent + descent) / 2) * size,
          size,
        });
        glyphs += item.str.replace(/\s+/gu, '').length;
      }
      pages.push({ page: n, width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    if (glyphs === 0) {
      if (await hasImages(doc, pdfjs)) throw scannedError(options.fileName);
      throw emptyPdfError(options.fileName);
    }
    return { engine: 'pdfjs', pages };
  } catch (e) {
    if (isXxgkError(e)) throw e;
    throw brokenPdfError(options.fileName, e);
  } finally {
    await doc.destroy();
  }
}

/** True when some page paints an image: the signature of a scan. */
async function hasImages(
  doc: {
    numPages: number;
    getPage(n: number): Promise<{ getOperatorList(): Promise<{ fnArray: number[] }> }>;
  },
  pdfjs: PdfJs,
): Promise<boolean> {
  const imageOps = new Set<number>([
    pdfjs.OPS.paintImageXObject,
    pdfjs.OPS.paintInlineImageXObject,
    pdfjs.OPS.paintImageMaskXObject,
    pdfjs.OPS.paintImageXObjectRepeat,
    pdfjs.OPS.paintImageMaskXObjectRepeat,
    pdfjs.OPS.paintSolidColorImageMask,
    pdfjs.OPS.paintInlineImageXObjectGroup,
    pdfjs.OPS.paintImageMaskXObjectGroup,
  ]);
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const ops = await page.getOperatorList();
    if (ops.fnArray.some((op) => imageOps.has(op))) return true;
  }
  return false;
}
