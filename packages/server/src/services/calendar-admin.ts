import {
  BUILT_IN_YEARS,
  computeDeadline,
  parseCalendarYear,
  parseDeadlineEvents,
  requireIsoDate,
  type CalendarNotice,
  type CalendarYear,
} from '@xxgk/calendar';
import { XxgkError } from '@xxgk/model';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { audit } from './audit.js';
import { invalidateCalendar, loadCalendar } from './casework-calendar.js';
import { todayInChina } from './casework-scope.js';

/** A year of the server's calendar and where it came from. */
export interface CalendarYearInfo {
  year: number;
  /** The notice the arrangement rests on, `文号《标题》`. */
  notice: string;
  source: 'builtIn' | 'loaded';
  loadedAt?: string;
  loadedBy?: string;
}

function noticeText(data: CalendarYear): string {
  const first: CalendarNotice | undefined = data.notices[0];
  if (!first) return '';
  return `${first.number ?? ''}《${first.title}》`;
}

/**
 * The years the server's calendar knows: the built-in ones (2019–2026) and those loaded by an
 * administrator, a loaded year replacing the built-in one of the same number.
 */
export async function listCalendarYears(ctx: AppContext): Promise<{ years: CalendarYearInfo[] }> {
  const byYear = new Map<number, CalendarYearInfo>();
  for (const data of BUILT_IN_YEARS)
    byYear.set(data.year, { year: data.year, notice: noticeText(data), source: 'builtIn' });
  const loaded = await ctx.repos.calendarYears.list();
  const names = new Map<number, string>();
  for (const row of loaded) {
    if (row.loadedBy === null || names.has(row.loadedBy)) continue;
    const user = await ctx.repos.users.get(row.loadedBy);
    names.set(row.loadedBy, user?.displayName ?? user?.username ?? String(row.loadedBy));
  }
  for (const row of loaded) {
    const by = row.loadedBy === null ? undefined : names.get(row.loadedBy);
    byYear.set(row.year, {
      year: row.year,
      notice: noticeText(row.data),
      source: 'loaded',
      loadedAt: row.loadedAt.toISOString(),
      ...(by !== undefined ? { loadedBy: by } : {}),
    });
  }
  return { years: [...byYear.values()].sort((a, b) => a.year - b.year) };
}

/** A deadline that moved when a year was loaded. */
export interface DueChangeView {
  applicationId: string;
  number: string;
  agencyName: string;
  oldDue: string | null;
  newDue: string | null;
}

/**
 * Loads a year's arrangement (the State Council's notice each November): validates it, stores
 * it (replacing an earlier load of that year), makes the server's calendar include it, and
 * recomputes the due date of every open application; the changes go to the audit log as
 * `calendar.load`. Administrators only.
 * @see 《全国年节及纪念日放假办法》
 * @throws XxgkError `calendar.invalid-input` (400) listing every problem of the data.
 */
export async function loadCalendarYear(
  ctx: AppContext,
  actor: Actor,
  data: unknown,
): Promise<{ year: number; recomputed: number; changed: DueChangeView[] }> {
  const year = parseCalendarYear(data);
  // The calendar with the new year, built before the commit so that storing the year,
  // recomputing the open deadlines and the audit entry are one transaction.
  const calendar = (await loadCalendar(ctx.repos)).withYears(year);
  const today = todayInChina(ctx.now());
  const { recomputed, views } = await ctx.repos.transaction(async (tx) => {
    await tx.calendarYears.put(year, actor.id);
    const result = await tx.applications.recomputeOpen(today, calendar);
    const views = result.changed.map((c) => ({
      applicationId: String(c.id),
      number: c.number,
      agencyName: c.agencyName,
      oldDue: c.oldDue,
      newDue: c.newDue,
    }));
    await audit(tx, actor, 'calendar.load', 'calendar_year', year.year, {
      notice: noticeText(year),
      recomputed: result.recomputed,
      changed: views,
    });
    return { ...result, views };
  });
  invalidateCalendar();
  return { year: year.year, recomputed, changed: views };
}

/**
 * The reply deadline for a date of receipt and an event list, on the server's calendar — the
 * same `computeDeadline` as `xxgk deadline --json`, with its warnings appended as 注意 lines.
 * @see 条例第三十条、第三十三条
 */
export async function deadlineFor(
  ctx: AppContext,
  received: string,
  eventsJson: string | undefined,
): Promise<{ due: string | null; explanation: string[] }> {
  const day = requireIsoDate(received, 'received 收到申请日期');
  let data: unknown = [];
  if (eventsJson !== undefined && eventsJson.trim() !== '') {
    try {
      data = JSON.parse(eventsJson);
    } catch (error) {
      throw new XxgkError('input.invalid-json', 'events 不是有效的 JSON 数组。', { cause: error });
    }
  }
  const events = parseDeadlineEvents(data, 'events');
  const result = computeDeadline({
    received: day,
    events,
    calendar: await loadCalendar(ctx.repos),
  });
  return {
    due: result.due,
    explanation: [...result.explanation, ...result.warnings.map((w) => `注意：${w}`)],
  };
}
