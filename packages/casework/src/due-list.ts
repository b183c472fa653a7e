import { Calendar, type IsoDate } from '@xxgk/calendar';
import type { Application } from './application.js';
import { caseState, type CaseState } from './case-status.js';

/** One open case with a due date, for the overdue / due-soon views. */
export interface DueEntry {
  id: string;
  number: string;
  state: CaseState;
}

/** An agency's open cases that are overdue, and those due within `soon` working days. */
export interface DueLists {
  /** Most overdue first. */
  overdue: DueEntry[];
  /** Due today or within `soon` working days, soonest first. */
  dueSoon: DueEntry[];
}

/**
 * Splits the open cases with a known due date into overdue and due-soon lists on `asOf`
 * (awaiting a 补正 or paused cases have no due date and appear in neither).
 * @see 条例第三十三条
 */
export function dueLists(
  applications: readonly Application[],
  asOf: IsoDate,
  soon = 5,
  calendar: Calendar = Calendar.builtIn(),
): DueLists {
  const overdue: DueEntry[] = [];
  const dueSoon: DueEntry[] = [];
  for (const app of applications) {
    if (app.receivedOn > asOf) continue;
    const state = caseState(app, asOf, calendar);
    const due = state.due;
    if (!due) continue;
    const entry = { id: app.id, number: app.number, state };
    if (due.kind === 'overdue') overdue.push(entry);
    else if (due.workingDays <= soon) dueSoon.push(entry);
  }
  const days = (e: DueEntry): number => e.state.due?.workingDays ?? 0;
  overdue.sort((a, b) => days(b) - days(a));
  dueSoon.sort((a, b) => days(a) - days(b));
  return { overdue, dueSoon };
}
