import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from '../find-soffice.js';

/** The repository's artifacts folder (gitignored): renderings kept for a person to look at. */
export const ARTIFACTS = join(import.meta.dirname, '../../../../../artifacts');

/** True when the program runs here (it is on PATH and starts). */
export function hasCommand(name: string, versionFlag = '-v'): boolean {
  const result = spawnSync(name, [versionFlag], { stdio: 'ignore' });
  return result.error === undefined;
}

/** The LibreOffice binary the converter would use, or null. */
export const SOFFICE = findSoffice();
/** LibreOffice Writer is installed: DOCX conversion tests can run. */
export const hasLibreOffice = SOFFICE !== null;
/** LibreOffice Calc is installed too: XLSX conversion tests can run. */
export const hasLibreOfficeCalc =
  SOFFICE !== null && existsSync(join(dirname(realpathSync(SOFFICE)), 'libsclo.so'));
/** poppler-utils is installed (pdftotext, pdftoppm, pdffonts). */
export const hasPoppler = hasCommand('pdftotext') && hasCommand('pdftoppm');

/** The PDF's text through poppler's pdftotext (reading order, UTF-8). */
export function pdftotext(pdf: Uint8Array): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
    input: Buffer.from(pdf),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/** The PDF's text through pdf.js (legacy build), with its Unicode normalisation turned off. */
export async function pdfjsText(pdf: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    cMapUrl: `${pathToFileURL(join(dir, 'cmaps')).pathname}/`,
    cMapPacked: true,
    standardFontDataUrl: `${pathToFileURL(join(dir, 'standard_fonts')).pathname}/`,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent({ disableNormalization: true });
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}

/** One font of `pdffonts`: its name and whether the file embeds it. */
export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** The fonts a PDF uses, from poppler's pdffonts. */
export function pdfFonts(pdf: Uint8Array): PdfFont[] {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-pdffonts-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync('pdffonts', [file], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pdffonts failed: ${result.stderr}`);
    return parseFonts(result.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseFonts(output: string): PdfFont[] {
  // Columns: name type [type…] encoding emb sub uni object ID; emb is the 5th field from the end.
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields = line.trim().split(/\s+/u);
      return { name: fields[0] ?? '', embedded: fields[fields.length - 5] === 'yes' };
    });
}

/**
 * Renders each page of a PDF to PNG at 60 dpi under artifacts/<folder>/ (after removing the
 * previous rendering of the same name) and returns the PNG paths in page order.
 */
export function renderPngs(pdf: Uint8Array, folder: string, name: string, dpi = 60): string[] {
  const dir = join(ARTIFACTS, folder);
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir))
    if (file === `${name}.pdf` || (file.startsWith(`${name}-`) && file.endsWith('.png')))
      rmSync(join(dir, file));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, name)]);
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${String(result.stderr)}`);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort((a, b) => pageOf(a) - pageOf(b))
    .map((f) => join(dir, f));
}

const pageOf = (file: string): number => Number(/-(\d+)\.png$/u.exec(file)?.[1] ?? 0);

/** Removes every kind of white space, so text wrapped inside a table cell compares whole. */
export function compact(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/** Code points of the CJK radical blocks, which a broken text layer puts in place of ideographs. */
export const RADICALS = /[\u2e80-\u2fdf]/u;

/**
 * Whether extracted text gives back a label exactly: as one run of characters (white space
 * aside), or, for a label wrapped over lines in a narrow table cell, put together in order from
 * whole pieces of the text, since such a cell's lines come out interleaved with the lines of
 * the cells beside it. Either way every character must be the one written.
 */
export function readsBack(label: string, text: string): boolean {
  const wanted = compact(label);
  if (compact(text).includes(wanted)) return true;
  const pieces = text.split(/\s+/u).filter((t) => t !== '');
  let rest = wanted;
  while (rest !== '') {
    let best = '';
    for (const piece of pieces)
      if (piece.length > best.length && rest.startsWith(piece)) best = piece;
    if (best === '') return false;
    rest = rest.slice(best.length);
  }
  return true;
}

const scratchDirs: string[] = [];

/** A fresh temporary folder for a test; {@link removeScratchDirs} deletes them all. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/** Deletes every folder {@link scratchDir} made (call from `afterAll`). */
export function removeScratchDirs(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
