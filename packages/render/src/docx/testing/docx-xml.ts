import { strFromU8, unzipSync } from 'fflate';

/** One `w:tc` as written: its span, its vertical merge mark and its text. */
export interface WrittenCell {
  span: number;
  vMerge: 'restart' | 'continue' | null;
  text: string;
}

/** The XML parts of a DOCX by name (tests only). */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/**
 * The top-level tables of a `word/document.xml` as rows of cells exactly as written — no
 * expansion — so two documents can be compared `w:tc` by `w:tc`.
 */
export function writtenTables(documentXml: string): WrittenCell[][][] {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/gu)].map(([table]) =>
    [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/gu)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/gu)].map(([tc]) => {
        const span = Number(/<w:gridSpan w:val="(\d+)"/u.exec(tc)?.[1] ?? '1');
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/u.exec(tc);
        const text = [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)]
          .map((m) => m[1] ?? '')
          .join('');
        return {
          span,
          vMerge: merge ? (merge[1] === 'restart' ? 'restart' : 'continue') : null,
          text,
        };
      }),
    ),
  );
}
