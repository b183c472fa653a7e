/** Millimetres in twips, rounded: Word 2007 does not read measures with units. */
export function mm(value: number): number {
  return Math.round((value * 1440) / 25.4);
}

/**
 * Page and type conventions of GB/T 9704-2012 《党政机关公文格式》, which annual reports follow:
 * A4 paper, a 156 × 225 mm type area (天头 37 mm, 订口 28 mm), 22 lines of 28 characters of
 * 3号 (16 pt) type, the title in 2号 小标宋, first-level headings in 黑体, second-level in 楷体,
 * page numbers in 4号 宋体 as "— 1 —" under the type area.
 * @see GB/T 9704-2012 第5章、第7章
 */
export const PAGE = {
  /** A4 in twips. */
  width: 11906,
  height: 16838,
  margins: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** The page number's line sits 7 mm below the type area. */
  footer: mm(23),
  header: mm(15),
} as const;

/** Width of the type area, 156 mm, in twips: tables span exactly this. */
export const TYPE_AREA_WIDTH = 8845;

/** Font names as Chinese government offices have them installed (WPS and Word both know them). */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  table: '宋体',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points, as OOXML counts them: 2号 22 pt, 3号 16 pt, 4号 14 pt, 五号 10.5 pt. */
export const SIZE = {
  title: 44,
  body: 32,
  pageNumber: 28,
  table: 21,
} as const;

/** Exact line pitch of the body: 225 mm / 22 lines ≈ 29 pt. */
export const LINE_PITCH = 580;

/** One character of body type (16 pt) in twips, for indents counted in characters. */
export const BODY_CHAR = 320;
