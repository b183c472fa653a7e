import {
  formatCaseNumber,
  normalizeContent,
  type Application,
  type ApplicantType,
  type Channel,
  type ReceiptFacts,
} from '@xxgk/casework';
import { Calendar, yearOf, type IsoDate } from '@xxgk/calendar';
import { XxgkError } from '@xxgk/model';
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  lt,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Database } from '../database.js';
import { brokeForeignKey, guarded } from '../db-errors.js';
import {
  agencies,
  applicationEvents,
  applications,
  type ApplicationEventRow,
  type ApplicationRow,
} from '../schema/index.js';
import { deriveColumns, type DerivedColumns, type StoredCaseEvent } from './casework-derive.js';
import { likeEscape, normalizePage, type Page, type PageRequest } from './paging.js';
import { regionSubtreeIds } from './regions.js';

/** What registering an application needs; the server has already fixed `receivedOn`. */
export interface NewApplication {
  agencyId: number;
  channel: Channel;
  receipt: ReceiptFacts;
  /** dateOfReceipt(channel, receipt). @see 条例第三十一条 */
  receivedOn: IsoDate;
  applicantType: ApplicantType;
  applicantName: string;
  /** The identity document, already protected by the caller (encrypted, masked, keyed hash). */
  identity: { kind: string; encrypted: Uint8Array; masked: string; hash: string } | null;
  content: string;
  requestedForm?: string | null;
  requestedDelivery?: string | null;
  createdBy: number | null;
}

/** An application row with its agency's name, as lists show it. */
export interface ApplicationListRow extends ApplicationRow {
  agencyName: string;
}

/** An application with its event log. */
export interface ApplicationWithEvents extends ApplicationListRow {
  events: ApplicationEventRow[];
}

/** Where a list looks: one agency, a region's subtree, or (neither) everywhere. */
export interface CaseworkScope {
  agencyId?: number;
  regionId?: number;
}

/** Which applications to list. */
export interface ApplicationFilter extends CaseworkScope {
  /** Year of receipt. */
  year?: number;
  /**
   * `open`/`closed` as of `today`; `overdue`: open with a due date before today; `dueSoon`:
   * open and due from today up to `dueSoonUntil`.
   */
  view?: 'all' | 'open' | 'overdue' | 'dueSoon' | 'closed';
  today: IsoDate;
  /** Last due date that counts as due soon (the caller adds the working days). */
  dueSoonUntil?: IsoDate;
  /** Text in the number, the applicant's name or the content. */
  search?: string;
}

/** An earlier application of the same applicant asking for the same content. */
export interface DuplicateCandidate {
  id: number;
  number: string;
  receivedOn: IsoDate;
  closedOn: IsoDate | null;
  closedBy: ApplicationRow['closedBy'];
}

/** An open application whose due date a recomputation changed. */
export interface DueChange {
  id: number;
  number: string;
  agencyId: number;
  agencyName: string;
  oldDue: IsoDate | null;
  newDue: IsoDate | null;
}

/** Refusal of an event, raised by the caller's check with a Chinese reason (HTTP 409). */
export type EventCheck = (app: Application, event: StoredCaseEvent) => void;

/** The domain value of a stored application (identity number never included). */
export function toDomainApplication(
  row: ApplicationRow,
  events: readonly Pick<ApplicationEventRow, 'data'>[],
): Application {
  return {
    id: String(row.id),
    agencyId: String(row.agencyId),
    number: row.number,
    channel: row.channel,
    receivedOn: row.receivedOn,
    applicant: { type: row.applicantType, name: row.applicantName },
    content: row.content,
    ...(row.requestedForm !== null ? { requestedForm: row.requestedForm } : {}),
    ...(row.requestedDelivery !== null ? { requestedDelivery: row.requestedDelivery } : {}),
    events: events.map((e) => e.data),
  };
}

/** `closed_on is null or closed_on > today`: still open at the end of `today`. */
export function openOn(today: IsoDate): SQL {
  return sql`(${applications.closedOn} is null or ${applications.closedOn} > ${today})`;
}

/** The scope condition on `applications.agency_id`. */
export function scopeCondition(scope: CaseworkScope): SQL[] {
  const where: SQL[] = [];
  if (scope.agencyId !== undefined) where.push(eq(applications.agencyId, scope.agencyId));
  if (scope.regionId !== undefined)
    where.push(
      sql`${applications.agencyId} in (select ${agencies.id} from ${agencies} where ${agencies.regionId} in ${regionSubtreeIds(scope.regionId)})`,
    );
  return where;
}

function conditions(filter: ApplicationFilter): SQL | undefined {
  const where = scopeCondition(filter);
  if (filter.year !== undefined) where.push(eq(applications.yearOfReceipt, filter.year));
  const open = openOn(filter.today);
  switch (filter.view ?? 'all') {
    case 'open':
      where.push(open);
      break;
    case 'closed':
      where.push(sql`${applications.closedOn} <= ${filter.today}`);
      break;
    case 'overdue':
      where.push(open, lt(applications.dueOn, filter.today));
      break;
    case 'dueSoon':
      where.push(
        open,
        sql`${applications.dueOn} between ${filter.today} and ${filter.dueSoonUntil ?? filter.today}`,
      );
      break;
    case 'all':
      break;
  }
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${likeEscape(search)}%`;
    where.push(
      or(
        ilike(applications.number, pattern),
        ilike(applications.applicantName, pattern),
        ilike(applications.content, pattern),
      )!,
    );
  }
  return and(...where);
}

const listColumns = { ...getTableColumns(applications), agencyName: agencies.name };

/**
 * 依申请公开 applications and their event logs. Every write recomputes the derived columns
 * with @xxgk/casework in the same transaction, so lists and the compiled report read them.
 */
export class ApplicationsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Registers an application and gives it the agency's next number for its year of receipt
   * (gap-free: the agency row is locked while the number is taken, so two clerks registering at
   * once get consecutive numbers, never the same one).
   */
  async create(
    input: NewApplication,
    calendar: Calendar = Calendar.builtIn(),
  ): Promise<ApplicationWithEvents> {
    const year = yearOf(input.receivedOn);
    const content = input.content.trim();
    const applicantKey = input.identity
      ? `id:${input.identity.hash}`
      : `name:${normalizeContent(input.applicantName)}`;
    try {
      const id = await this.db.transaction(async (tx) => {
        const [agency] = await tx
          .select({ id: agencies.id })
          .from(agencies)
          .where(eq(agencies.id, input.agencyId))
          .for('no key update');
        if (!agency)
          throw new XxgkError('input.not-found', `机关（编号 ${input.agencyId}）不存在。`);
        const [last] = await tx
          .select({ seq: sql<number>`coalesce(max(${applications.seq}), 0)::int` })
          .from(applications)
          .where(
            and(eq(applications.agencyId, input.agencyId), eq(applications.yearOfReceipt, year)),
          );
        const seq = (last?.seq ?? 0) + 1;
        const base = {
          agencyId: input.agencyId,
          yearOfReceipt: year,
          seq,
          number: formatCaseNumber(year, seq),
          channel: input.channel,
          receipt: input.receipt,
          receivedOn: input.receivedOn,
          applicantType: input.applicantType,
          applicantName: input.applicantName.trim(),
          identityKind: input.identity?.kind ?? null,
          identityNumberEnc: input.identity?.encrypted ?? null,
          identityMasked: input.identity?.masked ?? null,
          applicantKey,
          content,
          contentKey: normalizeContent(content),
          requestedForm: input.requestedForm ?? null,
          requestedDelivery: input.requestedDelivery ?? null,
          createdBy: input.createdBy,
        };
        const derived = deriveColumns(
          toDomainApplication({ ...base, id: 0 } as ApplicationRow, []),
          calendar,
        );
        const [row] = await tx
          .insert(applications)
          .values({ ...base, ...derived })
          .returning({ id: applications.id });
        return row!.id;
      });
      return (await this.get(id))!;
    } catch (e) {
      if (brokeForeignKey(e, 'applications_created_by_users_id_fk'))
        throw new XxgkError('input.not-found', `用户（编号 ${input.createdBy}）不存在。`, {
          cause: e,
        });
      throw e;
    }
  }

  /** The application with its agency name and event log, or null. */
  async get(id: number): Promise<ApplicationWithEvents | null> {
    const [row] = await this.db
      .select(listColumns)
      .from(applications)
      .innerJoin(agencies, eq(agencies.id, applications.agencyId))
      .where(eq(applications.id, id));
    if (!row) return null;
    const events = await this.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, id))
      .orderBy(asc(applicationEvents.seq));
    return { ...row, events };
  }

  /** The agency an application belongs to (for scope checks), or null. */
  async agencyOf(id: number): Promise<number | null> {
    const [row] = await this.db
      .select({ agencyId: applications.agencyId })
      .from(applications)
      .where(eq(applications.id, id));
    return row?.agencyId ?? null;
  }

  /**
   * Appends an event to the log. In one transaction: the application row is locked, `check`
   * judges the event against the log as it stands (throwing to refuse it), the event is
   * written with the next sequence number and the derived columns are recomputed.
   */
  async appendEvent(
    id: number,
    event: StoredCaseEvent,
    options: { recordedBy: number | null; calendar?: Calendar; check?: EventCheck },
  ): Promise<ApplicationWithEvents> {
    const calendar = options.calendar ?? Calendar.builtIn();
    await guarded(() =>
      this.db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(applications)
          .where(eq(applications.id, id))
          .for('update');
        if (!row) throw new XxgkError('input.not-found', `申请（编号 ${id}）不存在。`);
        const events = await tx
          .select({ data: applicationEvents.data })
          .from(applicationEvents)
          .where(eq(applicationEvents.applicationId, id))
          .orderBy(asc(applicationEvents.seq));
        const before = toDomainApplication(row, events);
        options.check?.(before, event);
        const after: Application = { ...before, events: [...before.events, event] };
        const derived = deriveColumns(after, calendar);
        await tx.insert(applicationEvents).values({
          applicationId: id,
          seq: row.eventCount + 1,
          type: event.type,
          date: event.date,
          data: event,
          recordedBy: options.recordedBy,
        });
        await tx
          .update(applications)
          .set({ ...derived, eventCount: row.eventCount + 1, updatedAt: sql`now()` })
          .where(eq(applications.id, id));
      }),
    );
    return (await this.get(id))!;
  }

  /**
   * Recomputes the derived columns of every application that is not closed by the end of
   * `today` (e.g. after a calendar year was loaded) and returns those whose due date changed.
   */
  async recomputeOpen(
    today: IsoDate,
    calendar: Calendar,
  ): Promise<{ recomputed: number; changed: DueChange[] }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx
        .select(listColumns)
        .from(applications)
        .innerJoin(agencies, eq(agencies.id, applications.agencyId))
        .where(openOn(today))
        .orderBy(asc(applications.id))
        .for('update', { of: applications });
      const changed: DueChange[] = [];
      const logs = new Map<number, Pick<ApplicationEventRow, 'data'>[]>();
      for (const ids of chunks(
        rows.map((r) => r.id),
        5000,
      )) {
        const events = await tx
          .select({ applicationId: applicationEvents.applicationId, data: applicationEvents.data })
          .from(applicationEvents)
          .where(inArray(applicationEvents.applicationId, ids))
          .orderBy(asc(applicationEvents.applicationId), asc(applicationEvents.seq));
        for (const e of events) {
          const log = logs.get(e.applicationId) ?? [];
          log.push(e);
          logs.set(e.applicationId, log);
        }
      }
      for (const row of rows) {
        const events = logs.get(row.id) ?? [];
        const derived = deriveColumns(toDomainApplication(row, events), calendar);
        if (!sameDerived(row, derived))
          await tx
            .update(applications)
            .set({ ...derived, updatedAt: sql`now()` })
            .where(eq(applications.id, row.id));
        if (row.dueOn !== derived.dueOn)
          changed.push({
            id: row.id,
            number: row.number,
            agencyId: row.agencyId,
            agencyName: row.agencyName,
            oldDue: row.dueOn,
            newDue: derived.dueOn,
          });
      }
      return { recomputed: rows.length, changed };
    });
  }

  /**
   * A page of applications. Open ones first by due date (soonest first, those without a due
   * date after them), then the rest by year and number, newest first.
   */
  async list(filter: ApplicationFilter, page: PageRequest = {}): Promise<Page<ApplicationListRow>> {
    const { page: p, pageSize, offset } = normalizePage(page);
    const where = conditions(filter);
    const open = openOn(filter.today);
    const [items, [total]] = await Promise.all([
      this.db
        .select(listColumns)
        .from(applications)
        .innerJoin(agencies, eq(agencies.id, applications.agencyId))
        .where(where)
        .orderBy(
          sql`case when ${open} then 0 else 1 end`,
          sql`case when ${open} then ${applications.dueOn} end asc nulls last`,
          desc(applications.yearOfReceipt),
          desc(applications.seq),
          asc(applications.id),
        )
        .limit(pageSize)
        .offset(offset),
      this.db.select({ n: count() }).from(applications).where(where),
    ]);
    return { items, total: total?.n ?? 0, page: p, pageSize };
  }

  /** Applications by id, with agency names (drill-down, duplicates), in number order. */
  async listByIds(ids: readonly number[]): Promise<ApplicationListRow[]> {
    if (!ids.length) return [];
    return this.db
      .select(listColumns)
      .from(applications)
      .innerJoin(agencies, eq(agencies.id, applications.agencyId))
      .where(inArray(applications.id, [...ids]))
      .orderBy(asc(applications.yearOfReceipt), asc(applications.seq));
  }

  /**
   * Applications matching `where` (built by the compile drill-down over `applications`), in
   * number order, at most `limit`.
   */
  async listWhere(where: SQL, limit = 1000): Promise<ApplicationListRow[]> {
    return this.db
      .select(listColumns)
      .from(applications)
      .innerJoin(agencies, eq(agencies.id, applications.agencyId))
      .where(where)
      .orderBy(asc(applications.yearOfReceipt), asc(applications.seq), asc(applications.id))
      .limit(limit);
  }

  /**
   * Other applications to the same agency from the same applicant (identity hash, or name
   * when no identity was given) asking for the same content, received no later than this one.
   * @see 条例第三十六条第（六）项
   */
  async duplicatesOf(row: ApplicationRow): Promise<DuplicateCandidate[]> {
    return this.db
      .select({
        id: applications.id,
        number: applications.number,
        receivedOn: applications.receivedOn,
        closedOn: applications.closedOn,
        closedBy: applications.closedBy,
      })
      .from(applications)
      .where(
        and(
          eq(applications.agencyId, row.agencyId),
          eq(applications.applicantKey, row.applicantKey),
          eq(applications.contentKey, row.contentKey),
          ne(applications.id, row.id),
          sql`(${applications.receivedOn}, ${applications.id}) < (${row.receivedOn}::date, ${row.id})`,
        ),
      )
      .orderBy(desc(applications.receivedOn), desc(applications.id))
      .limit(20);
  }

  /**
   * Open applications with a due date, per agency in scope: those overdue on `today` and those
   * due from `today` to `dueSoonUntil`.
   */
  async dueRows(
    scope: CaseworkScope,
    today: IsoDate,
    dueSoonUntil: IsoDate,
    limitPerAgency = 200,
  ): Promise<ApplicationListRow[]> {
    const rows = await this.db
      .select(listColumns)
      .from(applications)
      .innerJoin(agencies, eq(agencies.id, applications.agencyId))
      .where(
        and(...scopeCondition(scope), openOn(today), sql`${applications.dueOn} <= ${dueSoonUntil}`),
      )
      .orderBy(asc(applications.agencyId), asc(applications.dueOn), asc(applications.id));
    const perAgency = new Map<number, number>();
    return rows.filter((r) => {
      const n = (perAgency.get(r.agencyId) ?? 0) + 1;
      perAgency.set(r.agencyId, n);
      return n <= limitPerAgency;
    });
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function sameDerived(row: ApplicationRow, d: DerivedColumns): boolean {
  return (
    row.statusKind === d.statusKind &&
    row.dueOn === d.dueOn &&
    row.closedOn === d.closedOn &&
    row.closedBy === d.closedBy &&
    row.outcome === d.outcome &&
    row.feeFen === d.feeFen &&
    row.feePaidOn === d.feePaidOn
  );
}
