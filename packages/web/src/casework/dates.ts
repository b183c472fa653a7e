/** Today's date in the browser's time zone as YYYY-MM-DD (the default of date fields). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The years the casework pickers offer, newest first: next year back to 2019. */
export function caseworkYears(now: Date = new Date()): number[] {
  const out: number[] = [];
  for (let y = now.getFullYear() + 1; y >= 2019; y -= 1) out.push(y);
  return out;
}
