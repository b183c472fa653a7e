import type { FastifyServerOptions } from 'fastify';

/**
 * Paths pino blanks out wherever they appear in a log line: credentials, session and CSRF
 * tokens, document content and identity numbers. The request serializer below already leaves
 * out headers and bodies; this is the second line of defence for anything logged by hand.
 */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'current',
  '*.current',
  'next',
  '*.next',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  'csrfToken',
  '*.csrfToken',
  'cookie',
  '*.cookie',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'headers["set-cookie"]',
  '*.headers.cookie',
  '*.headers.authorization',
  '*.headers["x-csrf-token"]',
  '*.headers["set-cookie"]',
  'report',
  '*.report',
  'text',
  '*.text',
  'bytes',
  '*.bytes',
  'idNumber',
  '*.idNumber',
];

interface RequestLike {
  method?: string;
  url?: string;
  id?: string;
  routeOptions?: { url?: string };
}

/**
 * A request as logged: method, the route pattern (ids, not search words) and the request id.
 * No query string (a search may be a person's name), no client address, no headers.
 */
export function serializeRequest(req: RequestLike): Record<string, unknown> {
  const path = (req.url ?? '').split('?')[0];
  return { id: req.id, method: req.method, url: req.routeOptions?.url ?? path };
}

/** A response as logged: its status only. */
export function serializeResponse(res: { statusCode?: number }): Record<string, unknown> {
  return { statusCode: res.statusCode };
}

/** Logger options for Fastify: pino JSON, personal data redacted, level from `LOG_LEVEL`. */
export function loggerOptions(
  level: string = process.env.LOG_LEVEL ?? 'info',
): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[已隐去]' },
    serializers: {
      req: serializeRequest,
      res: serializeResponse,
    },
  };
}
