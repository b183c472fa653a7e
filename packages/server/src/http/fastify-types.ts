import type { ReportListItem } from '@xxgk/db';
import type { Actor } from '../auth/actor.js';
import type { RouteId } from '../permissions.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's id in the permission table (src/permissions.ts). */
    routeId?: RouteId;
  }
  interface FastifyRequest {
    /** The logged-in user this request acts for; null when there is no live session. */
    actor: Actor | null;
    /** The session token from the cookie, when it names a live session. */
    sessionToken: string | null;
    /** The report of a `report`-scoped route, loaded and scope-checked before the handler. */
    report: ReportListItem | null;
  }
}

export {};
