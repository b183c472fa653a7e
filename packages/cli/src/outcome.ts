import type { ParsedDocument, XxgkError } from '@xxgk/model';
import { toXxgkError } from './errors.js';
import { loadDocument } from './load.js';

/** What became of one input file: its parsed document, or why it could not be read. */
export type FileOutcome =
  | { file: string; parsed: ParsedDocument; error?: undefined }
  | { file: string; parsed?: undefined; error: XxgkError };

/** Loads a file, turning every failure into a typed error instead of throwing. */
export async function loadOutcome(file: string): Promise<FileOutcome> {
  try {
    return { file, parsed: await loadDocument(file) };
  } catch (error) {
    return { file, error: toXxgkError(error, file) };
  }
}

/** The `"error"` member of a JSON Lines record. */
export function errorJson(error: XxgkError): { code: string; message: string } {
  return { code: error.code, message: error.message };
}
