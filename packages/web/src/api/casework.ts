import type { ApplicantColumnKey, Finding } from '@xxgk/model';
import {
  ApiError,
  csrfHeaders,
  errorFromBody,
  notifyUnauthorized,
  queryString,
  request,
} from './http.js';

/**
 * The casework API (依申请公开, the registers, the calendar and compiling the annual report),
 * typed as notes/casework-api.md states it. Ids of casework records are strings; agency ids are
 * sent as the numbers the rest of the API uses and come back as strings.
 */

/** How an application reached the agency. @see 条例第二十九条、第三十一条 */
export type Channel = 'inPerson' | 'post' | 'onlinePlatform' | 'email' | 'fax' | 'other';

/** Applicant type: exactly one of the six applicant columns of table 三. */
export type ApplicantType = Exclude<ApplicantColumnKey, 'total'>;

/** List views of the register. */
export type ApplicationView = 'all' | 'open' | 'overdue' | 'dueSoon' | 'closed';

/** Time left on the reply clock, as the server words it. */
export interface Remaining {
  /** '剩余N个工作日' | '已超期N个工作日' | '已办结' | '已暂停计时' */
  text: string;
  workingDays: number | null;
  overdue: boolean;
  dueSoon: boolean;
}

/** One row of the application register. */
export interface ApplicationSummary {
  id: string;
  agencyId: string;
  agencyName: string;
  /** 〔2025〕第0001号 */
  number: string;
  channel: Channel;
  channelLabel: string;
  receivedOn: string;
  applicantType: ApplicantType;
  applicantTypeLabel: string;
  applicantName: string;
  content: string;
  status: { kind: string; label: string };
  due: string | null;
  remaining: Remaining;
  outcome: string | null;
  outcomeLabel: string | null;
  closedOn: string | null;
}

/** 信息处理费 of a fee notice. @see 国办函〔2020〕109号 */
export interface FeeInfo {
  method: 'perItem' | 'perVolume';
  amountYuan: number;
  pages?: number;
}

/** One event of a case's log, as the timeline shows it. */
export interface CaseEventView {
  seq: number;
  type: string;
  label: string;
  date: string;
  respondBy?: string;
  /** 补正: what is to be corrected. */
  correction?: string;
  /** 征求意见: whom the agency asked. */
  consultee?: string;
  outcome?: string;
  outcomeLabel?: string;
  /** A reply's reasons or account of handling, as its 告知书 prints them. */
  details?: string;
  fee?: FeeInfo;
  /** The notice this step sent, downloadable with {@link proceduralNoticeUrl}. */
  noticeKind?: ProceduralNoticeKind;
  recordedBy: string;
  /** ISO timestamp. */
  recordedAt: string;
}

/** Notices sent during a case: 补正通知书, 延期答复告知书, 征求意见函, 收费通知书. */
export type ProceduralNoticeKind = 'supplementRequest' | 'extension' | 'consultation' | 'feeNotice';

/** An outcome whose reply must state reasons, and the name of the field for it. */
export interface ReasonsRequired {
  outcome: string;
  label: string;
}

/** An earlier application of the same applicant with the same content. */
export interface DuplicateRef {
  id: string;
  number: string;
  kind: 'duplicate' | 'repeat';
  receivedOn: string;
}

/** A case with its intake, timeline, deadline explanation and what may happen next. */
export interface ApplicationDetail extends ApplicationSummary {
  /** Never the full number. */
  identityDocumentMasked: string | null;
  identityDocumentKind: string | null;
  requestedForm: string | null;
  requestedDelivery: string | null;
  events: CaseEventView[];
  /** "为何是这一天", step by step. */
  deadline: { due: string | null; explanation: string[] };
  duplicates: DuplicateRef[];
  /** Event types that may be recorded next; the UI offers only these. */
  allowedEvents: string[];
  /** Outcomes whose reply needs reasons (条例第三十六条第（三）项): the form requires the field. */
  reasonsRequired: ReasonsRequired[];
}

/** The dates the channel's rule reads the date of receipt from. @see 条例第三十一条 */
export interface ReceiptFacts {
  submittedOn?: string;
  signedForOn?: string;
  confirmedOn?: string;
}

/** Body of registering an application. */
export interface NewApplication {
  agencyId: number;
  channel: Channel;
  receipt: ReceiptFacts;
  applicant: {
    type: ApplicantType;
    name: string;
    identityDocument?: { kind: string; number: string };
  };
  content: string;
  requestedForm?: string;
  requestedDelivery?: string;
}

/** An event to record on a case (one of the contract's bodies). */
export type CaseEventInput =
  | { type: 'supplementRequested'; date: string; respondBy: string; correction?: string }
  | { type: 'supplementReceived'; date: string }
  | { type: 'extensionApproved'; date: string }
  | { type: 'consultationStarted'; date: string; consultee?: string }
  | { type: 'consultationEnded'; date: string }
  | { type: 'feeNoticeIssued'; date: string; fee: FeeInfo }
  | { type: 'feePaid'; date: string }
  | { type: 'replied'; date: string; outcome: string; details?: string }
  | { type: 'withdrawn'; date: string };

/** The type of a recordable event. */
export type CaseEventType = CaseEventInput['type'];

/** Query of the application register. */
export interface ApplicationQuery {
  agencyId?: number;
  year?: number;
  view?: ApplicationView;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** One page of the application register. */
export function listApplications(
  query: ApplicationQuery,
): Promise<{ items: ApplicationSummary[]; total: number }> {
  return request('GET', `/api/casework/applications${queryString({ ...query })}`);
}

/** Registers an application; the answer reports duplicates (they are not refused). */
export function createApplication(body: NewApplication): Promise<ApplicationDetail> {
  return request('POST', '/api/casework/applications', body);
}

/** One case. */
export function getApplication(id: string): Promise<ApplicationDetail> {
  return request('GET', `/api/casework/applications/${encodeURIComponent(id)}`);
}

/** Appends an event; an illegal sequence answers 409 with the reason. */
export function recordEvent(id: string, event: CaseEventInput): Promise<ApplicationDetail> {
  return request('POST', `/api/casework/applications/${encodeURIComponent(id)}/events`, event);
}

/** URL of a replied case's 告知书 (DOCX). */
export function noticeUrl(id: string): string {
  return `/api/casework/applications/${encodeURIComponent(id)}/notice`;
}

/** URL of the notice a step of the case sent (`seq`: that step's record), as DOCX. */
export function proceduralNoticeUrl(id: string, kind: ProceduralNoticeKind, seq: number): string {
  return `/api/casework/applications/${encodeURIComponent(id)}/notices/${kind}?seq=${seq}`;
}

/** Overdue and due-soon cases of one agency. */
export interface DueAgency {
  agencyId: string;
  agencyName: string;
  overdue: ApplicationSummary[];
  dueSoon: ApplicationSummary[];
}

/** Overdue and due-soon cases per agency in scope. */
export function listDue(agencyId?: number): Promise<{ agencies: DueAgency[] }> {
  return request('GET', `/api/casework/due${queryString({ agencyId })}`);
}

/** Where a proactive-disclosure item was published. */
export type ProactiveChannel = 'portal' | 'newMedia' | 'gazette' | 'other';

/** A proactive-disclosure (主动公开) item. */
export interface ProactiveItem {
  id: string;
  agencyId: string;
  title: string;
  publishedOn: string;
  channel: ProactiveChannel;
  channelLabel: string;
  category: string;
}

/** Proactive-disclosure items of an agency and year. */
export function listProactive(query: {
  agencyId?: number;
  year?: number;
  page?: number;
  pageSize?: number;
}): Promise<{ items: ProactiveItem[]; total: number; byChannel: Record<string, number> }> {
  return request('GET', `/api/casework/proactive${queryString({ ...query })}`);
}

/** Adds one proactive-disclosure item. */
export function createProactive(body: {
  agencyId: number;
  title: string;
  publishedOn: string;
  channel: ProactiveChannel;
  category: string;
}): Promise<ProactiveItem> {
  return request('POST', '/api/casework/proactive', body);
}

/** Answer of an import: valid rows went in, each bad row is reported. */
export interface ProactiveImportResult {
  imported: number;
  rejected: { line: number; message: string }[];
}

/** Imports proactive-disclosure items from a CSV (UTF-8 or GBK) or XLSX file. */
export async function importProactive(
  agencyId: number,
  file: File,
): Promise<ProactiveImportResult> {
  const form = new FormData();
  form.append('agencyId', String(agencyId));
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/casework/proactive/import', {
      method: 'POST',
      headers: { accept: 'application/json', ...csrfHeaders() },
      credentials: 'same-origin',
      body: form,
    });
  } catch {
    throw new ApiError(0, 'network', `上传「${file.name}」时连接中断，请检查网络后重试。`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    body = null;
  }
  if (!response.ok) {
    if (response.status === 401) notifyUnauthorized();
    throw errorFromBody(response.status, body);
  }
  return body as ProactiveImportResult;
}

/** An agency's yearly figures under 条例第二十条 (table 二). */
export interface Article20Figures {
  regulations: { issued: number; repealed: number; inForce: number };
  normativeDocuments: { issued: number; repealed: number; inForce: number };
  licensingDecisions: number;
  punishmentDecisions: number;
  coercionDecisions: number;
  /** 行政事业性收费, in 万元. */
  feesWanYuan: number;
}

/** The stored Article 20 figures of an agency and year (null when none yet). */
export interface Article20Record {
  agencyId: string;
  year: number;
  figures: Article20Figures | null;
}

/** Reads the Article 20 figures of an agency and year. */
export function getArticle20(agencyId: number, year: number): Promise<Article20Record> {
  return request('GET', `/api/casework/article20${queryString({ agencyId, year })}`);
}

/** Saves the Article 20 figures of an agency and year. */
export function putArticle20(
  agencyId: number,
  year: number,
  figures: Article20Figures,
): Promise<Article20Record> {
  return request('PUT', '/api/casework/article20', { agencyId, year, figures });
}

/** Block of table 四 a case belongs to. */
export type ReviewKind = 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration';

/** Result of a 复议/诉讼 case as table 四 counts it. */
export type ReviewResult = 'upheld' | 'corrected' | 'other' | 'pending';

/** A 行政复议 / 行政诉讼 case of the register. */
export interface ReviewCaseView {
  id: string;
  agencyId: string;
  kind: ReviewKind;
  kindLabel: string;
  applicationId: string | null;
  applicationNumber: string | null;
  filedOn: string;
  result: ReviewResult;
  resultLabel: string;
  decidedOn: string | null;
}

/** 复议/诉讼 cases of an agency and year. */
export function listReviewCases(query: {
  agencyId?: number;
  year?: number;
}): Promise<{ items: ReviewCaseView[] }> {
  return request('GET', `/api/casework/review-cases${queryString({ ...query })}`);
}

/** Adds a 复议/诉讼 case. */
export function createReviewCase(body: {
  agencyId: number;
  kind: ReviewKind;
  applicationId: string | null;
  filedOn: string;
  result: ReviewResult;
  decidedOn: string | null;
}): Promise<ReviewCaseView> {
  return request('POST', '/api/casework/review-cases', body);
}

/** Sets the result of a 复议/诉讼 case. */
export function updateReviewCase(
  id: string,
  body: { result: ReviewResult; decidedOn: string | null },
): Promise<ReviewCaseView> {
  return request('PATCH', `/api/casework/review-cases/${encodeURIComponent(id)}`, body);
}

/** A year of the working-day calendar and where it came from. */
export interface CalendarYearInfo {
  year: number;
  notice: string;
  source: 'builtIn' | 'loaded';
  loadedAt?: string;
  loadedBy?: string;
}

/** The calendar years the server knows. */
export function listCalendarYears(): Promise<{ years: CalendarYearInfo[] }> {
  return request('GET', '/api/calendar/years');
}

/** A deadline that moved when a calendar year was loaded. */
export interface RecomputedDeadline {
  applicationId: string;
  number: string;
  agencyName: string;
  oldDue: string | null;
  newDue: string | null;
}

/** Loads a calendar year (the server validates it) and recomputes open deadlines. */
export function loadCalendarYear(
  year: unknown,
): Promise<{ year: number; recomputed: number; changed: RecomputedDeadline[] }> {
  return request('POST', '/api/calendar/years', year);
}

/** The reply deadline for a date of receipt and events, with its explanation. */
export function computeDeadline(
  received: string,
  events: { type: string; date: string }[],
): Promise<{ due: string; explanation: string[] }> {
  return request(
    'GET',
    `/api/calendar/deadline${queryString({ received, events: JSON.stringify(events) })}`,
  );
}

/** Answer of compiling an annual report from the casework. */
export interface CompileResult {
  reportId: number;
  version: number;
  findings: Finding[];
}

/** Compiles (or recompiles) the annual report of an agency and year. */
export function compileReport(agencyId: number, year: number): Promise<CompileResult> {
  return request('POST', '/api/casework/compile', { agencyId, year });
}

/** The cases behind one cell of a compiled report. */
export type Drilldown =
  | { path: string; label: string; applications: ApplicationSummary[] }
  | { path: string; label: string; reviewCases: ReviewCaseView[] };

/** Lists the cases behind a cell of the compiled report of an agency and year. */
export function drilldown(agencyId: number, year: number, path: string): Promise<Drilldown> {
  return request('GET', `/api/casework/compile/drilldown${queryString({ agencyId, year, path })}`);
}
