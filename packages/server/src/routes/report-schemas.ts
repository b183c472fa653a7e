import { findingSchema, FORMAT_IDS, type FormatId } from '@xxgk/model';
import { REPORT_ORIGINS, REPORT_STATUSES, type ReportOrigin, type ReportStatus } from '@xxgk/db';
import { z } from 'zod';
import { EXPORT_FORMATS } from '../services/exports.js';
import { booleanQuery, jsonValue, paging } from './common.js';

/** The status of a report. */
export const statusEnum = z.enum(
  REPORT_STATUSES.map((s) => s.key) as [ReportStatus, ...ReportStatus[]],
);
/** How a report came in. */
export const originEnum = z.enum(
  REPORT_ORIGINS.map((o) => o.key) as [ReportOrigin, ...ReportOrigin[]],
);
/** A national format edition. */
export const formatEnum = z.enum(FORMAT_IDS as unknown as [FormatId, ...FormatId[]]);
/** An export format. */
export const exportFormatEnum = z.enum(EXPORT_FORMATS);

/** A finding of the checker (spec "Findings"). */
export const findingOut = findingSchema.extend({
  line: z.number().int().optional(),
  excerpt: z.string().optional(),
});

/** The list's filters (shared by the list and the batch export). */
export const listFilterQuery = {
  regionId: z.coerce.number().int().positive().optional(),
  agencyId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: statusEnum.optional(),
  origin: originEnum.optional(),
  hasErrors: booleanQuery,
  q: z.string().max(100).optional().describe('机关名称或标题包含的文字'),
};

/** The list's query. */
export const listQuery = z.object({
  ...listFilterQuery,
  sort: z
    .enum(['year', 'agency', 'updatedAt', 'errors', 'warnings', 'status', 'region'])
    .optional(),
  order: z.enum(['asc', 'desc']).optional(),
  ...paging,
});

/** A row of the list. */
export const listItemSchema = z.object({
  id: z.number().int(),
  agency: z.object({ id: z.number().int(), name: z.string() }),
  region: z.object({ id: z.number().int(), name: z.string() }),
  year: z.number().int(),
  format: formatEnum,
  origin: originEnum,
  status: statusEnum,
  title: z.string().nullable(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  updatedAt: z.string(),
  currentVersion: z.number().int().nullable(),
});

const author = z.object({ id: z.number().int(), displayName: z.string() }).nullable();

/** A version with its report. */
export const versionSchema = z.object({
  number: z.number().int(),
  report: jsonValue.describe('年报 JSON（见 shared/spec/report-json.md）'),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: author,
  publishedAt: z.string().nullable(),
});

/** A version in the history. */
export const versionSummarySchema = z.object({
  number: z.number().int(),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: author,
  publishedAt: z.string().nullable(),
});

/** The report page. */
export const detailSchema = z.object({
  id: z.number().int(),
  agency: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
  region: z.object({ id: z.number().int(), name: z.string() }),
  year: z.number().int(),
  format: formatEnum,
  origin: originEnum,
  status: statusEnum,
  title: z.string().nullable(),
  currentVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
  findings: z.array(findingOut),
  provenance: z.record(z.string(), jsonValue).describe('单元格路径 → 出处（行号、表格位置、原文）'),
  source: z
    .object({ fileName: z.string(), mediaType: z.string(), size: z.number().int() })
    .nullable(),
  reviewComment: z.string().nullable().describe('最近一次退回时的审核意见'),
  reviewCommentBy: z
    .object({ displayName: z.string().nullable(), createdAt: z.string() })
    .nullable(),
  permissions: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    publish: z.boolean(),
  }),
});

const cellValue = z.number().nullable();

/** A correction. */
export const correctionBody = z.object({
  cells: z
    .array(z.object({ path: z.string().min(3).max(100), value: cellValue }))
    .max(2000)
    .default([]),
  sections: z
    .object({
      overview: z.string().max(200_000).nullable().optional(),
      problems: z.string().max(200_000).nullable().optional(),
      other: z.string().max(200_000).nullable().optional(),
    })
    .optional(),
  meta: z
    .object({
      title: z.string().max(300).nullable().optional(),
      publishedOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/u, '日期须为 YYYY-MM-DD')
        .nullable()
        .optional(),
    })
    .optional(),
  reason: z.string().trim().min(1, '更正必须填写理由').max(500),
  baseVersion: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('编辑所依据的版本号；已被他人更新时返回 409'),
});

/** A diff between two versions. */
export const diffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  cells: z.array(z.object({ path: z.string(), label: z.string(), from: cellValue, to: cellValue })),
  sections: z.array(
    z.object({ key: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
  ),
  meta: z.array(
    z.object({
      key: z.string(),
      from: z.union([z.string(), z.number()]).nullable(),
      to: z.union([z.string(), z.number()]).nullable(),
    }),
  ),
});

/** This year against last year. */
export const compareSchema = z.object({
  previous: z.object({ id: z.number().int(), year: z.number().int() }).nullable(),
  cells: z.array(
    z.object({
      path: z.string(),
      label: z.string(),
      current: cellValue,
      previous: cellValue,
      change: z.number().nullable(),
    }),
  ),
  carryOver: z.array(
    z.object({
      column: z.string(),
      label: z.string(),
      previousCarriedForward: cellValue,
      carriedOver: cellValue,
      ok: z.boolean().nullable(),
    }),
  ),
  textRepetition: z.object({
    ratio: z.number().nullable(),
    repeatedSentences: z.array(z.string()),
  }),
});

/** A workflow step's result. */
export const workflowResult = z.object({
  id: z.number().int(),
  status: statusEnum,
  updatedAt: z.string(),
  publishedVersion: z.number().int().optional(),
});
