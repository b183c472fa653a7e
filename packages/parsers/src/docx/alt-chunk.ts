import { decodeHtml, decodeText } from '../decode.js';
import { readHtml } from '../html/index.js';
import type { SourceLine } from '../source-lines.js';
import { textToSourceDocument } from '../text/index.js';
import type { ZipArchive } from './zip.js';

/** Reads a nested DOCX (given by the reader, to avoid an import cycle). */
export type NestedDocxReader = (bytes: Uint8Array) => readonly SourceLine[];

/**
 * The relationship targets of the main part (`word/_rels/document.xml.rels`), id → part name.
 * External targets (links) are left out.
 */
export function partRelationships(zip: ZipArchive, main: string): Map<string, string> {
  const slash = main.lastIndexOf('/');
  const folder = main.slice(0, slash + 1);
  const xml = zip.readText(`${folder}_rels/${main.slice(slash + 1)}.rels`);
  const targets = new Map<string, string>();
  if (!xml) return targets;
  for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/gu)) {
    if (/TargetMode="External"/u.test(tag)) continue;
    const id = /\bId="([^"]+)"/u.exec(tag)?.[1];
    const target = /\bTarget="([^"]+)"/u.exec(tag)?.[1];
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `${folder}${target}`);
  }
  return targets;
}

/**
 * The lines of a part imported with `w:altChunk`: HTML (what "export to Word" tools such as
 * html-docx-js write, usually wrapped as MHT), plain text, or another DOCX. Parts of other
 * kinds (RTF) give no lines.
 */
export function readAltChunk(
  zip: ZipArchive,
  part: string,
  readNested: NestedDocxReader,
): readonly SourceLine[] {
  const bytes = zip.read(part);
  if (!bytes) return [];
  const ext = /\.([a-z]+)$/iu.exec(part)?.[1]?.toLowerCase() ?? '';
  if (ext === 'mht' || ext === 'mhtml') {
    const html = htmlFromMht(bytes);
    return html === undefined ? [] : readHtml(decodeHtml(html)).lines;
  }
  if (ext === 'htm' || ext === 'html' || ext === 'xhtml') return readHtml(decodeHtml(bytes)).lines;
  if (ext === 'txt') return textToSourceDocument(decodeText(bytes)).lines;
  if (ext === 'docx' || ext === 'docm' || ext === 'dotx') return readNested(bytes);
  return [];
}

/**
 * The HTML body of a MIME (MHT) document: the first `text/html` part, its
 * quoted-printable or base64 transfer encoding undone; its charset is left to the HTML
 * decoder (the part's `<meta>`, else detection), with the MIME header's charset as a meta
 * tag when the HTML has none.
 */
export function htmlFromMht(bytes: Uint8Array): Uint8Array | undefined {
  const text = new TextDecoder('latin1').decode(bytes);
  const boundary = /boundary="?([^"\s;]+)"?/iu.exec(text)?.[1];
  const parts = boundary === undefined ? [text] : text.split(`--${boundary}`);
  for (const part of parts) {
    const split = /\r?\n\r?\n/u.exec(part);
    if (!split) continue;
    const header = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/iu.test(header)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/iu.exec(header)?.[1]?.toLowerCase();
    const raw =
      encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : encoding === 'base64'
          ? new Uint8Array(Buffer.from(body.replace(/\s+/gu, ''), 'base64'))
          : latin1Bytes(body);
    const charset = /charset="?([\w-]+)"?/iu.exec(header)?.[1];
    if (charset === undefined || /<meta[^>]+charset/iu.test(body)) return raw;
    const meta = latin1Bytes(`<meta charset="${charset}">`);
    const out = new Uint8Array(meta.length + raw.length);
    out.set(meta);
    out.set(raw, meta.length);
    return out;
  }
  return undefined;
}

function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/gu, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3d && /^[0-9A-Fa-f]{2}$/u.test(text.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(ch & 0xff);
  }
  return new Uint8Array(out);
}

function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
