import { decodeText } from '../decode.js';
import type { DocumentReader } from '../source-document.js';
import { looksBinary } from './binary-type.js';
import { textToSourceDocument } from './text-lines.js';

/**
 * The plain-text reader: any bytes that decode as text (UTF-8, GBK/GB18030, Big5, UTF-16),
 * in every layout real captures of annual reports have (see {@link textToSourceDocument}).
 * It accepts whatever is not binary, so it is the registry's fallback and comes last.
 */
export const textReader: DocumentReader = {
  kind: 'text',
  sniff(bytes: Uint8Array): boolean {
    return !looksBinary(bytes);
  },
  read(bytes, options) {
    const text = decodeText(bytes, options.fileName ? { fileName: options.fileName } : {});
    return Promise.resolve(textToSourceDocument(text));
  },
};
