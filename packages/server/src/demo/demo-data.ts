import type { AgencyKind, RegionLevel, ReportStatus, Role } from '@xxgk/db';

/** A region of the demo tree; `parent` is the parent's code. */
export interface DemoRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parent?: string;
}

/**
 * The demo region tree: the places the sample reports come from. Division codes are those of
 * GB/T 2260 except the 高新区's, which is an illustrative code (development zones are not in
 * the standard).
 */
export const DEMO_REGIONS: readonly DemoRegion[] = [
  { code: '370000', name: '山东省', level: 'province' },
  { code: '370300', name: '淄博市', level: 'prefecture', parent: '370000' },
  { code: '370391', name: '淄博高新技术产业开发区', level: 'county', parent: '370300' },
  { code: '370400', name: '枣庄市', level: 'prefecture', parent: '370000' },
  { code: '370402', name: '市中区', level: 'county', parent: '370400' },
  { code: '330000', name: '浙江省', level: 'province' },
  { code: '330600', name: '绍兴市', level: 'prefecture', parent: '330000' },
  { code: '330604', name: '上虞区', level: 'county', parent: '330600' },
  { code: '320000', name: '江苏省', level: 'province' },
  { code: '320800', name: '淮安市', level: 'prefecture', parent: '320000' },
];

/** An agency of the demo; `region` is its region's code, `parent` the parent agency's name. */
export interface DemoAgency {
  name: string;
  kind: AgencyKind;
  region: string;
  parent?: string;
}

/** The agencies that issued the sample reports, and the governments above them. */
export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { name: '淄博市人民政府', kind: 'government', region: '370300' },
  { name: '淄博市工业和信息化局', kind: 'department', region: '370300', parent: '淄博市人民政府' },
  { name: '淄博高新技术产业开发区管理委员会', kind: 'other', region: '370391' },
  {
    name: '淄博高新技术产业开发区工业信息化和商务局',
    kind: 'department',
    region: '370391',
    parent: '淄博高新技术产业开发区管理委员会',
  },
  {
    name: '淄博高新技术产业开发区发展改革局',
    kind: 'department',
    region: '370391',
    parent: '淄博高新技术产业开发区管理委员会',
  },
  { name: '枣庄市市中区人民政府', kind: 'government', region: '370402' },
  {
    name: '枣庄市市中区工业和信息化局',
    kind: 'department',
    region: '370402',
    parent: '枣庄市市中区人民政府',
  },
  { name: '绍兴市上虞区人民政府', kind: 'government', region: '330604' },
  {
    name: '绍兴市上虞区经济和信息化局',
    kind: 'department',
    region: '330604',
    parent: '绍兴市上虞区人民政府',
  },
  { name: '淮安市人民政府', kind: 'government', region: '320800' },
];

/** A demo account with its documented password. */
export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** A reviewer's region code. */
  region?: string;
  /** A clerk's agency name. */
  agency?: string;
  password: string;
}

/**
 * One account per role (reviewers for each province, clerks for two agencies). The passwords
 * meet the password policy and are printed at start: demo only — change them for real use.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系统管理员（演示）',
    role: 'admin',
    password: 'Guanli@2025xx',
  },
  {
    username: 'reviewer',
    displayName: '山东省审核员（演示）',
    role: 'reviewer',
    region: '370000',
    password: 'Shenhe@2025xx',
  },
  {
    username: 'reviewer-zj',
    displayName: '浙江省审核员（演示）',
    role: 'reviewer',
    region: '330000',
    password: 'Shenhe@2025xx',
  },
  {
    username: 'reviewer-js',
    displayName: '江苏省审核员（演示）',
    role: 'reviewer',
    region: '320000',
    password: 'Shenhe@2025xx',
  },
  {
    username: 'clerk',
    displayName: '高新区工信商务局填报员（演示）',
    role: 'clerk',
    agency: '淄博高新技术产业开发区工业信息化和商务局',
    password: 'Tianbao@2025xx',
  },
  {
    username: 'clerk-huaian',
    displayName: '淮安市人民政府填报员（演示）',
    role: 'clerk',
    agency: '淮安市人民政府',
    password: 'Tianbao@2025xx',
  },
  {
    username: 'auditor',
    displayName: '审计员（演示）',
    role: 'auditor',
    password: 'Shenji@2025xx',
  },
];

/** A sample report: its file in packages/server/demo/, its agency, and the state it is left in. */
export interface DemoReport {
  file: string;
  agency: string;
  status: ReportStatus;
  /** The reviewer's comment for a returned report. */
  comment?: string;
  /** Username of the reviewer who returned or published it. */
  reviewer?: string;
}

/** The sample reports, left in every review state so each page has something to show. */
export const DEMO_REPORTS: readonly DemoReport[] = [
  {
    file: '000_7d23b93096d7af9d.txt',
    agency: '淄博高新技术产业开发区工业信息化和商务局',
    status: 'draft',
  },
  {
    file: '001_d68fabd84de01588.txt',
    agency: '枣庄市市中区工业和信息化局',
    status: 'returned',
    comment: '请核对统计期限的日期写法和第五部分的编号后重新提交。',
    reviewer: 'reviewer',
  },
  {
    file: '002_02a5c0cdafefb5b5.txt',
    agency: '淄博市工业和信息化局',
    status: 'published',
    reviewer: 'reviewer',
  },
  { file: '003_a7c7c325a06f5573.txt', agency: '绍兴市上虞区经济和信息化局', status: 'submitted' },
  {
    file: '004_bd99d2d058b13537.txt',
    agency: '淄博高新技术产业开发区发展改革局',
    status: 'submitted',
  },
  { file: 'huaian-2024.pdf', agency: '淮安市人民政府', status: 'draft' },
];
