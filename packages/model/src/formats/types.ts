import type { ApplicantColumnKey } from '../applicant-columns.js';

/** Identifier of a national report format edition. */
export type FormatId = '2021' | '2019';

/** One of the six statutory sections of the annual report. */
export interface SectionDef {
  /** Stable key, e.g. `overview`. */
  readonly key: SectionKey;
  /** Chinese ordinal as printed before the heading: 一 … 六. */
  readonly ordinal: string;
  /** The standard heading text without its ordinal, e.g. `总体情况`. */
  readonly title: string;
  /** Other heading texts real reports use for this section (without ordinal). */
  readonly variants: readonly string[];
  /** True for the sections whose substance is narrative text (一, 五, 六). */
  readonly narrative: boolean;
}

/** Keys of the six sections, in order. */
export type SectionKey = 'overview' | 'proactive' | 'applications' | 'review' | 'problems' | 'other';

/** One numeric column of a section 二 sub-table. */
export interface ProactiveFieldDef {
  readonly key: string;
  /** Exact column header. */
  readonly label: string;
  /** Other header texts real documents print. */
  readonly variants: readonly string[];
  /** Decimals allowed (万元 amounts). */
  readonly decimal?: boolean;
  /** May be negative (2019 本年增/减). */
  readonly signed?: boolean;
  /** Amount whose unit is stated as text (2019 采购总金额). */
  readonly unitInText?: boolean;
}

/** One row of a section 二 sub-table. */
export interface ProactiveRowDef {
  readonly key: string;
  readonly label: string;
  readonly variants: readonly string[];
}

/** A section 二 sub-table, headed by its Article 20 caption. */
export interface ProactiveTableDef {
  /** Article 20 item number as printed, e.g. `（一）`. */
  readonly item: string;
  /** Caption row text, e.g. `第二十条第（一）项`. */
  readonly caption: string;
  readonly fields: readonly ProactiveFieldDef[];
  readonly rows: readonly ProactiveRowDef[];
}

/** A group of rows in table 三 (e.g. （三）不予公开), which carries no data itself. */
export interface ApplicationGroupDef {
  readonly key: string;
  /** Printed label, e.g. `（三）不予公开`. */
  readonly label: string;
  readonly variants: readonly string[];
}

/** One data row of table 三. */
export interface ApplicationRowDef {
  /** Row key as in the JSON contract, e.g. `withheld.stateSecret`. */
  readonly key: string;
  /** Label printed in the row's own cell, e.g. `1.属于国家秘密`. */
  readonly label: string;
  /** Label that names the row uniquely, e.g. `三（三）1.属于国家秘密`. */
  readonly fullLabel: string;
  /** Key of the group the row belongs to, or null for top-level rows. */
  readonly group: string | null;
  /** Other texts real documents print for this row. */
  readonly variants: readonly string[];
  /** True for rows that are a result of handling (summed into （七）总计). */
  readonly result: boolean;
}

/** A complete national report format edition, as data. */
export interface FormatDef {
  readonly id: FormatId;
  /** Official name of the format. */
  readonly name: string;
  /** Document that issued it. */
  readonly issuedBy: string;
  /** First reporting year it applies to. */
  readonly firstYear: number;
  /** Last reporting year it applies to, or null while current. */
  readonly lastYear: number | null;
  readonly sections: readonly SectionDef[];
  readonly proactive: readonly ProactiveTableDef[];
  readonly applicationGroups: readonly ApplicationGroupDef[];
  readonly applicationRows: readonly ApplicationRowDef[];
  readonly applicantColumns: readonly ApplicantColumnKey[];
}
