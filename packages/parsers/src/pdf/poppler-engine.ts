import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { PdfPage, PdfText, TextRun } from './types.js';

const found = new Map<string, string | null>();

/**
 * The `pdftotext` executable (poppler-utils) on a search path (default: PATH), or null when
 * poppler is not installed there. Looked up once per path.
 */
export function findPdftotext(searchPath: string = process.env.PATH ?? ''): string | null {
  const cached = found.get(searchPath);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'pdftotext');
    try {
      accessSync(candidate, constants.X_OK);
      result = candidate;
      break;
    } catch {
      // not in this folder
    }
  }
  found.set(searchPath, result);
  return result;
}

/** Why poppler could not read a file; the caller falls back to pdf.js, which explains it. */
export class PopplerFailure extends Error {
  override readonly name = 'PopplerFailure';
}

/**
 * Reads the positioned words of every page with poppler's `pdftotext -bbox-layout` (the fast
 * path). The bytes go in on stdin, so no temporary file is written. Throws
 * {@link PopplerFailure} when poppler cannot read the file or finds no text at all.
 */
export async function readWithPoppler(bytes: Uint8Array, executable: string): Promise<PdfText> {
  const xhtml = await runPdftotext(bytes, executable);
  const pages = parseBboxLayout(xhtml);
  if (!pages.some((p) => p.runs.length > 0)) throw new PopplerFailure('no text');
  return { engine: 'poppler', pages };
}

function runPdftotext(bytes: Uint8Array, executable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['-q', '-enc', 'UTF-8', '-bbox-layout', '-', '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (e) => reject(new PopplerFailure(e.message)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new PopplerFailure(Buffer.concat(err).toString('utf8') || `exit ${code}`));
    });
    // A file poppler rejects early closes stdin before it is all written; that is not an error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}

const PAGE_RE = /<page width="([\d.]+)" height="([\d.]+)">/gu;
const WORD_RE =
  /<word xMin="(-?[\d.]+)" yMin="(-?[\d.]+)" xMax="(-?[\d.]+)" yMax="(-?[\d.]+)">([^<]*)<\/word>/gu;

/** Parses the XHTML of `pdftotext -bbox-layout` into pages of word runs. */
export function parseBboxLayout(xhtml: string): PdfPage[] {
  const body = xhtml.indexOf('<doc>');
  const text = body >= 0 ? xhtml.slice(body) : xhtml;
  const starts: { index: number; width: number; height: number }[] = [];
  for (const m of text.matchAll(PAGE_RE)) {
    starts.push({ index: m.index, width: Number(m[1]), height: Number(m[2]) });
  }
  const pages: PdfPage[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.index ?? text.length;
    const runs: TextRun[] = [];
    const n = i + 1;
    for (const m of text.slice(start.index, end).matchAll(WORD_RE)) {
      const word = unescapeXml(m[5] ?? '');
      if (word.trim() === '') continue;
      const yMin = Number(m[2]);
      const yMax = Number(m[4]);
      runs.push({ page: n, text: word, x0: Number(m[1]), x1: Number(m[3]), yc: (yMin + yMax) / 2 });
    }
    pages.push({ page: n, width: start.width, height: start.height, runs });
  });
  return pages;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (all, ent: string) => {
    if (ent.startsWith('#x') || ent.startsWith('#X'))
      return String.fromCodePoint(parseInt(ent.slice(2), 16));
    if (ent.startsWith('#')) return String.fromCodePoint(parseInt(ent.slice(1), 10));
    return ENTITIES[ent] ?? all;
  });
}
