import { z } from 'zod';
import { FORMAT_IDS, getFormat } from './formats/index.js';
import type { FormatId } from './formats/types.js';
import { REVIEW_BLOCKS, REVIEW_FIELDS } from './review.js';

const cell = z.number().finite().nullable();

function objectOf(keys: readonly string[], value: z.ZodType): z.ZodObject {
  const shape: Record<string, z.ZodOptional<z.ZodType>> = {};
  for (const key of keys) shape[key] = value.optional();
  return z.object(shape).strict();
}

/**
 * The zod schema of a report in one format, generated from the format's data: unknown rows or
 * columns are rejected, absent rows are allowed (partial documents), blank cells are null.
 */
export function reportSchemaFor(format: FormatId) {
  const def = getFormat(format);
  const proactiveRows: Record<string, z.ZodType> = {};
  for (const table of def.proactive) {
    const fields = objectOf(
      table.fields.map((f) => f.key),
      cell,
    );
    for (const row of table.rows) proactiveRows[row.key] = fields;
  }
  const applicantRow = objectOf(def.applicantColumns, cell);
  const reviewBlock = objectOf(
    REVIEW_FIELDS.map((f) => f.key),
    cell,
  );
  return z.object({
    format: z.literal(format),
    year: z.number().int().min(2000).max(2100).nullable(),
    agency: z.string().nullable(),
    title: z.string().nullable(),
    publishedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u)
      .nullable(),
    proactive: z
      .object(
        Object.fromEntries(Object.entries(proactiveRows).map(([k, v]) => [k, v.optional()])),
      )
      .strict(),
    applications: objectOf(
      def.applicationRows.map((r) => r.key),
      applicantRow,
    ),
    review: objectOf(
      REVIEW_BLOCKS.map((b) => b.key),
      reviewBlock,
    ),
    sections: z
      .object({
        overview: z.string().optional(),
        problems: z.string().optional(),
        other: z.string().optional(),
      })
      .passthrough(),
    notes: z.record(z.string(), z.string()),
    titleYear: z.number().int().nullable().optional(),
    period: z
      .object({
        text: z.string(),
        start: z.string().nullable(),
        end: z.string().nullable(),
        year: z.number().int().nullable(),
      })
      .nullable()
      .optional(),
  });
}

/** The zod schema of a report in any known format (discriminated by `format`). */
export const reportSchema = z.discriminatedUnion(
  'format',
  FORMAT_IDS.map((id) => reportSchemaFor(id)) as [
    ReturnType<typeof reportSchemaFor>,
    ...ReturnType<typeof reportSchemaFor>[],
  ],
);
