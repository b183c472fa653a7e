import type { Heading, ParseProblem, ParsedDocument, Provenance } from '@xxgk/model';
import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { sourceFiles } from './source-files.js';

/**
 * What the reader made of an original file: its plain text (for the side-by-side view), where
 * each cell was read (provenance; its line numbers index the text), the outline and the
 * reader's problems. Kept beside the file so a report page never parses a PDF again.
 */
export const sourceTexts = pgTable('source_texts', {
  sourceFileId: integer('source_file_id')
    .primaryKey()
    .references(() => sourceFiles.id, { onDelete: 'cascade' }),
  /** Reader that read it: text, html, docx, pdf, json. */
  kind: text('kind').$type<ParsedDocument['source']>().notNull(),
  text: text('text').notNull(),
  provenance: jsonb('provenance').$type<Record<string, Provenance>>().notNull().default({}),
  outline: jsonb('outline').$type<Heading[]>().notNull().default([]),
  problems: jsonb('problems').$type<ParseProblem[]>().notNull().default([]),
  createdAt: createdAt(),
});

/** A row of `source_texts`. */
export type SourceText = typeof sourceTexts.$inferSelect;
