import type { AgencyKind, RegionLevel, ReportOrigin, ReportStatus, Role } from '../api/types.js';

/** Chinese names of the roles. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  reviewer: '审核员',
  clerk: '填报员',
  auditor: '审计员',
};

/** Chinese names and tag colours of the workflow statuses. */
export const STATUS_LABELS: Record<ReportStatus, { label: string; color: string }> = {
  draft: { label: '草稿', color: 'default' },
  submitted: { label: '已提交', color: 'processing' },
  returned: { label: '已退回', color: 'warning' },
  published: { label: '已发布', color: 'success' },
};

/** Chinese names of how a report came in. */
export const ORIGIN_LABELS: Record<ReportOrigin, string> = {
  imported: '导入',
  entered: '填报',
  compiled: '汇编',
};

/** Chinese names of the agency kinds. */
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  government: '人民政府',
  department: '部门',
  subdistrict: '街道乡镇',
  other: '其他',
};

/** Chinese names of the region levels. */
export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  province: '省级',
  prefecture: '地级',
  county: '县级',
  township: '乡级',
};

/** Names of the national formats. */
export const FORMAT_LABELS: Record<string, string> = {
  '2021': '2021 年格式',
  '2019': '2019 年试行格式',
};

/** Chinese names of the severities. */
export const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

/** Formats an ISO timestamp as `2025-01-20 09:30` in local time ('' when absent). */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** File size for people: 1.2 MB, 35 KB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
