import {
  article20Schema,
  REVIEW_KIND_LABELS,
  type Article20Figures,
  type ReviewResult,
} from '@xxgk/casework';
import type { ReviewCaseListRow, schema } from '@xxgk/db';
import type { ReviewBlockKey } from '@xxgk/model';
import { REVIEW_FIELDS, XxgkError } from '@xxgk/model';
import {
  parseProactiveRegister,
  PROACTIVE_CHANNEL_LABELS,
  type ProactiveChannel,
  type RejectedRow,
} from '@xxgk/parsers';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { audit } from './audit.js';
import { caseworkReadScope, todayInChina } from './casework-scope.js';
import { agencyInScope, assertAgencyInScope } from './scope.js';

// --- 主动公开 ---------------------------------------------------------------------------

/** A proactive item as the API shows it. */
export interface ProactiveItemView {
  id: string;
  agencyId: string;
  title: string;
  publishedOn: string;
  channel: ProactiveChannel;
  channelLabel: string;
  category: string;
}

function proactiveView(row: schema.ProactiveItemRow): ProactiveItemView {
  return {
    id: String(row.id),
    agencyId: String(row.agencyId),
    title: row.title,
    publishedOn: row.publishedOn,
    channel: row.channel,
    channelLabel: PROACTIVE_CHANNEL_LABELS[row.channel],
    category: row.category,
  };
}

/** A page of the proactive register in scope, with the count per channel of the whole selection. */
export async function listProactive(
  ctx: AppContext,
  actor: Actor,
  query: { agencyId?: number; year?: number; page?: number; pageSize?: number },
): Promise<{ items: ProactiveItemView[]; total: number; byChannel: Record<string, number> }> {
  const scope = await caseworkReadScope(ctx, actor, query.agencyId);
  const page = await ctx.repos.proactiveItems.list(
    { ...scope, ...(query.year !== undefined ? { year: query.year } : {}) },
    {
      ...(query.page ? { page: query.page } : {}),
      ...(query.pageSize ? { pageSize: query.pageSize } : {}),
    },
  );
  return { items: page.items.map(proactiveView), total: page.total, byChannel: page.byChannel };
}

/** What adding one proactive item takes. */
export interface ProactiveInput {
  agencyId: number;
  title: string;
  publishedOn: string;
  channel: ProactiveChannel;
  category: string;
}

/** Adds one item to the agency's proactive register (in the audit log). */
export async function createProactive(
  ctx: AppContext,
  actor: Actor,
  input: ProactiveInput,
): Promise<ProactiveItemView> {
  await assertAgencyInScope(ctx, actor, input.agencyId);
  const today = todayInChina(ctx.now());
  if (input.publishedOn > today)
    throw new ApiError('request.invalid', `发布日期 ${input.publishedOn} 晚于今天（${today}）。`);
  const row = await ctx.repos.transaction(async (tx) => {
    const [added] = await tx.proactiveItems.add([{ ...input, createdBy: actor.id }]);
    if (!added) throw new XxgkError('internal', '主动公开信息未能保存。');
    await audit(tx, actor, 'proactive.create', 'proactive_item', added.id, {
      agencyId: input.agencyId,
      title: added.title,
      publishedOn: added.publishedOn,
      channel: added.channel,
    });
    return added;
  });
  return proactiveView(row);
}

/** Rows per INSERT of an import (7 parameters each, well under PostgreSQL's 65,535). */
const IMPORT_CHUNK = 2000;

/**
 * Imports a register file (CSV or XLSX) into the agency's proactive register: every valid row
 * goes in, in one statement (all or none), and every other row comes back with its line and a
 * Chinese reason. A file that is not a register at all is refused whole.
 */
export async function importProactive(
  ctx: AppContext,
  actor: Actor,
  input: { agencyId: number; fileName: string; bytes: Uint8Array },
): Promise<{ imported: number; rejected: RejectedRow[] }> {
  await assertAgencyInScope(ctx, actor, input.agencyId);
  const register = parseProactiveRegister(input.bytes, {
    fileName: input.fileName,
    latest: todayInChina(ctx.now()),
  });
  const items = register.rows.map((r) => ({
    agencyId: input.agencyId,
    title: r.title,
    publishedOn: r.publishedOn,
    channel: r.channel,
    category: r.category,
    createdBy: actor.id,
  }));
  const imported = await ctx.repos.transaction(async (tx) => {
    let count = 0;
    // One transaction, several statements: a statement has at most 65,535 parameters.
    for (let at = 0; at < items.length; at += IMPORT_CHUNK)
      count += (await tx.proactiveItems.add(items.slice(at, at + IMPORT_CHUNK))).length;
    await audit(tx, actor, 'proactive.import', 'agency', input.agencyId, {
      fileName: input.fileName,
      imported: count,
      rejected: register.rejected.length,
    });
    return count;
  });
  return { imported, rejected: register.rejected };
}

// --- 第二十条 figures --------------------------------------------------------------------

/** The stored Article 20 figures of an agency and year. */
export interface Article20Record {
  agencyId: string;
  year: number;
  figures: Article20Figures | null;
}

/** Reads the figures (null when none were entered); an agency out of scope is 404. */
export async function getArticle20(
  ctx: AppContext,
  actor: Actor,
  agencyId: number,
  year: number,
): Promise<Article20Record> {
  await caseworkReadScope(ctx, actor, agencyId);
  return {
    agencyId: String(agencyId),
    year,
    figures: await ctx.repos.article20.get(agencyId, year),
  };
}

/** Saves (replaces) the figures, with the old and new values in the audit log. */
export async function putArticle20(
  ctx: AppContext,
  actor: Actor,
  input: { agencyId: number; year: number; figures: Article20Figures },
): Promise<Article20Record> {
  await assertAgencyInScope(ctx, actor, input.agencyId);
  const figures = article20Schema.parse(input.figures);
  await ctx.repos.transaction(async (tx) => {
    const before = await tx.article20.get(input.agencyId, input.year);
    await tx.article20.put(input.agencyId, input.year, figures, actor.id);
    await audit(tx, actor, 'article20.put', 'agency', input.agencyId, {
      year: input.year,
      before,
      after: figures,
    });
  });
  return { agencyId: String(input.agencyId), year: input.year, figures };
}

// --- 复议/诉讼 ---------------------------------------------------------------------------

/** Chinese label of each result, as table 四's columns name them. */
export const REVIEW_RESULT_LABELS = Object.fromEntries(
  REVIEW_FIELDS.filter((f) => f.key !== 'total').map((f) => [f.key, f.label]),
) as Readonly<Record<ReviewResult, string>>;

/** A register entry as the API shows it. */
export interface ReviewCaseView {
  id: string;
  agencyId: string;
  kind: ReviewBlockKey;
  kindLabel: string;
  applicationId: string | null;
  applicationNumber: string | null;
  filedOn: string;
  result: ReviewResult;
  resultLabel: string;
  decidedOn: string | null;
}

/** The API view of a stored register entry. */
export function reviewCaseView(row: ReviewCaseListRow): ReviewCaseView {
  return {
    id: String(row.id),
    agencyId: String(row.agencyId),
    kind: row.kind,
    kindLabel: REVIEW_KIND_LABELS[row.kind],
    applicationId: row.applicationId === null ? null : String(row.applicationId),
    applicationNumber: row.applicationNumber,
    filedOn: row.filedOn,
    result: row.result,
    resultLabel: REVIEW_RESULT_LABELS[row.result],
    decidedOn: row.decidedOn,
  };
}

/** The register entries in scope that table 四 of `year` may count (or all of them). */
export async function listReviewCases(
  ctx: AppContext,
  actor: Actor,
  query: { agencyId?: number; year?: number },
): Promise<{ items: ReviewCaseView[] }> {
  const scope = await caseworkReadScope(ctx, actor, query.agencyId);
  const rows = await ctx.repos.reviewCases.list({
    ...scope,
    ...(query.year !== undefined ? { year: query.year } : {}),
  });
  return { items: rows.map(reviewCaseView) };
}

/** A decided case needs its date, not before filing and not in the future; a pending one none. */
function checkDecision(
  result: ReviewResult,
  decidedOn: string | null,
  filedOn: string,
  today: string,
): void {
  if ((result === 'pending') !== (decidedOn === null))
    throw new ApiError(
      'request.invalid',
      result === 'pending' ? '尚未审结的案件不填审结日期。' : '已审结的案件须填写审结日期。',
    );
  if (decidedOn !== null && decidedOn < filedOn)
    throw new ApiError('request.invalid', `审结日期 ${decidedOn} 早于立案日期 ${filedOn}。`);
  if (decidedOn !== null && decidedOn > today)
    throw new ApiError('request.invalid', `审结日期 ${decidedOn} 晚于今天（${today}）。`);
}

/** What registering a 复议/诉讼 case takes. */
export interface ReviewCaseInput {
  agencyId: number;
  kind: ReviewBlockKey;
  applicationId: number | null;
  filedOn: string;
  result: ReviewResult;
  decidedOn: string | null;
}

/**
 * Registers a case of the agency, linked (optionally) to one of the agency's own applications.
 * @see 条例第五十一条
 */
export async function createReviewCase(
  ctx: AppContext,
  actor: Actor,
  input: ReviewCaseInput,
): Promise<ReviewCaseView> {
  await assertAgencyInScope(ctx, actor, input.agencyId);
  const today = todayInChina(ctx.now());
  if (input.filedOn > today)
    throw new ApiError('request.invalid', `立案日期 ${input.filedOn} 晚于今天（${today}）。`);
  checkDecision(input.result, input.decidedOn, input.filedOn, today);
  if (input.applicationId !== null) {
    const owner = await ctx.repos.applications.agencyOf(input.applicationId);
    if (owner !== input.agencyId)
      throw new ApiError(
        'request.invalid',
        `所关联的申请（编号 ${input.applicationId}）不存在，或不属于该机关。`,
      );
  }
  const row = await ctx.repos.transaction(async (tx) => {
    const created = await tx.reviewCases.create({ ...input, createdBy: actor.id });
    await audit(tx, actor, 'review-case.create', 'review_case', created.id, { ...input });
    return created;
  });
  return reviewCaseView(row);
}

/** Records the result of a case of the caller's agency (a case out of scope is 404). */
export async function decideReviewCase(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { result: ReviewResult; decidedOn: string | null },
): Promise<ReviewCaseView> {
  const row = await ctx.repos.reviewCases.get(id);
  if (!row || !(await agencyInScope(ctx, actor, row.agencyId)))
    throw new XxgkError(
      'input.not-found',
      `复议诉讼案件（编号 ${id}）不存在，或不在您的权限范围内。`,
    );
  checkDecision(input.result, input.decidedOn, row.filedOn, todayInChina(ctx.now()));
  const updated = await ctx.repos.transaction(async (tx) => {
    const decided = await tx.reviewCases.decide(id, input.result, input.decidedOn);
    await audit(tx, actor, 'review-case.decide', 'review_case', id, {
      before: { result: row.result, decidedOn: row.decidedOn },
      after: input,
    });
    return decided;
  });
  return reviewCaseView(updated);
}
