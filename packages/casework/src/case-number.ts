/**
 * The agency's number for the year's `seq`-th application: `〔2025〕第0001号`. Four digits are
 * padded; a larger sequence is printed in full rather than truncated.
 */
export function formatCaseNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(seq) || seq < 1)
    throw new RangeError(`编号需要整数年份和从1开始的序号，收到 ${year}、${seq}`);
  return `〔${year}〕第${String(seq).padStart(4, '0')}号`;
}

/**
 * Masks an identity document number for display: the first three and last four characters
 * stay, the rest become `*` (`110101199001011234` → `110***********1234`). Short numbers keep
 * only their last character, so no short number is shown whole.
 * @see 条例第十五条（个人隐私不得公开）
 */
export function maskIdentity(number: string): string {
  const chars = [...number.trim()];
  if (chars.length >= 8)
    return chars.slice(0, 3).join('') + '*'.repeat(chars.length - 7) + chars.slice(-4).join('');
  if (chars.length <= 1) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - 1) + chars.slice(-1).join('');
}

/**
 * The application as lists, case pages and exports may show it: the identity document number
 * replaced by its masked form. The full number stays in storage, for duplicate detection only.
 * @see 条例第十五条
 */
export function publicApplication<
  T extends { applicant: { identityDocument?: { kind: string; number: string } } },
>(app: T): T {
  const doc = app.applicant.identityDocument;
  if (!doc) return app;
  return {
    ...app,
    applicant: { ...app.applicant, identityDocument: { ...doc, number: maskIdentity(doc.number) } },
  };
}
