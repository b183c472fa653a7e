import type {
  Agency,
  AgencyWithRegion,
  AuditEntry,
  PublicUser,
  RegionNode,
  ReportListItem,
  SeverityTally,
  VersionSummary,
} from '@xxgk/db';
import { UsersRepository } from '@xxgk/db';

/** An instant as the API sends it: ISO 8601 in UTC. */
export const iso = (d: Date): string => d.toISOString();
/** An optional instant as the API sends it. */
export const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A user as the API shows it: never the password hash. */
export function presentUser(user: PublicUser, now: Date = new Date()) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    agencyId: user.agencyId,
    regionId: user.regionId,
    disabled: user.disabled,
    locked: UsersRepository.isLocked(user, now),
    lockedUntil: isoOrNull(user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null),
    failedLogins: user.failedLogins,
    lastLoginAt: isoOrNull(user.lastLoginAt),
    passwordChangedAt: iso(user.passwordChangedAt),
    createdAt: iso(user.createdAt),
  };
}

/** The logged-in user as /api/auth/me shows it. */
export function presentMe(user: PublicUser) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    agencyId: user.agencyId,
    regionId: user.regionId,
  };
}

/** A region tree node as the API shows it. */
export interface RegionOut {
  id: number;
  code: string;
  name: string;
  level: string;
  parentId: number | null;
  children: RegionOut[];
}

/** The region tree without database housekeeping. */
export function presentRegionTree(nodes: readonly RegionNode[]): RegionOut[] {
  return nodes.map((n) => ({
    id: n.id,
    code: n.code,
    name: n.name,
    level: n.level,
    parentId: n.parentId,
    children: presentRegionTree(n.children),
  }));
}

/** An agency as the API shows it. */
export function presentAgency(a: Agency | AgencyWithRegion) {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    regionId: a.regionId,
    parentAgencyId: a.parentAgencyId,
    ...('regionName' in a ? { regionName: a.regionName } : {}),
  };
}

/** A row of the report list. */
export function presentListItem(r: ReportListItem, tally: SeverityTally | undefined) {
  return {
    id: r.id,
    agency: { id: r.agencyId, name: r.agencyName },
    region: { id: r.regionId, name: r.regionName },
    year: r.year,
    format: r.format,
    origin: r.origin,
    status: r.status,
    title: r.title,
    errors: r.errorCount,
    warnings: r.warningCount,
    infos: tally?.info ?? 0,
    updatedAt: iso(r.updatedAt),
    currentVersion: r.currentVersionNumber,
  };
}

/** Who made a version: id and display name, or null for the system (demo data). */
export interface Author {
  id: number;
  displayName: string;
}

/** A version in the history list. */
export function presentVersionSummary(v: VersionSummary) {
  return {
    number: v.number,
    reason: v.reason,
    createdAt: iso(v.createdAt),
    createdBy:
      v.createdBy === null ? null : { id: v.createdBy, displayName: v.createdByName ?? '' },
    publishedAt: isoOrNull(v.publishedAt),
  };
}

/** An audit entry as the auditor sees it. */
export function presentAuditEntry(e: AuditEntry) {
  return {
    id: e.id,
    at: iso(e.at),
    actor: e.actorName,
    actorId: e.actorId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    detail: e.detail,
    ip: e.ip,
  };
}
