import { foldText, isWhiteSpace } from '@xxgk/model';

/**
 * What kind of body issued a report, as far as its name tells. Drives who may make 规章 and
 * which publication deadline applies.
 */
export type AgencyKind =
  /** 国务院部门 (部, 委员会, 署, 总局…): may make 部门规章. */
  | 'ministry'
  /** 省、自治区、直辖市人民政府: may make 规章; publishes by 31 March. */
  | 'provincial-government'
  /** 市 / 州 / 盟人民政府: 设区的市 may make 规章, 县级市 may not; publishes by 31 March. */
  | 'city-government'
  /** 县 / 区 / 旗人民政府: may not make 规章; publishes by 31 March. */
  | 'county-government'
  /**
   * 乡 / 镇人民政府: may not make 规章; Art. 49 sets it no date (local rules usually say
   * 31 January).
   */
  | 'township'
  /** 街道办事处: may not make 规章; like a town, its date is set locally. */
  | 'subdistrict'
  /** 开发区等管理委员会: may not make 规章. */
  | 'zone-committee'
  /** A government department (局, 委, 办, 厅, 中心…): may not make 规章; publishes by 31 January. */
  | 'department'
  | 'unknown';

/** 直辖市 governments, written with or without 市. */
const MUNICIPALITIES = new Set(
  ['北京', '上海', '天津', '重庆'].flatMap((c) => [`${c}人民政府`, `${c}市人民政府`]),
);
const MUNICIPALITY_NAMES = new Set(['北京市', '上海市', '天津市', '重庆市']);
const NATIONAL_PREFIX = /^(国务院|国家|中国|中华人民共和国)/u;
const NATIONAL_PREFIXES = ['国务院', '国家', '中国', '中华人民共和国'];
const LOCAL_PLACE = /[省市县区州盟旗镇乡]/u;
/** A year a reader left at the end of a name cut from a title (`…局二〇二三年度`). */
const TRAILING_YEAR = /[（(]?(?:\d{4}|[〇零○一二三四五六七八九]{4})年度?$/u;
/** How a bare place name ends: in a title (`江宁市2023年…`, `2023年上海市…`) the government's own report. */
const PLACE_ENDS = ['省', '自治区', '市', '州', '盟', '县', '区', '旗'];
/** Words that make a name ending in 区/市… something other than a government. */
const NOT_A_GOVERNMENT =
  /局|委员会|办公室|厅|中心|政府|管委会|法院|检察院|公司|学校|开发区|高新区|新区|园区|示范区|试验区|实验区|保税区|合作区|经济区|产业区|工业区|管理区|功能区|旅游区|度假区|风景区|矿区|林区/u;
/** What a ministry's name may not hold before its 部/署: a place. */
const PLACE_CHARS = '省市县区州盟旗镇乡';

/**
 * A 管理委员会 that is a government's own committee, not a zone's: named under its government
 * (江宁市人民政府国有资产监督管理委员会) or by what it supervises (国有资产监督管理委员会,
 * 城市管理委员会) — a department, whose report is due by 31 January.
 */
const GOVERNMENT_COMMITTEE = /人民政府.+委员会$|监督管理委员会$|城市管理委员会$/u;
/** Words naming a zone, whose committee stays a zone committee whatever else its name says. */
const ZONE =
  /开发区|高新区|新区|园区|示范区|试验区|实验区|保税区|合作区|经济区|产业区|工业区|管理区|功能区|旅游区|度假区|风景区|名胜区|景区|矿区|林区|港区/u;

/**
 * The kind of body a name denotes, e.g. `淄博市工业和信息化局` → department,
 * `某某镇人民政府` → township, a bare place name (`江宁市`, `上海市`, as a government titles its
 * own report) → that level's government; a year left at the end of the name is ignored. Pure and
 * conservative: `unknown` when the name does not say (development zones and 新区 included).
 * @see 立法法第九十三条（规章制定主体）, 条例第四十九条（公布期限）
 */
export function agencyKind(name: string | null | undefined): AgencyKind {
  if (!name) return 'unknown';
  // Ends and starts are compared as strings, not matched by patterns: in the checker's pipeline
  // each pattern run costs its code being fetched again, and this runs for every report.
  let n = withoutWhiteSpace(foldText(name));
  if (n.endsWith('年') || n.endsWith('年度')) n = n.replace(TRAILING_YEAR, '');
  if (n.length === 0) return 'unknown';
  if (endsWithAny(n, ['街道办事处', '街道办', '街道'])) return 'subdistrict';
  if (endsWithAny(n, ['人民政府办公室', '人民政府办公厅', '政府办公室', '政府办公厅', '政府办']))
    return 'department';
  if (
    endsWithAny(n, ['管理委员会', '管委会', '工委']) &&
    (!GOVERNMENT_COMMITTEE.test(n) || ZONE.test(n))
  )
    return 'zone-committee';
  if (endsWithAny(n, TOWNSHIP_ENDS)) return 'township';
  if (MUNICIPALITIES.has(n) || endsWithAny(n, ['省人民政府', '自治区人民政府']))
    return 'provincial-government';
  if (endsWithAny(n, ['县人民政府', '区人民政府', '旗人民政府'])) return 'county-government';
  if (endsWithAny(n, ['市人民政府', '州人民政府', '盟人民政府'])) return 'city-government';
  if (isBarePlace(n) && !NOT_A_GOVERNMENT.test(n)) {
    if (MUNICIPALITY_NAMES.has(n) || endsWithAny(n, ['省', '自治区']))
      return 'provincial-government';
    return endsWithAny(n, ['县', '区', '旗']) ? 'county-government' : 'city-government';
  }
  if (startsWithAny(n, NATIONAL_PREFIXES) && !LOCAL_PLACE.test(n.replace(NATIONAL_PREFIX, '')))
    return 'ministry';
  if (isMinistryName(n)) return 'ministry';
  if (endsWithAny(n, DEPARTMENT_ENDS)) return 'department';
  return 'unknown';
}

/** 镇, 乡 or 苏木, with or without 人民政府 / 政府 after it. */
const TOWNSHIP_ENDS = ['镇', '乡', '苏木'].flatMap((t) => [t, `${t}人民政府`, `${t}政府`]);
const DEPARTMENT_ENDS = [
  ...['局', '厅', '委员会', '委', '办公室', '办', '中心', '院'],
  ...['所', '站', '队', '处', '部', '馆', '署'],
];

function endsWithAny(n: string, ends: readonly string[]): boolean {
  for (const e of ends) if (n.endsWith(e)) return true;
  return false;
}

function startsWithAny(n: string, starts: readonly string[]): boolean {
  for (const s of starts) if (n.startsWith(s)) return true;
  return false;
}

/** The text without its white space (`\s`, which includes U+3000). */
function withoutWhiteSpace(text: string): string {
  for (let i = 0; i < text.length; i++)
    if (isWhiteSpace(text.charCodeAt(i))) return text.replace(/\s/gu, '');
  return text;
}

/** Characters as a `u` pattern counts them: a surrogate pair is one. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

/**
 * A bare place name: 1–14 characters, then 省, 自治区, 市, 州, 盟, 县, 区 or 旗 (`江宁市`, `上海市`),
 * as `/^.{1,14}(?:省|自治区|市|州|盟|县|区|旗)$/u` (the name holds no line break: white space is gone).
 */
function isBarePlace(n: string): boolean {
  for (const end of PLACE_ENDS) {
    if (!n.endsWith(end)) continue;
    const before = codePoints(n.slice(0, n.length - end.length));
    if (before >= 1 && before <= 14) return true;
  }
  return false;
}

/** A ministry: 1–12 characters without a place's, then 部 or 署 (`/^[^省…乡]{1,12}(部|署)$/u`). */
function isMinistryName(n: string): boolean {
  if (!n.endsWith('部') && !n.endsWith('署')) return false;
  const before = n.slice(0, -1);
  for (let i = 0; i < before.length; i++) if (PLACE_CHARS.includes(before.charAt(i))) return false;
  const count = codePoints(before);
  return count >= 1 && count <= 12;
}

/**
 * Whether a kind of body may make 规章: yes (ministries, provincial governments), no (local
 * departments, counties, towns, sub-districts, zone committees) or unknown (a 市 government may
 * be a 设区的市, which may, or a 县级市, which may not).
 * @see 立法法第九十一条、第九十三条
 */
export function mayMakeRegulations(kind: AgencyKind): 'yes' | 'no' | 'unknown' {
  switch (kind) {
    case 'ministry':
    case 'provincial-government':
      return 'yes';
    case 'city-government':
    case 'unknown':
      return 'unknown';
    default:
      return 'no';
  }
}

/** Chinese name of a kind of body, for messages. */
export const AGENCY_KIND_LABELS: Readonly<Record<AgencyKind, string>> = {
  ministry: '国务院部门',
  'provincial-government': '省级人民政府',
  'city-government': '市级人民政府',
  'county-government': '县级人民政府',
  township: '乡镇人民政府',
  subdistrict: '街道办事处',
  'zone-committee': '管理委员会',
  department: '政府部门',
  unknown: '机关',
};

/**
 * Where a publication deadline comes from: Art. 49 itself (县级以上人民政府部门 by 31 January,
 * 县级以上地方人民政府's own report by 31 March), local rules (Art. 49 names neither 乡镇人民政府
 * nor 街道办事处; many provinces and cities require 31 January of them), or nothing the name
 * tells.
 */
export type DeadlineBasis = 'statute' | 'local-rules' | 'unknown';

/**
 * The publication deadline for a body's own annual report, as month and day of the year after
 * the report year; `certain` only when the statute itself sets that date for this kind of body.
 * Towns and sub-districts get 31 January as the usual local date, not certain: the statute binds
 * no one later than 31 March, so only that is certain for them.
 * @see 条例第四十九条
 */
export function publicationDeadline(kind: AgencyKind): {
  month: number;
  day: number;
  certain: boolean;
  basis: DeadlineBasis;
} {
  switch (kind) {
    case 'provincial-government':
    case 'city-government':
    case 'county-government':
      return { month: 3, day: 31, certain: true, basis: 'statute' };
    case 'department':
    case 'ministry':
      return { month: 1, day: 31, certain: true, basis: 'statute' };
    case 'township':
    case 'subdistrict':
      return { month: 1, day: 31, certain: false, basis: 'local-rules' };
    default:
      return { month: 1, day: 31, certain: false, basis: 'unknown' };
  }
}

/**
 * The agency named in a title: what precedes the year, in Arabic or Chinese numerals
 * (`某某局2024年政府信息…`, `某某局二〇二三年度…` → `某某局`), or, when the title opens with
 * the year, what lies between it and 政府信息公开 (`2023年上海市政府信息…` → `上海市`).
 */
export function agencyFromTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const t = foldText(title).trim();
  const before = /^(.{2,40}?)[（(]?(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年/u.exec(t);
  if (before) return before[1]?.trim() || null;
  // The year first: `2023年上海市政府信息公开工作年度报告` → `上海市`.
  const after =
    /^[（(]?(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年度?[)）]?(.{2,40}?)政府信息公开/u.exec(t);
  return after?.[1]?.trim() || null;
}
