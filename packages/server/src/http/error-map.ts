import { isXxgkError, type ErrorCode } from '@xxgk/model';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isApiError, type ApiErrorCode } from './api-error.js';

/** The JSON body of every error response (notes/api.md). */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** An error as the client receives it. */
export interface MappedError {
  status: number;
  body: ErrorBody;
  /** True for failures that are the server's fault: logged with their cause, never shown. */
  internal: boolean;
}

/**
 * HTTP status of each domain error code — the one place they are mapped. Exhaustive on
 * purpose: a new error code does not compile until someone decides its status.
 */
const DOMAIN_STATUS: Readonly<Record<ErrorCode, number>> = {
  'input.empty': 422,
  'input.unsupported': 415,
  'input.not-report': 422,
  'input.no-tables': 422,
  'input.unreadable': 422,
  'input.too-large': 413,
  'input.scanned': 422,
  'input.invalid-json': 400,
  'input.not-found': 404,
  usage: 400,
  'converter.missing': 503,
  'database.locked': 503,
  'database.unavailable': 503,
  'record.conflict': 409,
  'record.immutable': 409,
  // The working-day calendar has no data for that year: an administrator must enter it.
  'calendar.year-missing': 422,
  'calendar.invalid-input': 400,
  internal: 500,
};

/** HTTP status of each HTTP-level error code. */
const API_STATUS: Readonly<Record<ApiErrorCode, number>> = {
  'auth.unauthenticated': 401,
  'auth.login-failed': 401,
  'auth.forbidden': 403,
  'auth.csrf': 403,
  'request.invalid': 400,
  'request.not-found': 404,
  'request.too-large': 413,
  'request.unsupported-media-type': 415,
  'request.rate-limited': 429,
};

/** The status a domain error code is answered with. */
export function statusOfDomainError(code: ErrorCode): number {
  return DOMAIN_STATUS[code];
}

/** The status an HTTP-level error code is answered with. */
export function statusOfApiError(code: ApiErrorCode): number {
  return API_STATUS[code];
}

/** Message for a failure that is the server's fault: no detail, a reference for the logs. */
export function internalMessage(requestId: string): string {
  return `服务器内部错误，操作未完成。请稍后重试；如反复出现，请把请求编号 ${requestId} 告知系统管理员。`;
}

const body = (code: string, message: string): ErrorBody => ({ error: { code, message } });

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  validation?: unknown;
  validationContext?: unknown;
  message?: unknown;
}

/** Names a field path of a validation issue the way a person reads it. */
function issuePath(context: string, path: readonly PropertyKey[]): string {
  const where: Record<string, string> = {
    body: '请求内容',
    querystring: '查询参数',
    params: '路径参数',
    headers: '请求头',
  };
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
  return `${where[context] ?? context}${parts ? ` ${parts}` : ''}`;
}

function validationMessage(e: FastifyLikeError): string {
  const context = typeof e.validationContext === 'string' ? e.validationContext : 'body';
  const issues = Array.isArray(e.validation) ? (e.validation as unknown[]) : [];
  const lines = issues.slice(0, 5).map((raw) => {
    const issue = raw as { message?: unknown; params?: { issue?: { path?: PropertyKey[] } } };
    const path = issue.params?.issue?.path ?? [];
    const text = typeof issue.message === 'string' ? issue.message : '不符合要求';
    return `${issuePath(context, path)}：${text}`;
  });
  const more = issues.length > 5 ? `；另有 ${issues.length - 5} 处` : '';
  return `请求参数有误：${lines.join('；') || '格式不符合要求'}${more}。`;
}

/** Fastify's own failures (body parsing, multipart limits) by their code. */
function fastifyError(e: FastifyLikeError): MappedError | null {
  const code = typeof e.code === 'string' ? e.code : '';
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return {
        status: 413,
        body: body('request.too-large', '上传的内容超过了允许的大小或数量，已拒绝。'),
        internal: false,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return {
        status: 415,
        body: body('request.unsupported-media-type', '请求的内容类型不受支持。'),
        internal: false,
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        body: body('request.invalid', '请求内容不是有效的 JSON。'),
        internal: false,
      };
    default:
      return null;
  }
}

/**
 * Every failure a route can meet, as the response the client gets: domain errors and HTTP
 * errors by their code, validation failures as 400 with the fields named, Fastify's limits
 * as 413/415, anything else as 500 with no detail. The only place statuses are chosen.
 */
export function mapError(error: unknown, requestId: string): MappedError {
  if (isApiError(error))
    return {
      status: statusOfApiError(error.code),
      body: body(error.code, error.message),
      internal: false,
    };
  if (isXxgkError(error)) {
    const status = statusOfDomainError(error.code);
    return {
      status,
      body: body(
        error.code,
        status >= 500 && error.code === 'internal' ? internalMessage(requestId) : error.message,
      ),
      internal: status >= 500 && error.code === 'internal',
    };
  }
  const e = (error ?? {}) as FastifyLikeError;
  if (hasZodFastifySchemaValidationErrors(error) || Array.isArray(e.validation))
    return { status: 400, body: body('request.invalid', validationMessage(e)), internal: false };
  const known = fastifyError(e);
  if (known) return known;
  if (typeof e.statusCode === 'number' && e.statusCode === 429)
    return {
      status: 429,
      body: body('request.rate-limited', '请求过于频繁，请稍后再试。'),
      internal: false,
    };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500)
    return {
      status: e.statusCode,
      body: body('request.invalid', '请求无效，服务器无法处理。'),
      internal: false,
    };
  return { status: 500, body: body('internal', internalMessage(requestId)), internal: true };
}
