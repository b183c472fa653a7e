/**
 * The one place the web app talks HTTP: JSON in and out, the session cookie sent along, the
 * CSRF token on every state-changing request, and every failure turned into an {@link ApiError}
 * whose message is fit to show (the server's Chinese message, or ours when there is none).
 */

/** A failed API call, carrying the server's error code and a Chinese message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status, 0 when the server could not be reached. */
    readonly status: number,
    /** The server's error code (an XxgkError code or an http-ish one), or ours. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Remembers the CSRF token login and `/api/auth/me` return; null after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token to send, for uploads that do not go through {@link request}. */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/**
 * Registers what to do when a call answers 401 (the session expired or was ended elsewhere),
 * so the app can return to the login page instead of showing a broken page.
 */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** Tells the app the session is gone (used by the upload path as well). */
export function notifyUnauthorized(): void {
  onUnauthorized?.();
}

/** Headers every state-changing request carries. */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

const STATUS_MESSAGES: Record<number, string> = {
  400: '请求的内容不正确，请检查后重试。',
  401: '登录已过期，请重新登录。',
  403: '您没有执行此操作的权限。',
  404: '要找的内容不存在，或您无权查看。',
  409: '内容已被其他人修改或已存在，请刷新后重试。',
  413: '文件太大，超过了允许的上限。',
  423: '账户已被锁定，请稍后再试。',
  429: '操作过于频繁，请稍后再试。',
};

/** The Chinese message for a status when the server sent none we can read. */
export function statusMessage(status: number): string {
  return STATUS_MESSAGES[status] ?? `服务器出错（HTTP ${status}），请稍后重试。`;
}

/** Reads `{ error: { code, message } }` from an error body, falling back to the status. */
export function errorFromBody(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = body.error;
    if (typeof error === 'object' && error !== null) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      if (typeof message === 'string' && message.trim() !== '')
        return new ApiError(status, typeof code === 'string' ? code : `http.${status}`, message);
    }
  }
  return new ApiError(status, `http.${status}`, statusMessage(status));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Options of {@link request}. */
export interface RequestOptions {
  /** Do not treat 401 as an expired session (the login call itself answers 401). */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

/**
 * Calls the API and returns its JSON (undefined for 204). Throws {@link ApiError} on any
 * failure; a 401 also tells the app the session is gone unless `allowUnauthorized`.
 */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, csrfHeaders());
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络连接后重试。');
  }
  const text = await response.text();
  if (!response.ok) {
    if (response.status === 401 && !options.allowUnauthorized) notifyUnauthorized();
    throw errorFromBody(response.status, parseJson(text));
  }
  if (response.status === 204 || text === '') return undefined as T;
  const json = parseJson(text);
  if (json === null && text.trim() !== 'null')
    throw new ApiError(response.status, 'http.bad-json', '服务器返回的内容无法读取，请稍后重试。');
  return json as T;
}

/** Builds `?a=1&b=2` from the defined, non-empty values of `params` ('' when none). */
export function queryString(params: Record<string, string | number | boolean | undefined | null>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
