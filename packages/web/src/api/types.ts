import type { Finding, FormatId, Provenance, Report } from '@xxgk/model';

/** The four roles of the system (api.md "Roles"). */
export type Role = 'admin' | 'reviewer' | 'clerk' | 'auditor';

/** Workflow status of a report. */
export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'published';

/** How a report came into the system. */
export type ReportOrigin = 'imported' | 'entered' | 'compiled';

/** Kind of an agency (机关). */
export type AgencyKind = 'government' | 'department' | 'subdistrict' | 'other';

/** Level of a region (行政区划). */
export type RegionLevel = 'province' | 'prefecture' | 'county' | 'township';

/** The signed-in user as `GET /api/auth/me` returns it. */
export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  regionId: number | null;
}

/** A user as the administrator's list shows it. */
export interface ManagedUser extends User {
  disabled?: boolean;
  locked?: boolean;
  lockedUntil?: string | null;
  lastLoginAt?: string | null;
}

/** Answer of login and `GET /api/auth/me`. */
export interface Session {
  user: User;
  csrfToken: string;
}

/** A node of the region tree. */
export interface Region {
  id: number;
  code: string;
  name: string;
  level: RegionLevel;
  parentId?: number | null;
  children: Region[];
}

/** An agency (机关). */
export interface Agency {
  id: number;
  name: string;
  kind: AgencyKind;
  regionId: number;
  parentAgencyId: number | null;
}

/** A page of a paged list. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** One row of the report list. */
export interface ReportListItem {
  id: number;
  agency: { id: number; name: string };
  region?: { id: number; name: string };
  title?: string | null;
  year: number;
  format: FormatId;
  origin: ReportOrigin;
  status: ReportStatus;
  errors: number;
  warnings: number;
  infos: number;
  updatedAt: string;
  currentVersion: number | null;
}

/** Who did something, as the API names them. */
export interface Actor {
  id: number;
  displayName: string;
}

/** One version of a report. */
export interface ReportVersion {
  number: number;
  report: Report;
  reason: string | null;
  createdAt: string;
  createdBy: Actor | null;
  /** When this version was published (then immutable). */
  publishedAt?: string | null;
}

/** A version as the history list shows it (without its report). */
export type VersionSummary = Omit<ReportVersion, 'report'>;

/** What the signed-in user may do with a report. */
export interface ReportPermissions {
  edit: boolean;
  submit: boolean;
  review: boolean;
  publish: boolean;
}

/** The original file of an imported report. */
export interface SourceInfo {
  fileName: string;
  mediaType: string;
  size: number;
}

/** `GET /api/reports/:id`. */
export interface ReportDetail {
  id: number;
  agency: { id: number; name: string; kind?: string };
  region?: { id: number; name: string };
  title?: string | null;
  year: number;
  format: FormatId;
  origin: ReportOrigin;
  status: ReportStatus;
  currentVersion: number;
  version: ReportVersion;
  findings: Finding[];
  provenance: Record<string, Provenance>;
  source: SourceInfo | null;
  reviewComment: string | null;
  reviewCommentBy?: { displayName: string | null; createdAt: string } | null;
  permissions: ReportPermissions;
}

/** `GET /api/reports/:id/source/text`. */
export interface SourceText {
  fileName?: string;
  text: string;
  /** `provenance.line` is 1-based: line n is `lines[n - 1]`. */
  lines: string[];
}

/** Narrative sections a correction may replace. */
export interface SectionsPatch {
  overview?: string;
  problems?: string;
  other?: string;
}

/** `POST /api/reports/:id/corrections` body. */
export interface CorrectionRequest {
  cells: { path: string; value: number | null }[];
  sections?: SectionsPatch;
  meta?: { title?: string | null; publishedOn?: string | null };
  reason: string;
  /** The version the edit started from; the server answers 409 if someone saved since. */
  baseVersion?: number;
}

/** `POST /api/reports/:id/corrections` answer. */
export interface CorrectionResult {
  version: number | ReportVersion;
  findings: Finding[];
}

/** `GET /api/reports/:id/diff`. */
export interface VersionDiff {
  cells: { path: string; label: string; from: number | null; to: number | null }[];
  sections: { key: string; from: string | null; to: string | null }[];
  meta?: { key: string; from: string | number | null; to: string | number | null }[];
}

/** `GET /api/reports/:id/compare`. */
export interface Comparison {
  previous: { id: number; year: number } | null;
  cells: {
    path: string;
    label: string;
    current: number | null;
    previous: number | null;
    change: number | null;
  }[];
  carryOver: {
    column: string;
    label?: string;
    previousCarriedForward: number | null;
    carriedOver: number | null;
    /** null when both sides are blank. */
    ok: boolean | null;
  }[];
  /** `ratio` is null when there is no narrative to compare. */
  textRepetition: { ratio: number | null; repeatedSentences: string[] };
}

/** Result of reading one uploaded file. */
export type ImportStatus = 'parsed' | 'problems' | 'unreadable';

/** One item of `POST /api/imports` (a zip gives several). */
export interface ImportItem {
  /** null for an unreadable file (nothing to confirm). */
  importId: string | null;
  fileName: string;
  status: ImportStatus;
  error?: { code: string; message: string };
  problems?: { code?: string; message: string; line?: number }[];
  recognized: {
    agencyName: string | null;
    year: number | null;
    format: FormatId | null;
    title?: string | null;
  };
  agencyId: number | null;
  agencyName?: string | null;
  /** A report already saved (reportId) or another file of this batch (importId). */
  duplicateOf?: { reportId: number | null; importId?: string; reason: string } | null;
  errors: number;
  warnings: number;
}

/** One entry of the audit log. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string | { id: number | null; displayName: string | null } | null;
  actorId?: number | null;
  action: string;
  entity: string;
  entityId: string | number | null;
  detail: unknown;
  ip: string | null;
}

/** Filters of the report list (and of the zip export of the filtered list). */
export interface ReportFilters {
  regionId?: number;
  agencyId?: number;
  year?: number;
  status?: ReportStatus;
  hasErrors?: boolean;
  q?: string;
}

/** Sort keys of the report list. */
export type ReportSort =
  'year' | 'agency' | 'updatedAt' | 'errors' | 'warnings' | 'status' | 'region';

/** Export formats (api.md "导出"). */
export type ExportFormat = 'html' | 'docx' | 'xlsx' | 'pdf' | 'json' | 'md';
