import { BUILT_IN_YEARS, Calendar } from '@xxgk/calendar';
import type { Repositories } from '@xxgk/db';

// One calendar per database (tests run several apps in one process), rebuilt after a load.
let cache = new WeakMap<object, Promise<Calendar>>();

/**
 * The server's working-day calendar: the built-in years (2019–2026, each citing its State
 * Council notice) plus the years an administrator loaded into `calendar_years` — a loaded year
 * replaces the built-in one of the same number. Every casework service computes deadlines with
 * this calendar. Cached until {@link invalidateCalendar}.
 * @see 条例第三十三条
 */
export function loadCalendar(repos: Pick<Repositories, 'calendarYears' | 'db'>): Promise<Calendar> {
  const key = repos.db as object;
  let calendar = cache.get(key);
  if (!calendar) {
    calendar = repos.calendarYears.list().then(
      (rows) => new Calendar([...BUILT_IN_YEARS, ...rows.map((r) => r.data)]),
      (error: unknown) => {
        cache.delete(key);
        throw error;
      },
    );
    cache.set(key, calendar);
  }
  return calendar;
}

/** Forgets the cached calendars: call after a calendar year was stored. */
export function invalidateCalendar(): void {
  cache = new WeakMap();
}
