/**
 * What a 告知书 is filled from: plain values read off a case, so this package needs nothing but
 * strings and numbers (render depends on @xxgk/model only; the server maps its case to this).
 */
export interface NoticeInput {
  /** The issuing agency, printed as the signature (e.g. 某某市某某局). */
  agencyName: string;
  /** The case number, e.g. 〔2025〕第0001号, printed under the title. */
  number: string;
  /** The applicant, addressed in the salutation. */
  applicantName: string;
  /** Date of receipt of the application, ISO `YYYY-MM-DD`. @see 条例第三十一条 */
  receivedOn: string;
  /** What was asked for, quoted in the notice. */
  content: string;
  /** Date the notice is issued (the reply date for a reply), ISO `YYYY-MM-DD`. */
  issuedOn: string;
  /** Reasons or details the clerk adds to the decision, printed as their own paragraph. */
  details?: string;
  /** 补正通知书: the date by which the correction is due. */
  respondBy?: string;
  /** 补正通知书: what to correct. */
  correction?: string;
  /** 延期答复告知书: the extended due date. */
  extendedTo?: string;
  /** 征求意见函: who is consulted (the third party or other agency). */
  consultee?: string;
  /** 收费通知书: the fee decided. */
  fee?: NoticeFee;
  /** 予以公开 of information already disclosed: where the applicant finds it. */
  alreadyPublishedAt?: string;
  /** 本机关不掌握: the agency responsible for the information, when known. */
  responsibleAgency?: string;
  /** 逾期不补正 / 逾期未缴费: the date of the notice the applicant let lapse. */
  lapsedNoticeOn?: string;
}

/** A 信息处理费 as the fee notice states it. @see 国办函〔2020〕109号 第三条 */
export interface NoticeFee {
  method: 'perItem' | 'perVolume';
  amountYuan: number;
  /** 按量计收: pages of the application. */
  pages?: number;
  /** 按件计收: applications of this applicant in the calendar month. */
  itemsInMonth?: number;
  /** Pay-by date, when already known. */
  payBy?: string;
}

/** The text of a notice before layout: what a template produces. */
export interface NoticeText {
  title: string;
  number: string;
  /** Addressee, printed flush left with a full-width colon. */
  salutation: string;
  paragraphs: string[];
  /** The signature block: agency, then date. */
  signature: [string, string];
}

/**
 * One notice template: its title, the articles it rests on and its wording, as data. The
 * opening (date received, content) and closing (remedies, signature) are shared; a template
 * supplies the decision.
 */
export interface NoticeTemplate {
  /** Registry key: an outcome key of table 三 (`withheld.stateSecret`) or a procedural kind. */
  kind: string;
  /** Title printed in 2号 小标宋. */
  title: string;
  /** Articles cited, each in the form `第三十六条第（二）项` (of the 条例 unless it names another act). */
  articles(input: NoticeInput): string[];
  /** Paragraphs of the decision; each article returned by `articles` is cited in them. */
  decision(input: NoticeInput): string[];
  /** Whether the notice ends with the 行政复议/行政诉讼 sentence (decisions that affect rights). */
  remedies: boolean;
  /** Whom the notice addresses: the applicant (default) or the consulted party. */
  addressee?: (input: NoticeInput) => string;
  /** Replaces the shared opening paragraph (a letter to a third party opens differently). */
  opening?: (input: NoticeInput) => string;
}
