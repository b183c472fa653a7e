import { labelKey } from '@xxgk/model';

/** An agency a document may be matched to. */
export interface AgencyCandidate {
  id: number;
  name: string;
}

const TITLE_TAIL = /\d{4}\s*年(度)?政府信息公开工作年(度)?报告.*$/u;

/** The comparison form of an agency name: folded, without spaces or punctuation. */
function key(name: string): string {
  return labelKey(name).replace(/[()（）]/gu, '');
}

/**
 * The agency a document is from, among the candidates (the uploader's scope), by the name the
 * document states (or its title): an exact match first; otherwise the one candidate whose name
 * contains the document's name or is contained in it (documents often drop the city: 市中区工业
 * 和信息化局 for 枣庄市市中区工业和信息化局). Ambiguity gives null: the uploader chooses.
 */
export function matchAgency(
  recognized: { agency: string | null; title: string | null },
  candidates: readonly AgencyCandidate[],
): number | null {
  const names = [recognized.agency, recognized.title?.replace(TITLE_TAIL, '') ?? null]
    .filter((n): n is string => !!n && n.trim().length >= 2)
    .map(key);
  for (const name of names) {
    const exact = candidates.filter((c) => key(c.name) === name);
    if (exact.length === 1) return exact[0]!.id;
    if (exact.length > 1) return null;
  }
  for (const name of names) {
    const partial = candidates
      .map((c) => ({ c, k: key(c.name) }))
      .filter(
        ({ k }) => k.length >= 4 && name.length >= 4 && (k.endsWith(name) || name.endsWith(k)),
      );
    if (partial.length === 1) return partial[0]!.c.id;
    if (partial.length > 1) return null;
  }
  return null;
}
