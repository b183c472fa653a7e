import { Parser } from 'htmlparser2';

/**
 * The title stated in `docProps/core.xml` (`dc:title`), when it is not blank. Word fills it from
 * the first line of a new document or leaves it empty; WPS often copies the file name. It is a
 * hint for the report reader, never preferred over a title printed in the document.
 */
export function coreTitle(xml: string | undefined): string | undefined {
  if (!xml) return undefined;
  let inTitle = false;
  let title = '';
  const parser = new Parser(
    {
      onopentag(name) {
        inTitle = name === 'dc:title';
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag() {
        inTitle = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  const trimmed = title.trim();
  return trimmed === '' ? undefined : trimmed;
}
