import { queryString, request } from './http.js';
import type { AuditEntry, Page } from './types.js';

/** Filters of the audit log. */
export interface AuditQuery {
  actor?: string;
  action?: string;
  /** ISO date-time, inclusive. */
  from?: string;
  /** ISO date-time, inclusive. */
  to?: string;
  page?: number;
  pageSize?: number;
}

/** One page of the audit log (auditor only). */
export function listAudit(query: AuditQuery): Promise<Page<AuditEntry>> {
  return request('GET', `/api/audit${queryString({ ...query })}`);
}
